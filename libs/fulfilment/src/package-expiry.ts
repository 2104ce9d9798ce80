const DAY_MS = 24 * 3600_000;

/**
 * When a package stops being downloadable: a fixed number of days after it was made. Data kept
 * ready for release longer than needed is a risk without a purpose (GDPR 5(1)(e), 32).
 */
export function packageExpiresAt(madeAt: Date, days: number): Date {
  return new Date(madeAt.getTime() + days * DAY_MS);
}

export function isPackageExpired(madeAt: Date, days: number, now: Date = new Date()): boolean {
  return packageExpiresAt(madeAt, days).getTime() <= now.getTime();
}
