import { Webhook } from 'standardwebhooks';

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * POST a CloudEvent (structured JSON) signed as Standard Webhooks says:
 * `webhook-id` is the event id (stable across retries, so receivers can dedupe),
 * `webhook-timestamp` in seconds, `webhook-signature` = v1,HMAC-SHA256. Redirects
 * are not followed: a redirect could lead past the target check.
 */
export async function sendWebhook(url: string, secret: string, envelope: { id: string; type: string }, timeoutMs: number): Promise<SendResult> {
  const body = JSON.stringify(envelope);
  const now = new Date();
  const signature = new Webhook(secret).sign(envelope.id, now, body);
  const started = Date.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/cloudevents+json; charset=utf-8',
        'user-agent': 'dpo-notifications/1',
        'webhook-id': envelope.id,
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': signature,
        'ce-id': envelope.id,
        'ce-type': envelope.type,
      },
    });
    await res.body?.cancel().catch(() => undefined);
    const ok = res.status >= 200 && res.status < 300;
    return { ok, statusCode: res.status, error: ok ? null : `HTTP ${res.status}`, durationMs: Date.now() - started };
  } catch (err) {
    const e = err as Error;
    const error = e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `${e.message}${(e as { cause?: Error }).cause ? `: ${(e as { cause?: Error }).cause?.message}` : ''}`;
    return { ok: false, statusCode: null, error, durationMs: Date.now() - started };
  }
}
