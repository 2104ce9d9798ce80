import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mappedSystem, parseDataMap } from '@rightsdesk/data-map';
import { planConsentWithdrawal, type WithdrawnPurposes } from './consent-withdrawal-plan';

const shop = mappedSystem(
  parseDataMap(readFileSync(resolve(__dirname, '../../../data-map/shop.v1.yaml'), 'utf8')),
  'shop',
);

describe(planConsentWithdrawal.name, () => {
  it.each<[string, WithdrawnPurposes, string[], string[]]>([
    [
      'everything',
      'all',
      ['marketing_subscriptions', 'consents', 'cookie_preferences'],
      ['analytics', 'marketing', 'personalization'],
    ],
    ['analytics only', ['analytics'], ['consents', 'cookie_preferences'], ['analytics']],
    [
      'direct marketing by email',
      ['marketing_email'],
      ['marketing_subscriptions', 'consents', 'cookie_preferences'],
      ['marketing'],
    ],
    ['a purpose without a flag or list', ['third_party_sharing'], ['consents'], []],
  ])('%s', (_case, purposes, tables, flags) => {
    const steps = planConsentWithdrawal(shop, purposes);
    expect(steps.map((step) => step.table)).toEqual(tables);
    const consent = steps.find((step) => step.change === 'consent');
    expect(consent).toMatchObject({
      purpose: 'purpose',
      granted: 'granted',
      withdrawnAt: 'withdrawn_at',
      purposes,
    });
    const flagStep = steps.find((step) => step.change === 'preference_flags');
    expect(flagStep?.change === 'preference_flags' ? flagStep.columns : []).toEqual(flags);
  });

  it('ends subscriptions by the marker: unsubscribed, with the time it ended', () => {
    expect(planConsentWithdrawal(shop, 'all')).toContainEqual({
      table: 'marketing_subscriptions',
      primaryKey: 'id',
      change: 'marketing',
      status: 'status',
      unsubscribedValue: 'unsubscribed',
      endedAt: 'unsubscribed_at',
    });
  });

  it('refuses an empty list of purposes', () => {
    expect(() => planConsentWithdrawal(shop, [])).toThrow('names no purpose');
  });
});
