/** What the shop's fixture people (fixture-people.ts) state about each of them. */
export interface ShopFixtureAddress {
  kind: 'shipping' | 'billing' | 'home';
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode: string;
  country: string;
}

export type ShopFixtureKey =
  | 'accented-name'
  | 'japanese-name'
  | 'greek-name'
  | 'cyrillic-name'
  | 'arabic-name'
  | 'many-addresses'
  | 'no-orders'
  | 'thousands-of-sessions'
  | 'household-a'
  | 'household-b'
  | 'similar-name-jon'
  | 'similar-name-john'
  | 'mixed-case-email'
  | 'text-escapes'
  | 'newsletter-only';

export interface ShopFixturePerson {
  key: ShopFixtureKey;
  /** Exactly as stored in the shop (the mixed-case person keeps its capitals). */
  email: string;
  /** Null for the newsletter-only person, who has no account. */
  firstName: string | null;
  lastName: string | null;
  special: string;
  hasAccount: boolean;
  country: string;
  language: string;
  phone?: string;
  /** When set, exactly these addresses (in this order); otherwise generated. */
  addresses?: readonly ShopFixtureAddress[];
  /** When set, exactly this many sessions / orders; otherwise generated. */
  sessions?: number;
  orders?: number;
}
