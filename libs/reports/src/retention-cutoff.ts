/**
 * The instant before which a closed request's personal data is purged: `months` calendar months
 * before `now` (regs 7101(a): records kept at least 24 months). A day the earlier month lacks
 * falls back to its last day (31 March − 1 month = 28 or 29 February), so a record is never
 * purged before it is `months` old.
 */
export function retentionCutoff(now: Date, months: number): Date {
  if (!Number.isInteger(months) || months < 1)
    throw new RangeError('months must be a positive integer');
  const index = now.getUTCFullYear() * 12 + now.getUTCMonth() - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(now.getUTCDate(), lastDay),
      now.getUTCHours(),
      now.getUTCMinutes(),
      now.getUTCSeconds(),
      now.getUTCMilliseconds(),
    ),
  );
}
