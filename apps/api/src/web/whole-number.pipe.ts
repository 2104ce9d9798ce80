import { PipeTransform } from '@nestjs/common';
import { DomainError } from '@rightsdesk/domain';

/** Postgres' `integer`: a larger number in a query fails in the database, not here. */
const LARGEST_INTEGER = 2_147_483_647;

/** A whole number from 1 written in plain digits (not `1e+23`, `-1`, `0x10` or `1.0`), or null. */
export function wholeNumberOf(raw: unknown): number | null {
  if (typeof raw !== 'string' || !/^[1-9][0-9]{0,9}$/.test(raw)) return null;
  const number = Number(raw);
  return number <= LARGEST_INTEGER ? number : null;
}

/**
 * A numeric path parameter (a data map version): a whole number from 1 that fits an `integer`
 * column, else the error `refuse` makes for it, so no query ever sees a number it cannot hold.
 */
export class WholeNumberPipe implements PipeTransform<string, number> {
  constructor(private readonly refuse: (raw: string) => DomainError) {}

  transform(raw: string): number {
    const number = wholeNumberOf(raw);
    if (number === null) throw this.refuse(raw);
    return number;
  }
}
