import type { FieldDisclosure } from '@rightsdesk/data-map';

/** What an access copy shows in place of a value the law says to state as held, not disclose. */
export const WITHHELD = '[held by us; not disclosed for your security]';

/**
 * Applies a field's disclosure rule (regs 7024(d); PCI DSS 3.4.1): secrets are stated as held,
 * partial values keep only their last characters.
 */
export function discloseValue(value: unknown, disclosure: FieldDisclosure): unknown {
  if (value === null || value === undefined) return null;
  if (disclosure === 'disclose') return value;
  if (disclosure === 'withhold') return WITHHELD;
  const text = String(value);
  const keep = disclosure.partial.keep_last;
  return text.length <= keep
    ? text
    : `${'•'.repeat(Math.min(text.length - keep, 12))}${text.slice(-keep)}`;
}
