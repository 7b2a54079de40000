// Finds the Postgres and NATS the integration and end-to-end tests run against, once per run.
// A Docker engine that answers → testcontainers; otherwise DATABASE_URL / NATS_URL, defaulting
// to the local servers. Whatever is chosen must answer, or the run fails with a clear message.
const net = require('node:net');

const DEFAULT_DB = 'postgres://postgres@127.0.0.1:5432/postgres';
const DEFAULT_NATS = 'nats://127.0.0.1:4222';

async function dockerAnswers() {
  if (process.env.DPO_TEST_CONTAINERS === 'false') return false;
  // Only ask testcontainers when a Docker endpoint could exist at all (it keeps handles open).
  if (!process.env.DOCKER_HOST && !require('node:fs').existsSync('/var/run/docker.sock')) return false;
  try {
    const tc = require('testcontainers');
    let timer;
    const timeout = new Promise((_, r) => {
      timer = setTimeout(() => r(new Error('timeout')), 3000);
    });
    try {
      await Promise.race([tc.getContainerRuntimeClient(), timeout]);
    } finally {
      clearTimeout(timer);
    }
    return true;
  } catch {
    return false;
  }
}

function reachable(url, defaultPort) {
  const u = new URL(url.split(',')[0]);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port || defaultPort) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(3000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function startInfra() {
  if (!process.env.DATABASE_URL && !process.env.NATS_URL && (await dockerAnswers())) {
    const { PostgreSqlContainer } = require('@testcontainers/postgresql');
    const { NatsContainer } = require('@testcontainers/nats');
    const pg = await new PostgreSqlContainer('postgres:15-alpine').start();
    const nats = await new NatsContainer('nats:2.9-alpine').withJetStream().start();
    const natsUrl = `nats://${nats.getUsername?.() ?? 'test'}:${nats.getPassword?.() ?? 'test'}@${nats.getHost()}:${nats.getMappedPort(4222)}`;
    return {
      databaseUrl: pg.getConnectionUri(),
      natsUrl,
      via: 'testcontainers (Docker engine found)',
      stop: async () => {
        await pg.stop();
        await nats.stop();
      },
    };
  }
  const databaseUrl = process.env.DATABASE_URL || DEFAULT_DB;
  const natsUrl = process.env.NATS_URL || DEFAULT_NATS;
  const problems = [];
  if (!(await reachable(databaseUrl, 5432))) {
    problems.push(`Postgres does not answer at ${new URL(databaseUrl).host}: start it (pg_ctlcluster 15 main start) or set DATABASE_URL`);
  }
  if (!(await reachable(natsUrl, 4222))) {
    problems.push(`NATS does not answer at ${natsUrl}: start it (nats-server -js -a 127.0.0.1 -p 4222) or set NATS_URL`);
  }
  if (problems.length) throw new Error(`Integration tests need real servers and found none:\n  ${problems.join('\n  ')}`);
  return { databaseUrl, natsUrl, via: process.env.DATABASE_URL || process.env.NATS_URL ? 'DATABASE_URL / NATS_URL' : 'local servers (defaults)', stop: async () => {} };
}

module.exports = { startInfra };
