/**
 * The purposes the shop asks consent for, as the data map's consents table names them. A
 * withdrawal request names some of these, or "all".
 */
export const CONSENT_PURPOSES = [
  'marketing_email',
  'marketing_sms',
  'personalization',
  'analytics',
  'third_party_sharing',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
