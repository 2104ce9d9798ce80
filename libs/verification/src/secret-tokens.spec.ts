import { randomBytes } from 'node:crypto';
import { keyedHash, newOneTimeCode, newSecretToken, sameDigest } from './secret-tokens';

describe('secret tokens', () => {
  const key = randomBytes(32);

  it('makes six-digit codes, keeping leading zeros', () => {
    const codes = Array.from({ length: 2000 }, newOneTimeCode);
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(1990);
  });

  it('makes URL-safe tokens with 256 bits of entropy', () => {
    const token = newSecretToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSecretToken()).not.toBe(token);
  });

  it('hashes per purpose and key, and compares in constant time', () => {
    const hash = keyedHash(key, 'code', '123456');
    expect(hash).not.toContain('123456');
    expect(sameDigest(hash, keyedHash(key, 'code', '123456'))).toBe(true);
    expect(sameDigest(hash, keyedHash(key, 'link', '123456'))).toBe(false);
    expect(sameDigest(hash, keyedHash(randomBytes(32), 'code', '123456'))).toBe(false);
    expect(sameDigest(hash, 'abcd')).toBe(false);
  });
});
