/**
 * The awkward people every seeded shop contains (at any size >= MIN_SHOP_PEOPLE). They take the
 * first person slots, in this order, and count toward `people`. Tests and demos look them up by
 * email; everything not stated here about them is generated from the seed like anyone else.
 */
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

/** Shared by both household members, character for character. */
export const SHOP_HOUSEHOLD_ADDRESS: ShopFixtureAddress = {
  kind: 'home',
  line1: '47 Willow Lane',
  city: 'Springfield',
  region: 'IL',
  postalCode: '62704',
  country: 'US',
};

export const SHOP_FIXTURE_PEOPLE: readonly ShopFixturePerson[] = [
  {
    key: 'accented-name',
    email: 'zoe.angstrom@example.com',
    firstName: 'Zoë',
    lastName: 'Ångström-Núñez',
    special: 'Diacritics in first name, last name and address; hyphenated last name.',
    hasAccount: true,
    country: 'ES',
    language: 'es',
    phone: '+34612345678',
    addresses: [
      {
        kind: 'home',
        line1: 'Calle de Núñez de Balboa 17',
        line2: '3º B',
        city: 'Madrid',
        region: 'Comunidad de Madrid',
        postalCode: '28001',
        country: 'ES',
      },
    ],
  },
  {
    key: 'japanese-name',
    email: 'taro.yamada@example.net',
    firstName: '太郎',
    lastName: '山田',
    special: 'Japanese name (山田 太郎) and address in kanji.',
    hasAccount: true,
    country: 'JP',
    language: 'ja',
    phone: '+819012345678',
    addresses: [
      {
        kind: 'home',
        line1: '丸の内1丁目9-1',
        city: '千代田区',
        region: '東京都',
        postalCode: '100-0005',
        country: 'JP',
      },
    ],
  },
  {
    key: 'greek-name',
    email: 'eleni.papadopoulou@example.org',
    firstName: 'Ελένη',
    lastName: 'Παπαδοπούλου',
    special: 'Greek-script name and address.',
    hasAccount: true,
    country: 'GR',
    language: 'el',
    phone: '+306912345678',
    addresses: [
      {
        kind: 'home',
        line1: 'Οδός Ερμού 25',
        city: 'Αθήνα',
        region: 'Αττική',
        postalCode: '105 63',
        country: 'GR',
      },
    ],
  },
  {
    key: 'cyrillic-name',
    email: 'dmitry.ivanov@example.com',
    firstName: 'Дмитрий',
    lastName: 'Иванов',
    special: 'Cyrillic name and address.',
    hasAccount: true,
    country: 'RU',
    language: 'ru',
    phone: '+79161234567',
    addresses: [
      {
        kind: 'home',
        line1: 'ул. Тверская, д. 7, кв. 12',
        city: 'Москва',
        postalCode: '125009',
        country: 'RU',
      },
    ],
  },
  {
    key: 'arabic-name',
    email: 'layla.haddad@example.org',
    firstName: 'ليلى',
    lastName: 'حداد',
    special: 'Arabic (right-to-left) name and address.',
    hasAccount: true,
    country: 'AE',
    language: 'ar',
    phone: '+971501234567',
    addresses: [
      {
        kind: 'home',
        line1: 'شارع الشيخ زايد 120',
        city: 'دبي',
        postalCode: '00000',
        country: 'AE',
      },
    ],
  },
  {
    key: 'many-addresses',
    email: 'morgan.ellis@example.com',
    firstName: 'Morgan',
    lastName: 'Ellis',
    special: 'Seven addresses: home, billing and five shipping addresses in two countries.',
    hasAccount: true,
    country: 'US',
    language: 'en',
    phone: '+14155550142',
    addresses: [
      {
        kind: 'home',
        line1: '1200 Market Street',
        line2: 'Apt. 4B',
        city: 'San Francisco',
        region: 'CA',
        postalCode: '94102',
        country: 'US',
      },
      {
        kind: 'billing',
        line1: 'PO Box 7781',
        city: 'San Francisco',
        region: 'CA',
        postalCode: '94120',
        country: 'US',
      },
      {
        kind: 'shipping',
        line1: '500 Howard Street',
        line2: 'Floor 3',
        city: 'San Francisco',
        region: 'CA',
        postalCode: '94105',
        country: 'US',
      },
      {
        kind: 'shipping',
        line1: '88 Lakeview Drive',
        city: 'Tahoe City',
        region: 'CA',
        postalCode: '96145',
        country: 'US',
      },
      {
        kind: 'shipping',
        line1: '2417 Oak Hollow Road',
        city: 'Austin',
        region: 'TX',
        postalCode: '78704',
        country: 'US',
      },
      {
        kind: 'shipping',
        line1: '14 Chapel Row',
        city: 'Bath',
        postalCode: 'BA1 1HN',
        country: 'GB',
      },
      {
        kind: 'shipping',
        line1: '3 Rue des Lilas',
        city: 'Lyon',
        postalCode: '69003',
        country: 'FR',
      },
    ],
  },
  {
    key: 'no-orders',
    email: 'priya.raman@example.net',
    firstName: 'Priya',
    lastName: 'Raman',
    special: 'Account with browsing, consents and preferences but no orders (so no payments).',
    hasAccount: true,
    country: 'GB',
    language: 'en',
    orders: 0,
  },
  {
    key: 'thousands-of-sessions',
    email: 'sam.rivera@example.com',
    firstName: 'Sam',
    lastName: 'Rivera',
    special: 'Exactly 3,000 sessions, each with page views: a large export.',
    hasAccount: true,
    country: 'US',
    language: 'en',
    sessions: 3000,
  },
  {
    key: 'household-a',
    email: 'maria.kowalski@example.com',
    firstName: 'Maria',
    lastName: 'Kowalski',
    special: 'Shares one street address with household-b (different email, same home).',
    hasAccount: true,
    country: 'US',
    language: 'en',
    phone: '+12175550187',
    addresses: [SHOP_HOUSEHOLD_ADDRESS],
  },
  {
    key: 'household-b',
    email: 'piotr.kowalski@example.org',
    firstName: 'Piotr',
    lastName: 'Kowalski',
    special: 'Shares one street address with household-a; must not receive household-a data.',
    hasAccount: true,
    country: 'US',
    language: 'pl',
    phone: '+12175550166',
    addresses: [SHOP_HOUSEHOLD_ADDRESS, { ...SHOP_HOUSEHOLD_ADDRESS, kind: 'shipping' }],
  },
  {
    key: 'similar-name-jon',
    email: 'jon.smith@example.com',
    firstName: 'Jon',
    lastName: 'Smith',
    special: 'Near-namesake of similar-name-john (one letter apart, similar email).',
    hasAccount: true,
    country: 'US',
    language: 'en',
    phone: '+13125550111',
  },
  {
    key: 'similar-name-john',
    email: 'john.smith@example.com',
    firstName: 'John',
    lastName: 'Smith',
    special: 'Near-namesake of similar-name-jon; fuzzy matching must not merge them.',
    hasAccount: true,
    country: 'US',
    language: 'en',
    phone: '+13125550122',
  },
  {
    key: 'mixed-case-email',
    email: 'Grace.OMalley@Example.COM',
    firstName: 'Grace',
    lastName: "O'Malley",
    special: 'Email stored with capitals (look up grace.omalley@example.com); apostrophe in name.',
    hasAccount: true,
    country: 'GB',
    language: 'en',
  },
  {
    key: 'text-escapes',
    email: 'noor.vandenberg@example.net',
    firstName: 'Noor',
    lastName: 'van den Berg',
    special: 'Lower-case name particle; support messages with tabs, CRLF newlines and backslashes.',
    hasAccount: true,
    country: 'NL',
    language: 'nl',
  },
  {
    key: 'newsletter-only',
    email: 'newsletter.reader@example.org',
    firstName: null,
    lastName: null,
    special:
      'No account: marketing_subscriptions rows with customer_id NULL, linked only by email.',
    hasAccount: false,
    country: 'US',
    language: 'en',
  },
];

/** The smallest shop that still holds every fixture person plus ordinary customers. */
export const MIN_SHOP_PEOPLE = 50;
