/** Poll until `check` stops throwing (eventual consistency), instead of sleeping a fixed time. */
export async function expectEventually<T>(
  check: () => T | Promise<T>,
  timeoutMs = 15_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw lastError instanceof Error
    ? lastError
    : new Error(`condition not met within ${timeoutMs} ms`);
}
