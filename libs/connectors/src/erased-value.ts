import { createHmac } from 'node:crypto';
import type { DataCategory } from '@rightsdesk/data-map';
import type { FieldErasureStep } from './erasure-plan';

/** Where a masked value sits: the token is derived from this, never from the value it replaces. */
export interface ErasedCell {
  system: string;
  table: string;
  column: string;
  /** The row's primary key, as text. */
  key: string;
}

// 16 hex digits (64 bits) keep per-row tokens unique in a UNIQUE column of millions of rows;
// 12 would make a collision somewhere in a million-row table a real possibility.
const MASK_TOKEN_HEX = 16;
const MASK_EMAIL_DOMAIN = 'erased.invalid'; // RFC 2606: .invalid never delivers.
export const MASKED_VALUE = new RegExp(
  `^erased-[0-9a-f]{${MASK_TOKEN_HEX}}(@${MASK_EMAIL_DOMAIN.replace('.', '\\.')})?$`,
);
/** The shape of a keyed hash: HMAC-SHA256 as lower-case hex. */
export const HASHED_VALUE = /^[0-9a-f]{64}$/;
/** Longest text erasure writes, per rule, so a column can be checked to hold it. */
export const ERASED_VALUE_LENGTH = {
  mask: `erased-${'0'.repeat(MASK_TOKEN_HEX)}`.length,
  maskEmail: `erased-${'0'.repeat(MASK_TOKEN_HEX)}@${MASK_EMAIL_DOMAIN}`.length,
  hash: 64,
} as const;

/** Below this a keyed hash of an email could be brute-forced from a list of addresses. */
export const MIN_HASH_KEY_BYTES = 16;

/**
 * The value a field of a kept row holds after erasure (regs 7022(b)(2) de-identification):
 * - set_null: null.
 * - mask: `erased-<16 hex of HMAC(hashKey, system.table.column.key)>`, or the same token
 *   `@erased.invalid` for an email column: unique per row, so NOT NULL and UNIQUE constraints
 *   hold, and made from the row's place, so it carries nothing of the original and the same row
 *   always gets the same mask.
 * - hash: HMAC-SHA256(hashKey, value) hex: equal values hash equal, none can be read back. Emails
 *   are hashed trimmed and lower-cased, as the map compares them. A value already in hash form is
 *   left as it is, so erasing twice changes nothing.
 */
export function erasedValue(
  field: Pick<FieldErasureStep, 'rule' | 'category'>,
  cell: ErasedCell,
  current: string | null,
  hashKey: Buffer,
): string | null {
  switch (field.rule) {
    case 'set_null':
      return null;
    case 'mask': {
      const place = `${cell.system}.${cell.table}.${cell.column}.${cell.key}`;
      const token = `erased-${hmacHex(hashKey, place).slice(0, MASK_TOKEN_HEX)}`;
      return isEmail(field.category) ? `${token}@${MASK_EMAIL_DOMAIN}` : token;
    }
    case 'hash':
      if (current === null || HASHED_VALUE.test(current)) return current;
      return hmacHex(hashKey, isEmail(field.category) ? current.trim().toLowerCase() : current);
  }
}

function isEmail(category: DataCategory): boolean {
  return category === 'email';
}

function hmacHex(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}
