import { buildConsentHistory, buildConsentWithdrawal } from './consent-withdrawal.builder';

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
      'UPDATE "consents" SET "granted" = false, "withdrawn_at" = $2 WHERE "id" = ANY($1) AND "granted" IS TRUE AND "withdrawn_at" IS NULL AND "purpose" = ANY($3)',
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
      'UPDATE "consents" SET "granted" = false, "withdrawn_at" = $2 WHERE "id" = ANY($1) AND "granted" IS TRUE AND "withdrawn_at" IS NULL',
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

describe(buildConsentHistory.name, () => {
  const step = {
    table: 'consents',
    primaryKey: 'id',
    change: 'consent' as const,
    purpose: 'purpose',
    granted: 'granted',
    withdrawnAt: 'withdrawn_at',
    purposes: ['marketing_email'],
    history: {
      table: 'consent_events',
      consent: 'consent_id',
      event: 'event',
      at: 'occurred_at',
      source: 'source',
    },
  };

  it('appends one entry per consent concerned, noting one withdrawn before as such, once per request', () => {
    const query = buildConsentHistory(step, ['7'], at, 'privacy request DSR-1');
    expect(query).toEqual({
      text:
        'INSERT INTO "consent_events" ("consent_id", "event", "occurred_at", "source") ' +
        `SELECT c."id", CASE WHEN c."withdrawn_at" IS NULL THEN 'withdrawn' ELSE 'already_withdrawn' END, $2, $3 ` +
        'FROM "consents" c WHERE c."id" = ANY($1) AND (c."granted" IS TRUE OR c."withdrawn_at" IS NOT NULL) ' +
        'AND c."purpose" = ANY($4) ' +
        'AND NOT EXISTS (SELECT 1 FROM "consent_events" h WHERE h."consent_id" = c."id" AND h."source" = $3)',
      values: [['7'], at, 'privacy request DSR-1', ['marketing_email']],
    });
  });

  it('appends nothing where the map keeps no history', () => {
    expect(buildConsentHistory({ ...step, history: undefined }, ['7'], at, 'x')).toBeUndefined();
  });
});
