import { connect } from 'nats';

/** Remove the streams and object buckets a test namespace created, so test runs leave nothing behind. */
export async function deleteNamespace(
  natsUrl: string,
  namespace: string,
): Promise<void> {
  const nc = await connect({ servers: natsUrl.split(',') });
  try {
    const jsm = await nc.jetstreamManager();
    const prefix = [`${namespace.toUpperCase()}_`, `OBJ_${namespace}_`];
    const names: string[] = [];
    for await (const s of jsm.streams.list()) names.push(s.config.name);
    for (const name of names.filter((n) => prefix.some((p) => n.startsWith(p))))
      await jsm.streams.delete(name);
  } finally {
    await nc.close();
  }
}
