import { days } from '../clock-rule';
import type { PrivacyLaw } from './privacy-law';
import {
  NO_CORRECTION,
  VIRGINIA_MODEL_RIGHTS,
  appealWithin,
  attorneyGeneral,
  fortyFivePlusFortyFive,
  stateLaw,
} from './state-law';

const IOWA = { en: 'Iowa', es: 'Iowa' };
const DELAWARE = { en: 'Delaware', es: 'Delaware' };
const NEBRASKA = { en: 'Nebraska', es: 'Nebraska' };
const NEW_HAMPSHIRE = { en: 'New Hampshire', es: 'Nuevo Hampshire' };
const NEW_JERSEY = { en: 'New Jersey', es: 'Nueva Jersey' };
const TENNESSEE = { en: 'Tennessee', es: 'Tennessee' };
const MINNESOTA = { en: 'Minnesota', es: 'Minnesota' };
const MARYLAND = { en: 'Maryland', es: 'Maryland' };
const INDIANA = { en: 'Indiana', es: 'Indiana' };
const KENTUCKY = { en: 'Kentucky', es: 'Kentucky' };
const RHODE_ISLAND = { en: 'Rhode Island', es: 'Rhode Island' };

const WITH_THIRD_PARTIES = [...VIRGINIA_MODEL_RIGHTS, 'list_of_third_parties'] as const;

