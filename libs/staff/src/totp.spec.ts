import {
  base32Decode,
  base32Encode,
  hotp,
  otpauthUri,
  totp,
  totpCounter,
  verifyTotp,
} from './totp';

const SHA1_SECRET = Buffer.from('12345678901234567890');
const SHA256_SECRET = Buffer.from('12345678901234567890123456789012');
const SHA512_SECRET = Buffer.from(
  '1234567890123456789012345678901234567890123456789012345678901234',
);

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 Appendix B: every test vector, 8 digits, 30-second steps.
  it.each([
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ])(
    'at %i s gives the RFC codes for SHA-1, SHA-256 and SHA-512',
    (seconds, sha1, sha256, sha512) => {
      const at = new Date(seconds * 1000);
      expect(totp(SHA1_SECRET, at, { digits: 8, algorithm: 'sha1' })).toBe(sha1);
      expect(totp(SHA256_SECRET, at, { digits: 8, algorithm: 'sha256' })).toBe(sha256);
      expect(totp(SHA512_SECRET, at, { digits: 8, algorithm: 'sha512' })).toBe(sha512);
    },
  );

  // RFC 4226 Appendix D: HOTP, the building block, counters 0 to 9.
  it.each([
    [0, '755224'],
    [1, '287082'],
    [2, '359152'],
    [3, '969429'],
    [4, '338314'],
    [5, '254676'],
    [6, '287922'],
    [7, '162583'],
    [8, '399871'],
    [9, '520489'],
  ])('HOTP counter %i gives %s (RFC 4226)', (counter, code) => {
    expect(hotp(SHA1_SECRET, counter)).toBe(code);
  });

  describe('verifyTotp', () => {
    const now = new Date(1_764_600_000_000);
    const step = totpCounter(now);
    const codeAt = (offsetSteps: number) => hotp(SHA1_SECRET, step + offsetSteps);

    it.each([
      ['the current code', 0, step],
      ['the previous code (typing time)', -1, step - 1],
      ['the next code (a fast phone clock)', 1, step + 1],
    ])('accepts %s and says which step it was', (_label, offset, expected) => {
      expect(verifyTotp(SHA1_SECRET, codeAt(offset), now)).toBe(expected);
    });

    it.each([
      ['a code two steps old', () => codeAt(-2)],
      ['a code two steps ahead', () => codeAt(2)],
      ['letters', () => 'abcdef'],
      ['too few digits', () => codeAt(0).slice(0, 5)],
      ['an empty code', () => ''],
    ])('refuses %s', (_label, code) => {
      expect(verifyTotp(SHA1_SECRET, code(), now)).toBeNull();
    });

    it('refuses a code whose step was already used, so a seen code cannot be replayed', () => {
      expect(verifyTotp(SHA1_SECRET, codeAt(0), now, step)).toBeNull();
      expect(verifyTotp(SHA1_SECRET, codeAt(1), now, step)).toBe(step + 1);
    });

    it('ignores spaces people type between the digits', () => {
      const code = codeAt(0);
      expect(verifyTotp(SHA1_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(step);
    });
  });

  // RFC 4648 §10 test vectors.
  it.each([
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ])('base32 of "%s" is "%s" and reads back', (plain, encoded) => {
    expect(base32Encode(Buffer.from(plain))).toBe(encoded);
    expect(base32Decode(encoded.toLowerCase())?.toString()).toBe(plain);
  });

  it('refuses base32 with characters outside the alphabet', () => {
    expect(base32Decode('MZXW1')).toBeNull();
  });

  it('builds the otpauth URI authenticator apps read, with issuer and account', () => {
    const uri = otpauthUri(SHA1_SECRET, 'Example Shop', 'ada@example.com');
    expect(uri).toBe(
      'otpauth://totp/Example%20Shop:ada%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example+Shop&algorithm=SHA1&digits=6&period=30',
    );
  });
});
