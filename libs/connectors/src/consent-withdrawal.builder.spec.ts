import { buildConsentWithdrawal } from './consent-withdrawal.builder';

const at = new Date('2026-03-01T12:00:00Z');

describe(buildConsentWithdrawal.name, () => {
  it.each<[string, Parameters<typeof buildConsentWithdrawal>[0], string, unknown[]]>([
    [
      'consents of the named purposes still in force',
      {
        table: 'consents',
        primaryKey: 'id',
        change: 'consent',
        purpose: 'purpose',
        granted: 'granted',
        withdrawnAt: 'withdrawn_at',
        purposes: ['analytics'],
      },
      'UPDATE "consents" SET "granted" = false, "withdrawn_at" = $2 WHERE "id" = ANY($1) AND "granted" IS TRUE AND "purpose" = ANY($3)',
      [['1'], at, ['analytics']],
    ],
    [
      'every consent still in force',
      {
        table: 'consents',
        primaryKey: 'id',
        change: 'consent',
        purpose: 'purpose',
        granted: 'granted',
        withdrawnAt: 'withdrawn_at',
        purposes: 'all',
      },
      'UPDATE "consents" SET "granted" = false, "withdrawn_at" = $2 WHERE "id" = ANY($1) AND "granted" IS TRUE',
      [['1'], at],
    ],
    [
      'subscriptions not yet ended',
      {
        table: 'marketing_subscriptions',
        primaryKey: 'id',
        change: 'marketing',
        status: 'status',
        unsubscribedValue: 'unsubscribed',
        endedAt: 'unsubscribed_at',
      },
      'UPDATE "marketing_subscriptions" SET "status" = $2, "unsubscribed_at" = $3 WHERE "id" = ANY($1) AND "status" IS DISTINCT FROM $2',
      [['1'], 'unsubscribed', at],
    ],
    [
      'flags still set',
      {
        table: 'cookie_preferences',
        primaryKey: 'id',
        change: 'preference_flags',
        columns: ['analytics', 'marketing'],
        updatedAt: 'updated_at',
      },
      'UPDATE "cookie_preferences" SET "analytics" = false, "marketing" = false, "updated_at" = $2 WHERE "id" = ANY($1) AND ("analytics" IS NOT FALSE OR "marketing" IS NOT FALSE)',
      [['1'], at],
    ],
  ])('%s', (_case, step, text, values) => {
    expect(buildConsentWithdrawal(step, ['1'], at)).toEqual({ text, values });
  });
});
