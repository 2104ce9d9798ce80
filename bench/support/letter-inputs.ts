import { CompletionOutcome, LetterInput, noticeTemplate } from '@rightsdesk/notices';

const LETTERHEAD = {
  companyName: 'Example Shop',
  addressLines: ['6114 La Salle Ave Ste 133', 'Oakland CA 94611'],
  contactEmail: 'privacy@example.com',
};

/** Names as people write them: accents, Greek, Cyrillic, long compound names. */
const NAMES = [
  'Zoë Ångström-Núñez',
  'Ελένη Παπαδοπούλου',
  'Дмитрий Иванов',
  'José María García-López',
  'Søren Kierkegård',
  'Γιώργος Κωνσταντινίδης',
  'Анна Сергеевна Кузнецова',
  'Maria Smith',
  'François-Xavier Lefèvre d’Aubigné',
  'Łukasz Wróblewski',
  'Ayşe Yılmaz',
  'Chukwuemeka Okonkwo',
];

const PLACES = [
  {
    line1: '12 Rue de l’Église',
    city: 'Montréal',
    region: 'QC',
    postalCode: 'H2X 1Y4',
    country: 'CA',
  },
  { line1: 'Οδός Ερμού 25', city: 'Αθήνα', postalCode: '105 63', country: 'GR' },
  { line1: 'ул. Тверская, д. 7, кв. 12', city: 'Москва', postalCode: '125009', country: 'RU' },
  { line1: 'Calle Mayor 1, 3º B', city: 'Madrid', postalCode: '28013', country: 'ES' },
  {
    line1: '1600 Amphitheatre Pkwy',
    line2: 'Apt 4B',
    city: 'Mountain View',
    region: 'CA',
    postalCode: '94043',
    country: 'US',
  },
  { line1: 'Nørregade 10', city: 'København K', postalCode: '1165', country: 'DK' },
  {
    line1: '742 Evergreen Terrace',
    city: 'Springfield',
    region: 'OR',
    postalCode: '97477',
    country: 'US',
  },
  {
    line1: 'ul. Marszałkowska 84/92 m. 109',
    city: 'Warszawa',
    postalCode: '00-514',
    country: 'PL',
  },
];

/** Tables of an ordinary shop's data map, as a deletion's completion letter lists them. */
const DATASETS = [
  'Customer accounts',
  'Orders',
  'Order lines',
  'Shipping addresses',
  'Payment records',
  'Browsing sessions',
  'Page views',
  'Newsletter subscriptions',
  'Product reviews',
  'Support tickets',
  'Wish lists',
  'Loyalty points',
  'Returns',
  'Gift cards',
  'Cookie consents',
  'Marketing events',
];

/**
 * `count` print-ready letters as the worker stores them: mostly deletion completions with a
 * table of 3 to 22 outcome rows (one page, or two for the long tables), some denials, a fifth
 * in Spanish, every one to a different name and address. Deterministic, so runs compare.
 */
export function benchLetterInputs(count: number): LetterInput[] {
  return Array.from({ length: count }, (_, index): LetterInput => {
    const language = index % 5 === 4 ? 'es' : 'en';
    const reference = `RD-${(100000 + index).toString(36).toUpperCase()}-BNCH`;
    const facts = {
      reference,
      receivedOn: '2026-11-02',
      companyName: LETTERHEAD.companyName,
      contactEmail: LETTERHEAD.contactEmail,
      requestType: 'delete',
      reason: 'we could not confirm that the request came from you or your authorized agent',
      outcomes: outcomes(index),
    };
    const kind = index % 7 === 6 ? 'request_denied' : 'request_completed';
    const place = PLACES[index % PLACES.length];
    return {
      content: noticeTemplate(kind, language)(facts),
      letterhead: LETTERHEAD,
      recipient: { name: `${NAMES[index % NAMES.length]} ${index}`, ...place },
      meta: { reference, date: '2026-11-30', language, paperSize: 'letter', homeCountry: 'US' },
    };
  });
}

function outcomes(index: number): CompletionOutcome[] {
  const rows = 3 + ((index * 7) % 20);
  return Array.from({ length: rows }, (_, row): CompletionOutcome => {
    const label = `${DATASETS[row % DATASETS.length]}${row >= DATASETS.length ? ` (${Math.floor(row / DATASETS.length) + 1})` : ''}`;
    if (row % 5 === 3) {
      return { label, kind: 'retained', rows: 4, reason: 'tax records', period: 'P7Y' };
    }
    return {
      label,
      kind: row % 4 === 1 ? 'deidentified' : 'deleted',
      rows: 1 + ((index + row) % 900),
    };
  });
}
