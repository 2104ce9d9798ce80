import type { PrivacyLaw } from './privacy-law';
import { appealWithin, attorneyGeneral, fortyFivePlusFortyFive, stateLaw } from './state-law';

const INDIANA = { en: 'Indiana', es: 'Indiana' };
const KENTUCKY = { en: 'Kentucky', es: 'Kentucky' };
const RHODE_ISLAND = { en: 'Rhode Island', es: 'Rhode Island' };

/** The US state laws that took effect on 1 January 2026. */
export const STATE_LAWS_2026: readonly PrivacyLaw[] = [
  stateLaw({
    id: 'incdpa',
    state: 'IN',
    stateName: INDIANA,
    acronym: 'ICDPA',
    name: {
      en: 'Indiana Consumer Data Protection Act',
      es: 'Ley de Protección de Datos del Consumidor de Indiana',
    },
    inForceFrom: '2026-01-01',
    respond: fortyFivePlusFortyFive('Ind. Code 24-15-3-1(c)(1)'),
    appeal: appealWithin(60, 'Ind. Code 24-15-3-1(d)'),
    unverified:
      'The 60 days of 24-15-3-1(d) were not read in the text; (b) (rights) and (c)(1)-(2) (45 days + 45, refusal with how to appeal under subsection (d)) were.',
    authorities: [
      attorneyGeneral(
        INDIANA,
        'www.in.gov/attorneygeneral',
        'https://www.in.gov/attorneygeneral/consumer-protection-division/file-a-complaint/',
      ),
    ],
    citation: 'Ind. Code 24-15',
    threshold:
      'Controls or processes the personal data of at least 100,000 Indiana consumers in a calendar year, or of at least 25,000 and derives over 50% of gross revenue from selling personal data.',
    sources: [
      {
        title: 'Ind. Code 24-15-3-1(a)-(b): rights',
        url: 'https://law.counselstack.com/statute/in/24-15-3-1',
      },
      {
        title: 'Ind. Code 24-15-3-1(c) text: 45 days + 45, refusal with how to appeal under (d)',
        url: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page199.html',
      },
    ],
  }),
  stateLaw({
    id: 'kcdpa',
    state: 'KY',
    stateName: KENTUCKY,
    acronym: 'KCDPA',
    name: {
      en: 'Kentucky Consumer Data Protection Act',
      es: 'Ley de Protección de Datos del Consumidor de Kentucky',
    },
    inForceFrom: '2026-01-01',
    respond: fortyFivePlusFortyFive('KRS 367.3615(3)'),
    appeal: appealWithin(60, 'KRS 367.3615(4)'),
    unverified:
      'The 45 + 45 days are from a secondary summary; their subsection (3) is inferred from (4), which refers to the refusal of (3)(b). Read: (2) rights, (4) reasonable period to appeal, decided within 60 days.',
    authorities: [
      attorneyGeneral(
        KENTUCKY,
        'www.ag.ky.gov',
        'https://www.ag.ky.gov/Resources/Consumer-Resources/Consumers/Pages/Consumer-Complaints.aspx',
      ),
    ],
    citation: 'KRS 367.3611 to 367.3629',
    threshold:
      'Controls or processes the personal data of at least 100,000 Kentucky consumers in a calendar year, or of at least 25,000 and derives over 50% of gross revenue from selling personal data.',
    sources: [
      {
        title: 'KRS 367.3615(1)-(2): rights',
        url: 'https://self-law.org/code/ky/367-3615',
      },
      {
        title: 'KRS 367.3615(4) text: reasonable period to appeal, decided within 60 days',
        url: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page229.html',
      },
      {
        title: 'KRS 367.3615: 45 days (secondary summary)',
        url: 'https://www.recordinglaw.com/us-laws/data-privacy-laws/kentucky-data-privacy-laws/kcdpa-consumer-rights/',
      },
    ],
  }),
  stateLaw({
    id: 'ridtppa',
    state: 'RI',
    stateName: RHODE_ISLAND,
    acronym: 'RIDTPPA',
    name: {
      en: 'Rhode Island Data Transparency and Privacy Protection Act',
      es: 'Ley de Transparencia de Datos y Protección de la Privacidad de Rhode Island',
    },
    inForceFrom: '2026-01-01',
    respond: fortyFivePlusFortyFive('R.I. Gen. Laws 6-48.1-6(b)(1)'),
    appeal: appealWithin(60, 'R.I. Gen. Laws 6-48.1-6'),
    unverified:
      'The 60 days to decide an appeal and their subsection of 6-48.1-6 are from a secondary summary; 6-48.1-6(a)-(b) (threshold, 45 days + 45, refusal with how to appeal) were read.',
    authorities: [
      attorneyGeneral(
        RHODE_ISLAND,
        'riag.ri.gov',
        'https://riag.ri.gov/ConsumerProtection/About.php',
      ),
    ],
    citation: 'R.I. Gen. Laws 6-48.1-1 to 6-48.1-10',
    threshold:
      'Controls or processes the personal data of at least 35,000 Rhode Island customers (excluding payment-only data), or of at least 10,000 and derives over 20% of gross revenue from selling personal data.',
    sources: [
      {
        title: 'R.I. Gen. Laws 6-48.1-6(a)-(b): threshold, 45 days + 45',
        url: 'http://webserver.rilin.state.ri.us/Statutes/TITLE6/6-48.1/6-48.1-6.htm',
      },
      {
        title: 'Appeal decided within 60 days (secondary summary)',
        url: 'https://www.recordinglaw.com/us-laws/data-privacy-laws/rhode-island-data-privacy-laws/ridtppa-consumer-rights/',
      },
    ],
  }),
];
