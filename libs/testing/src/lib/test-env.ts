import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const DEFAULT_TEST_DATABASE_URL =
  'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_TEST_NATS_URL = 'nats://127.0.0.1:4222';

export function testNatsUrl(): string {
  return process.env['NATS_URL'] || DEFAULT_TEST_NATS_URL;
}

/** A namespace of its own per test file: subjects, streams and buckets never collide with other runs. */
export function randomNamespace(prefix = 't'): string {
  return `${prefix}${randomBytes(5).toString('hex')}`;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database per test file: no shared, hand-reset state between tests. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const base = process.env['DATABASE_URL'] || DEFAULT_TEST_DATABASE_URL;
  const name = `dpo_t_${label
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 20)}_${randomBytes(4).toString('hex')}`;
  const admin = new URL(base);
  admin.pathname = '/postgres';
  const client = new Client({
    connectionString: admin.toString(),
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(
      `Tests need Postgres at ${admin.host} (${(err as Error).message}); start it or set DATABASE_URL`,
    );
  }
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
