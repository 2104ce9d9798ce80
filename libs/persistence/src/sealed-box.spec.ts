import { randomBytes } from 'node:crypto';
import { openChunk, openFromBytes, sealChunk, sealToBytes } from './sealed-box';

describe('sealed box', () => {
  const key = randomBytes(32);
  const text = Buffer.from('{"email":"zoe@example.com"}');

  it('round-trips a chunk and never stores the plaintext', () => {
    const sealed = sealChunk(key, 'package-1', 0, text);
    expect(sealed.ciphertext.includes(Buffer.from('zoe@example.com'))).toBe(false);
    expect(openChunk(key, 'package-1', 0, sealed).equals(text)).toBe(true);
  });

  it.each([
    ['another package', 'package-2', 0],
    ['another position', 'package-1', 1],
  ])('refuses a chunk moved to %s', (_label, packageId, seq) => {
    const sealed = sealChunk(key, 'package-1', 0, text);
    expect(() => openChunk(key, packageId, seq, sealed)).toThrow();
  });

  it('refuses a tampered chunk or the wrong key', () => {
    const sealed = sealChunk(key, 'package-1', 0, text);
    const tampered = { ...sealed, ciphertext: Buffer.from(sealed.ciphertext) };
    tampered.ciphertext[0] ^= 1;
    expect(() => openChunk(key, 'package-1', 0, tampered)).toThrow();
    expect(() => openChunk(randomBytes(32), 'package-1', 0, sealed)).toThrow();
  });

  it('packs a sealed value into one column and opens it only for its owner', () => {
    const bytes = sealToBytes(key, 'message-1', text);
    expect(openFromBytes(key, 'message-1', bytes).equals(text)).toBe(true);
    expect(() => openFromBytes(key, 'message-2', bytes)).toThrow();
  });
});
