import { MessagingClient } from '@dpo/messaging';
import {
  createTestDatabase,
  deleteNamespace,
  freePort,
  randomNamespace,
  ServiceProcess,
  startServiceProcess,
  TestDatabase,
  testNatsUrl,
  WORKSPACE_ROOT,
} from '@dpo/testing';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export const PORT_VARS: Record<string, string> = {
  gateway: 'GATEWAY_PORT',
  ingestion: 'INGESTION_PORT',
  extraction: 'EXTRACTION_PORT',
  registry: 'REGISTRY_PORT',
  notifications: 'NOTIFICATIONS_PORT',
};

/** A whole system of real processes on a fresh database and namespace. */
export class TestSystem {
  readonly processes: ServiceProcess[] = [];
  readonly apiKey = randomBytes(16).toString('hex');
  readonly namespace = randomNamespace('e2e');
  readonly natsUrl = testNatsUrl();
  db!: TestDatabase;
  gatewayUrl = '';
  client!: MessagingClient;

  async start(replicas: Partial<Record<string, number>> = {}): Promise<void> {
    this.db = await createTestDatabase('e2e');
    this.client = await MessagingClient.connect({
      natsUrl: this.natsUrl,
      namespace: this.namespace,
      serviceName: 'e2e',
    });
    for (const name of [
      'registry',
      'notifications',
      'extraction',
      'ingestion',
      'gateway',
    ]) {
      for (let i = 0; i < (replicas[name] ?? 1); i++)
        await this.startService(name);
    }
    const gw = this.processes.find((p) => p.name === 'gateway');
    this.gatewayUrl = `http://127.0.0.1:${gw?.port}`;
  }

  env(): Record<string, string> {
    return {
      DATABASE_URL: this.db.url,
      NATS_URL: this.natsUrl,
      DPO_NAMESPACE: this.namespace,
      DPO_API_KEY: this.apiKey,
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOK_RETRY_BASE_MS: '200',
      LOG_LEVEL: 'log',
    };
  }

  async startService(name: string): Promise<ServiceProcess> {
    const port = await freePort();
    const proc = await startServiceProcess(name, port, {
      ...this.env(),
      [PORT_VARS[name] as string]: String(port),
    });
    this.processes.push(proc);
    return proc;
  }

  async kill(
    proc: ServiceProcess,
    signal: NodeJS.Signals = 'SIGKILL',
  ): Promise<void> {
    await proc.stop(signal);
    this.processes.splice(this.processes.indexOf(proc), 1);
  }

  /** `dpo ingest` against this system's gateway; resolves with the CLI's exit code and JSON lines. */
  ingest(
    paths: string[],
  ): Promise<{ code: number; lines: Record<string, unknown>[] }> {
    return new Promise((resolve) => {
      const child = spawn(
        process.execPath,
        ['dist/apps/cli/main.js', 'ingest', ...paths],
        {
          cwd: WORKSPACE_ROOT,
          env: {
            ...process.env,
            GATEWAY_URL: this.gatewayUrl,
            DPO_API_KEY: this.apiKey,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let out = '';
      child.stdout.on('data', (b: Buffer) => (out += b.toString()));
      child.on('exit', (code) =>
        resolve({
          code: code ?? 1,
          lines: out
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as Record<string, unknown>),
        }),
      );
    });
  }

  async get<T>(path: string): Promise<T> {
    const res = await fetch(`${this.gatewayUrl}${path}`, {
      headers: { authorization: `Bearer ${this.apiKey}` },
    });
    if (!res.ok)
      throw new Error(`GET ${path} → ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  async post<T>(
    path: string,
    body: unknown,
  ): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.gatewayUrl}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.apiKey}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  }

  /** Structured log entries with this `msg` across all running processes of a service. */
  logEntries(service: string, msg: string): Record<string, unknown>[] {
    return this.processes
      .filter((p) => p.name === service)
      .flatMap((p) => p.logs.join('').split('\n'))
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((e) => e['msg'] === msg);
  }

  async stop(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.stop()));
    await this.client?.close();
    await this.db?.drop();
    await deleteNamespace(this.natsUrl, this.namespace);
  }
}
