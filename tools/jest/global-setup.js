const { startInfra } = require('./infra');

module.exports = async function globalSetup() {
  const infra = await startInfra();
  process.env.DATABASE_URL = infra.databaseUrl;
  process.env.NATS_URL = infra.natsUrl;
  process.env.DPO_TEST_INFRA = infra.via;
  globalThis.__DPO_INFRA__ = infra;
  process.stderr.write(`\n[tests] Postgres and NATS via ${infra.via}: ${new URL(infra.databaseUrl).host}, ${infra.natsUrl.replace(/\/\/[^@]*@/, '//')}\n`);
};
