import { createHmac } from 'node:crypto';
import { signWebhookBody, verifyWebhookSignature } from './webhook-signature';

describe(verifyWebhookSignature.name, () => {
  const secret = 'a'.repeat(64);
  const body = JSON.stringify({ status: 'done', note: 'Deleted from every list.' });
  const now = new Date('2025-11-27T10:00:00Z');
  const header = signWebhookBody(secret, body, now);

  it('signs "<t>.<body>" with HMAC-SHA256, as the documented header says', () => {
    const t = Math.floor(now.getTime() / 1000);
    const hex = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(header).toBe(`t=${t},v1=${hex}`);
  });

  it.each<[string, () => ReturnType<typeof verifyWebhookSignature>, unknown]>([
    ['the signed body', () => verifyWebhookSignature(secret, header, body, now), { ok: true }],
    [
      'the body as bytes',
      () => verifyWebhookSignature(secret, header, Buffer.from(body), now),
      { ok: true },
    ],
    [
      'a tampered body',
      () => verifyWebhookSignature(secret, header, body.replace('done', 'failed'), now),
      { ok: false, reason: 'mismatch' },
    ],
    [
      'the wrong secret',
      () => verifyWebhookSignature('b'.repeat(64), header, body, now),
      { ok: false, reason: 'mismatch' },
    ],
    [
      'a timestamp six minutes old',
      () => verifyWebhookSignature(secret, header, body, new Date(now.getTime() + 6 * 60_000)),
      { ok: false, reason: 'expired' },
    ],
    [
      'a timestamp six minutes ahead',
      () => verifyWebhookSignature(secret, header, body, new Date(now.getTime() - 6 * 60_000)),
      { ok: false, reason: 'expired' },
    ],
    [
      'a timestamp four minutes old',
      () => verifyWebhookSignature(secret, header, body, new Date(now.getTime() + 4 * 60_000)),
      { ok: true },
    ],
    [
      'a replayed signature with a new timestamp',
      () => {
        const t = Math.floor(now.getTime() / 1000) + 600;
        const forged = header.replace(/^t=\d+/, `t=${t}`);
        return verifyWebhookSignature(secret, forged, body, new Date(t * 1000));
      },
      { ok: false, reason: 'mismatch' },
    ],
    [
      'no header',
      () => verifyWebhookSignature(secret, undefined, body, now),
      { ok: false, reason: 'malformed' },
    ],
    [
      'a header without v1',
      () => verifyWebhookSignature(secret, 't=1764237600', body, now),
      { ok: false, reason: 'malformed' },
    ],
    [
      'a short signature',
      () => verifyWebhookSignature(secret, header.slice(0, -2), body, now),
      { ok: false, reason: 'malformed' },
    ],
    [
      'an old and a new signature while rotating the secret',
      () => {
        const fresh = signWebhookBody('c'.repeat(64), body, now).split(',')[1];
        return verifyWebhookSignature(secret, `${fresh},${header}`, body, now);
      },
      { ok: true },
    ],
  ])('%s', (_name, check, expected) => {
    expect(check()).toMatchObject(expected as object);
  });
});