/** The US state laws that took effect in 2025 and 2026, in the order they took effect. */
export const LATE_STATE_LAWS: readonly PrivacyLaw[] = [
  stateLaw({
    id: 'icdpa',
    state: 'IA',
    stateName: IOWA,
    acronym: 'ICDPA',
    name: {
      en: 'Iowa Consumer Data Protection Act',
      es: 'Ley de Protección de Datos del Consumidor de Iowa',
    },
    inForceFrom: '2025-01-01',
    rights: NO_CORRECTION,
    otherRights: ['portability', 'opt_out_sale'],
    rightsNotes: {
      en: 'No right to correct. Deletion covers the personal data the consumer gave the company. 90 days to answer.',
      es: 'Sin derecho de rectificación. La supresión alcanza los datos que la persona facilitó a la empresa. 90 días para responder.',
    },
    respond: {
      period: days(90),
      citation: 'Iowa Code 715D.3(2)',
      extension: { period: days(45), citation: 'Iowa Code 715D.3(2)' },
    },
    appeal: appealWithin(60, 'Iowa Code 715D.3(3)'),
    authorities: [
      attorneyGeneral(
        IOWA,
        'www.iowaattorneygeneral.gov',
        'https://www.iowaattorneygeneral.gov/for-consumers/file-a-consumer-complaint',
      ),
    ],
    citation: 'Iowa Code 715D.1 to 715D.9',
    threshold:
      'Controls or processes the personal data of at least 100,000 Iowa consumers in a calendar year, or of at least 25,000 and derives over 50% of gross revenue from selling personal data.',
    sources: [
      { title: 'Iowa Code ch. 715D', url: 'https://www.legis.iowa.gov/docs/code/715D.pdf' },
    ],
  }),
  stateLaw({
    id: 'dpdpa',
    state: 'DE',
    stateName: DELAWARE,
    acronym: 'DPDPA',
    name: {
      en: 'Delaware Personal Data Privacy Act',
      es: 'Ley de Privacidad de Datos Personales de Delaware',
    },
    inForceFrom: '2025-01-01',
    otherRights: WITH_THIRD_PARTIES,
    respond: fortyFivePlusFortyFive('6 Del. C. 12D-104'),
    appeal: appealWithin(60, '6 Del. C. 12D-104'),
    authorities: [
      {
        name: {
          en: 'the Delaware Department of Justice (Attorney General)',
          es: 'el Departamento de Justicia de Delaware (Fiscal General)',
        },
        website: 'attorneygeneral.delaware.gov',
        complaintUrl: 'https://attorneygeneral.delaware.gov/fraud/cpu/complaint/',
      },
    ],
    citation: '6 Del. C. 12D-101 to 12D-111',
    threshold:
      'Controls or processes the personal data of 35,000 or more Delaware consumers (excluding payment-only data), or of 10,000 or more and derives over 20% of gross revenue from selling personal data.',
    sources: [
      { title: '6 Del. C. ch. 12D', url: 'https://delcode.delaware.gov/title6/c012d/index.html' },
    ],
  }),
  stateLaw({
    id: 'ndpa',
    state: 'NE',
    stateName: NEBRASKA,
    acronym: 'NDPA',
    name: { en: 'Nebraska Data Privacy Act', es: 'Ley de Privacidad de Datos de Nebraska' },
    inForceFrom: '2025-01-01',
    respond: fortyFivePlusFortyFive('Neb. Rev. Stat. 87-1108'),
    appeal: appealWithin(60, 'Neb. Rev. Stat. 87-1109'),
    authorities: [
      attorneyGeneral(
        NEBRASKA,
        'protectthegoodlife.nebraska.gov',
        'https://protectthegoodlife.nebraska.gov/file-a-consumer-complaint',
      ),
    ],
    citation: 'Neb. Rev. Stat. 87-1101 to 87-1130',
    threshold:
      'Conducts business in Nebraska or targets its residents, processes or sells personal data, and is not a small business as defined by the US Small Business Administration (a small business still needs consent to sell sensitive data).',
    sources: [
      {
        title: 'Nebraska LB 1074 (2024)',
        url: 'https://nebraskalegislature.gov/bills/view_bill.php?DocumentID=54911',
      },
    ],
  }),
  stateLaw({
    id: 'nhpa',
    state: 'NH',
    stateName: NEW_HAMPSHIRE,
    acronym: 'NHPA',
    name: {
      en: 'New Hampshire consumer data privacy law (RSA 507-H)',
      es: 'Ley de privacidad de datos del consumidor de Nuevo Hampshire (RSA 507-H)',
    },
    inForceFrom: '2025-01-01',
    respond: fortyFivePlusFortyFive('RSA 507-H:4'),
    appeal: appealWithin(60, 'RSA 507-H:4'),
    authorities: [
      attorneyGeneral(
        NEW_HAMPSHIRE,
        'www.doj.nh.gov',
        'https://www.doj.nh.gov/citizens/consumer-protection-antitrust-bureau/file-consumer-complaint',
      ),
    ],
    citation: 'RSA 507-H:1 to 507-H:12',
    threshold:
      'Controls or processes the personal data of at least 35,000 unique New Hampshire consumers (excluding payment-only data), or of at least 10,000 and derives over 25% of gross revenue from selling personal data.',
    sources: [
      { title: 'RSA ch. 507-H', url: 'https://gc.nh.gov/rsa/html/LII/507-H/507-H-mrg.htm' },
    ],
  }),
  stateLaw({
    id: 'njdpa',
    state: 'NJ',
    stateName: NEW_JERSEY,
    acronym: 'NJDPA',
    name: { en: 'New Jersey Data Privacy Act', es: 'Ley de Privacidad de Datos de Nueva Jersey' },
    inForceFrom: '2025-01-15',
    respond: fortyFivePlusFortyFive('N.J.S.A. 56:8-166.7(a)'),
    appeal: appealWithin(45, 'N.J.S.A. 56:8-166.7'),
    authorities: [
      {
        name: {
          en: 'the New Jersey Division of Consumer Affairs (Attorney General)',
          es: 'la División de Asuntos del Consumidor de Nueva Jersey (Fiscal General)',
        },
        website: 'www.njconsumeraffairs.gov',
        complaintUrl: 'https://www.njconsumeraffairs.gov/Pages/Consumer-Complaints.aspx',
      },
    ],
    citation: 'N.J.S.A. 56:8-166.4 to 56:8-166.19',
    threshold:
      'Controls or processes the personal data of at least 100,000 New Jersey consumers (excluding payment-only data), or of at least 25,000 and derives revenue or a discount from selling personal data.',
    sources: [
      {
        title: 'N.J.S.A. 56:8-166.7',
        url: 'https://casetext.com/statute/new-jersey-statutes/title-56-trade-names-trade-marks-and-unfair-trade-practices/chapter-568/section-568-1667-effective-1152025-personal-data-controller-verified-request-consumer-response-period',
      },
    ],
  }),
  stateLaw({
    id: 'tipa',
    state: 'TN',
    stateName: TENNESSEE,
    acronym: 'TIPA',
    name: {
      en: 'Tennessee Information Protection Act',
      es: 'Ley de Protección de la Información de Tennessee',
    },
    inForceFrom: '2025-07-01',
    respond: fortyFivePlusFortyFive('Tenn. Code Ann. 47-18-3306'),
    appeal: appealWithin(60, 'Tenn. Code Ann. 47-18-3306'),
    authorities: [
      attorneyGeneral(
        TENNESSEE,
        'www.tn.gov/attorneygeneral',
        'https://www.tn.gov/attorneygeneral/working-for-tennessee/consumer/file-a-complaint.html',
      ),
    ],
    citation: 'Tenn. Code Ann. 47-18-3301 to 47-18-3315',
    threshold:
      'Annual revenue over $25 million, and controls or processes the personal data of at least 175,000 Tennessee consumers in a calendar year, or of at least 25,000 and derives over 50% of gross revenue from selling personal data.',
    sources: [
      {
        title: 'Tennessee HB 1181 (2023)',
        url: 'https://wapp.capitol.tn.gov/apps/BillInfo/Default.aspx?BillNumber=HB1181&GA=113',
      },
    ],
  }),
  stateLaw({
    id: 'mncdpa',
    state: 'MN',
    stateName: MINNESOTA,
    acronym: 'MCDPA',
    name: {
      en: 'Minnesota Consumer Data Privacy Act',
      es: 'Ley de Privacidad de Datos del Consumidor de Minnesota',
    },
    inForceFrom: '2025-07-31',
    otherRights: WITH_THIRD_PARTIES,
    rightsNotes: {
      en: 'Also the right to question the result of profiling.',
      es: 'También el derecho a cuestionar el resultado de una elaboración de perfiles.',
    },
    respond: fortyFivePlusFortyFive('Minn. Stat. 325M.14 subd. 4'),
    appeal: {
      period: days(45),
      citation: 'Minn. Stat. 325M.14 subd. 5',
      extension: { period: days(60), citation: 'Minn. Stat. 325M.14 subd. 5' },
    },
    authorities: [
      attorneyGeneral(
        MINNESOTA,
        'www.ag.state.mn.us',
        'https://www.ag.state.mn.us/Office/Complaint.asp',
      ),
    ],
    citation: 'Minn. Stat. 325M.10 to 325M.21',
    threshold:
      'Controls or processes the personal data of 100,000 or more Minnesota consumers (excluding payment-only data), or of 25,000 or more and derives over 25% of gross revenue from selling personal data; small businesses as defined by the US Small Business Administration are exempt (but need consent to sell sensitive data).',
    sources: [
      { title: 'Minn. Stat. 325M.14', url: 'https://revisor.mn.gov/statutes/cite/325M.14' },
    ],
  }),
  stateLaw({
    id: 'modpa',
    state: 'MD',
    stateName: MARYLAND,
    acronym: 'MODPA',
    name: {
      en: 'Maryland Online Data Privacy Act',
      es: 'Ley de Privacidad de Datos en Línea de Maryland',
    },
    inForceFrom: '2025-10-01',
    otherRights: WITH_THIRD_PARTIES,
    respond: fortyFivePlusFortyFive('Md. Code Com. Law 14-4605'),
    appeal: appealWithin(60, 'Md. Code Com. Law 14-4605'),
    authorities: [
      {
        name: {
          en: 'the Maryland Attorney General (Consumer Protection Division)',
          es: 'el Fiscal General de Maryland (División de Protección al Consumidor)',
        },
        website: 'www.marylandattorneygeneral.gov',
        complaintUrl: 'https://www.marylandattorneygeneral.gov/Pages/CPD/complaint.aspx',
      },
    ],
    citation: 'Md. Code Com. Law 14-4601 to 14-4613',
    threshold:
      'Controls or processes the personal data of at least 35,000 Maryland consumers (excluding payment-only data), or of at least 10,000 and derives over 20% of gross revenue from selling personal data. Applies to processing from 2026-04-01.',
    sources: [
      {
        title: 'Maryland SB 541 (2024)',
        url: 'https://mgaleg.maryland.gov/mgawebsite/Legislation/Details/sb0541?ys=2024RS',
      },
    ],
  }),
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
    respond: fortyFivePlusFortyFive('Ind. Code 24-15-3-2'),
    appeal: appealWithin(60, 'Ind. Code 24-15-3-3'),
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
        title: 'Ind. Code 24-15 (SB 5, 2023)',
        url: 'https://iga.in.gov/legislative/2023/bills/senate/5',
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
    respond: fortyFivePlusFortyFive('KRS 367.3615'),
    appeal: appealWithin(60, 'KRS 367.3615'),
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
        title: 'Kentucky HB 15 (2024)',
        url: 'https://apps.legislature.ky.gov/record/24rs/hb15.html',
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
    respond: fortyFivePlusFortyFive('R.I. Gen. Laws 6-48.1-5'),
    appeal: appealWithin(60, 'R.I. Gen. Laws 6-48.1-5'),
    authorities: [
      attorneyGeneral(RHODE_ISLAND, 'riag.ri.gov', 'https://riag.ri.gov/forms/consumer-complaint'),
    ],
    citation: 'R.I. Gen. Laws 6-48.1-1 to 6-48.1-10',
    threshold:
      'Controls or processes the personal data of at least 35,000 Rhode Island customers (excluding payment-only data), or of at least 10,000 and derives over 20% of gross revenue from selling personal data.',
    sources: [
      {
        title: 'R.I. Gen. Laws ch. 6-48.1',
        url: 'https://webserver.rilegislature.gov/Statutes/TITLE6/6-48.1/INDEX.htm',
      },
    ],
  }),
];
