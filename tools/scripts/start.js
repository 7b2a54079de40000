#!/usr/bin/env node
// `npm start`: build, start every service as its own process against one Postgres and one
// NATS, ingest seeds/ (DPO_SEED=false skips it), say where to look, stop cleanly on Ctrl-C.
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const net = require('node:net');
const { join } = require('node:path');
const { ROOT, buildApps } = require('./build-lib');

const env = { ...process.env };
env.DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/dpo';
env.NATS_URL ||= 'nats://127.0.0.1:4222';
env.GATEWAY_PORT ||= '3000';
// Local development: webhooks to localhost receivers are allowed. Production default is false.
env.WEBHOOK_ALLOW_PRIVATE_TARGETS ||= 'true';
const gatewayUrl = `http://localhost:${env.GATEWAY_PORT}`;

const SERVICES = [
  ['registry', 'REGISTRY_PORT', 3103],
  ['notifications', 'NOTIFICATIONS_PORT', 3104],
  ['extraction', 'EXTRACTION_PORT', 3102],
  ['ingestion', 'INGESTION_PORT', 3101],
  ['gateway', 'GATEWAY_PORT', 3000],
];

const say = (m) => process.stdout.write(`[dpo] ${m}\n`);
const stateDir = join(ROOT, '.dpo');
mkdirSync(join(stateDir, 'logs'), { recursive: true });

function reachable(url, port) {
  const u = new URL(url.split(',')[0]);
  return new Promise((resolve) => {
    const s = net.connect({ host: u.hostname, port: Number(u.port || port) });
    const done = (ok) => (s.destroy(), resolve(ok));
    s.setTimeout(3000, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

function apiKey() {
  if (env.DPO_API_KEY) return { key: env.DPO_API_KEY, where: 'the DPO_API_KEY environment variable' };
  const file = join(stateDir, 'api-key');
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(24).toString('hex')}\n`, { mode: 0o600 });
  return { key: readFileSync(file, 'utf8').trim(), where: file };
}

const children = [];
let stopping = false;

function startService([name, portVar, port]) {
  const log = createWriteStream(join(stateDir, 'logs', `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps', name, 'main.js')], {
    cwd: ROOT,
    env: { ...env, [portVar]: env[portVar] || String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.stderr.on('data', (b) => process.stderr.write(`[${name}] ${b}`));
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} stopped unexpectedly (${signal || code}); see .dpo/logs/${name}.log. Stopping everything.`);
      void shutdown(1);
    }
  });
  children.push({ name, child, port: Number(env[portVar] || port) });
}

async function waitReady({ name, port, child }, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}); see .dpo/logs/${name}.log`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} was not ready after ${timeoutMs / 1000}s; see .dpo/logs/${name}.log`);
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  say('stopping services…');
  await Promise.all(
    children.map(
      ({ child }) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => (clearTimeout(t), resolve()));
          child.kill('SIGTERM');
        }),
    ),
  );
  say('stopped.');
  process.exit(code);
}

async function waitForPipeline(key, count) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${gatewayUrl}/api/documents?limit=200`).then((r) => r.json());
    const pending = res.items.filter((d) => d.status === 'ingested').length;
    if (res.total >= count && pending === 0) return res;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('documents were not all extracted within 2 minutes; see .dpo/logs/');
}

/** The registry applies extracted documents on its own consumer: wait until its count settles. */
async function waitForRegistry() {
  let last = -1;
  let stable = 0;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { total } = await fetch(`${gatewayUrl}/api/initiatives?limit=1`).then((r) => r.json());
    stable = total > 0 && total === last ? stable + 1 : 0;
    if (stable >= 3) return total;
    last = total;
    await new Promise((r) => setTimeout(r, 400));
  }
  return last;
}

async function main() {
  const problems = [];
  if (!(await reachable(env.DATABASE_URL, 5432)))
    problems.push(`Postgres does not answer at ${new URL(env.DATABASE_URL).host}. Start it: pg_ctlcluster --skip-systemctl-redirect 15 main start (or docker compose up -d postgres), or set DATABASE_URL.`);
  if (!(await reachable(env.NATS_URL, 4222)))
    problems.push(`NATS does not answer at ${env.NATS_URL}. Start it: nats-server -js -a 127.0.0.1 -p 4222 (or docker compose up -d nats), or set NATS_URL.`);
  if (problems.length) {
    problems.forEach((p) => say(p));
    process.exit(1);
  }
  const { key, where } = apiKey();
  env.DPO_API_KEY = key;
  if (!buildApps(undefined, (m) => say(m.trim()))) process.exit(1);
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  for (const svc of SERVICES) startService(svc);
  say('starting registry, notifications, extraction, ingestion, gateway…');
  await Promise.all(children.map((c) => waitReady(c)));
  say('all services ready');
  if (env.DPO_SEED !== 'false') {
    const seeds = join(ROOT, 'seeds');
    say(`ingesting ${seeds}…`);
    const code = await new Promise((resolve) => {
      const p = spawn(process.execPath, [join(ROOT, 'dist/apps/cli/main.js'), 'ingest', seeds], {
        cwd: ROOT,
        env: { ...env, GATEWAY_URL: gatewayUrl },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      p.on('exit', resolve);
    });
    if (code !== 0) say('some seed files were not accepted (see above)');
    const docs = await waitForPipeline(key, 1);
    const total = await waitForRegistry();
    say(`seeds in: ${docs.total} documents, ${total} initiatives in the registry`);
  }
  say(`ready. Gateway: ${gatewayUrl}/api  (OpenAPI: ${gatewayUrl}/api/docs)`);
  say(`API key for write routes (Authorization: Bearer …): ${where}`);
  say(`try: curl '${gatewayUrl}/api/initiatives?partner=country:JP'`);
  say('logs: .dpo/logs/<service>.log. Ctrl-C stops everything.');
}

main().catch((err) => {
  say(`start failed: ${err.message}`);
  void shutdown(1);
});
