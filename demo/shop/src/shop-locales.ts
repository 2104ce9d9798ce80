import {
  Faker,
  fakerAR,
  fakerDE,
  fakerEL,
  fakerEN_GB,
  fakerEN_US,
  fakerES,
  fakerFR,
  fakerIT,
  fakerJA,
  fakerNL,
  fakerPL,
  fakerRU,
} from '@faker-js/faker';
import { Prng } from './prng';

/**
 * The countries the demo shop sells to. Most customers have Latin-script names (some with
 * diacritics); a few per cent have Japanese, Greek, Cyrillic or Arabic names, so that every
 * search and export path meets non-Latin text at every size.
 */
export interface ShopLocale {
  faker: Faker;
  country: string;
  language: string;
  currency: string;
  /** Relative share of customers. */
  weight: number;
  /** Whether faker's region names for this locale are real ones for `country`. */
  hasRegions: boolean;
  /** A plausible E.164 mobile number. At most 12 digits, so never card-number length. */
  phone(prng: Prng): string;
}

const digits = (prng: Prng, n: number): string => {
  let out = '';
  for (let i = 0; i < n; i += 1) out += String(prng.int(0, 9));
  return out;
};

export const SHOP_LOCALES: readonly ShopLocale[] = [
  {
    faker: fakerEN_US,
    country: 'US',
    language: 'en',
    currency: 'USD',
    weight: 40,
    hasRegions: true,
    // NANP: area code and exchange never start with 0 or 1.
    phone: (p) => `+1${p.int(2, 9)}${digits(p, 2)}${p.int(2, 9)}${digits(p, 6)}`,
  },
  {
    faker: fakerEN_GB,
    country: 'GB',
    language: 'en',
    currency: 'GBP',
    weight: 14,
    hasRegions: false,
    phone: (p) => `+447${p.int(4, 9)}${digits(p, 8)}`,
  },
  {
    faker: fakerDE,
    country: 'DE',
    language: 'de',
    currency: 'EUR',
    weight: 12,
    hasRegions: true,
    phone: (p) => `+4915${p.int(1, 9)}${digits(p, 7)}`,
  },
  {
    faker: fakerFR,
    country: 'FR',
    language: 'fr',
    currency: 'EUR',
    weight: 10,
    hasRegions: true,
    phone: (p) => `+33${p.int(6, 7)}${digits(p, 8)}`,
  },
  {
    faker: fakerES,
    country: 'ES',
    language: 'es',
    currency: 'EUR',
    weight: 7,
    hasRegions: true,
    phone: (p) => `+346${digits(p, 8)}`,
  },
  {
    faker: fakerIT,
    country: 'IT',
    language: 'it',
    currency: 'EUR',
    weight: 5,
    hasRegions: true,
    phone: (p) => `+393${digits(p, 9)}`,
  },
  {
    faker: fakerNL,
    country: 'NL',
    language: 'nl',
    currency: 'EUR',
    weight: 4,
    hasRegions: true,
    phone: (p) => `+316${digits(p, 8)}`,
  },
  {
    faker: fakerPL,
    country: 'PL',
    language: 'pl',
    currency: 'PLN',
    weight: 4,
    hasRegions: true,
    phone: (p) => `+48${p.int(5, 8)}${digits(p, 8)}`,
  },
  {
    faker: fakerJA,
    country: 'JP',
    language: 'ja',
    currency: 'JPY',
    weight: 1.5,
    hasRegions: true,
    phone: (p) => `+8190${digits(p, 8)}`,
  },
  {
    faker: fakerEL,
    country: 'GR',
    language: 'el',
    currency: 'EUR',
    weight: 1,
    hasRegions: false,
    phone: (p) => `+3069${digits(p, 8)}`,
  },
  {
    faker: fakerRU,
    country: 'RU',
    language: 'ru',
    currency: 'RUB',
    weight: 1,
    hasRegions: true,
    phone: (p) => `+79${digits(p, 9)}`,
  },
  {
    faker: fakerAR,
    country: 'AE',
    language: 'ar',
    currency: 'AED',
    weight: 0.5,
    hasRegions: false,
    phone: (p) => `+9715${digits(p, 8)}`,
  },
];
