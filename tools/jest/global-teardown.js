module.exports = async function globalTeardown() {
  await globalThis.__DPO_INFRA__?.stop();
};
