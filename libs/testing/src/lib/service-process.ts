import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expectEventually } from './expect-eventually';

export const WORKSPACE_ROOT = join(__dirname, '../../../..');

export interface ServiceProcess {
  name: string;
  port: number;
  child: ChildProcess;
  logs: string[];
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Start a built service (`dist/apps/<name>/main.js`) as its own process and wait until it is ready. */
export async function startServiceProcess(
  name: string,
  port: number,
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<ServiceProcess> {
  const main = join(WORKSPACE_ROOT, 'dist/apps', name, 'main.js');
  if (!existsSync(main))
    throw new Error(
      `${main} is missing: build first (npx nx run-many -t build)`,
    );
  const child = spawn(process.execPath, [main], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: env['LOG_LEVEL'] ?? 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const keep = (b: Buffer) => {
    logs.push(b.toString());
    if (logs.length > 5000) logs.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const proc: ServiceProcess = {
    name,
    port,
    child,
    logs,
    stop: (signal: NodeJS.Signals = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null)
          return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
  try {
    await expectEventually(
      async () => {
        if (child.exitCode !== null)
          throw new Error(
            `${name} exited with ${child.exitCode}:\n${logs.join('').slice(-2000)}`,
          );
        const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
        if (res.status !== 200)
          throw new Error(`${name} not ready: ${res.status}`);
      },
      timeoutMs,
      200,
    );
  } catch (err) {
    await proc.stop('SIGKILL');
    throw new Error(
      `${name} did not become ready: ${(err as Error).message}\n${logs.join('').slice(-3000)}`,
    );
  }
  return proc;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() =>
        resolve(typeof addr === 'object' && addr ? addr.port : 0),
      );
    });
  });
}
