import { ERASED_VALUE_LENGTH } from './erased-value';
import type { FieldErasureStep } from './erasure-plan';

/** A column as the database declares it (information_schema.columns). */
export interface ColumnShape {
  dataType: string;
  maxLength: number | null;
  nullable: boolean;
}

// Masks and hashes are text; a char(n) column would pad them and a typed column cannot hold them.
const TEXT_TYPES = new Set(['text', 'character varying']);

/**
 * Why a field rule cannot be applied to the column as the database declares it, or null when it
 * can. Checked for every field before erasure writes anything, so a map that does not fit the
 * schema fails cleanly instead of half-way through.
 */
export function columnShapeProblem(
  table: string,
  field: Pick<FieldErasureStep, 'column' | 'rule' | 'category'>,
  shape: ColumnShape | undefined,
): string | null {
  const where = `${table}.${field.column}`;
  if (!shape) return `${where} is not in the database`;
  if (field.rule === 'set_null')
    return shape.nullable ? null : `${where} is NOT NULL, so it cannot be set_null; use mask`;
  if (!TEXT_TYPES.has(shape.dataType))
    return `${where} is ${shape.dataType}, so it cannot hold a ${field.rule} value; use set_null`;
  const length =
    field.rule === 'hash'
      ? ERASED_VALUE_LENGTH.hash
      : field.category === 'email'
        ? ERASED_VALUE_LENGTH.maskEmail
        : ERASED_VALUE_LENGTH.mask;
  if (shape.maxLength !== null && shape.maxLength < length)
    return `${where} holds at most ${shape.maxLength} characters; a ${field.rule} value needs ${length}`;
  return null;
}
