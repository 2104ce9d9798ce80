import { createHmac } from 'node:crypto';

/**
 * The keyed hash a suppression record keeps instead of an email (regs 7022(b)(3)): the same
 * address, however it is capitalised or padded, gives the same hash; nobody can read it back.
 */
export function suppressionHash(key: Buffer, email: string): string {
  return createHmac('sha256', key)
    .update(`suppression:${email.trim().toLowerCase()}`)
    .digest('hex');
}
