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

const WITH_THIRD_PARTIES = [...VIRGINIA_MODEL_RIGHTS, 'list_of_third_parties'] as const;

/** The US state laws that took effect in 2025, in the order they took effect. */
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
    unverified:
      'The 90 + 45 days of 715D.3(2) are from a compliance checklist, not read in the statute; 715D.3(1) (rights) and 715D.3(3) (reasonable period to appeal, decided within 60 days, quoted below) were read.',
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
      { title: 'Iowa Code 715D.3', url: 'https://law.counselstack.com/statute/ia/715D.3' },
      {
        title: 'Iowa Code 715D.3(1) text (SF 262 section 3): rights',
        url: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page216.html',
      },
      {
        title: 'Iowa Code 715D.3(3) text: reasonable period to appeal, decided within 60 days',
        url: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page217.html',
      },
      {
        title: 'Iowa Code 715D.3(2): 90 days + 45 (compliance checklist)',
        url: 'https://www.datanuance.co/checklists/iowa',
      },
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
    respond: fortyFivePlusFortyFive('6 Del. C. 12D-104(c)(1)'),
    appeal: appealWithin(60, '6 Del. C. 12D-104(d)'),
    unverified:
      'The 60 days of 12D-104(d) are from a compliance checklist; 12D-104(c)(1) and (c)(2) were read.',
    authorities: [
      {
        name: {
          en: 'the Delaware Department of Justice (Attorney General)',
          es: 'el Departamento de Justicia de Delaware (Fiscal General)',
        },
        website: 'attorneygeneral.delaware.gov',
        complaintUrl:
          'https://attorneygeneral.delaware.gov/fraud/personal-data-privacy-portal/frequently-asked-questions',
      },
    ],
    citation: '6 Del. C. 12D-101 to 12D-111',
    threshold:
      'Controls or processes the personal data of 35,000 or more Delaware consumers (excluding payment-only data), or of 10,000 or more and derives over 20% of gross revenue from selling personal data.',
    sources: [
      { title: '6 Del. C. ch. 12D', url: 'https://delcode.delaware.gov/title6/c012d/index.html' },
      {
        title: '6 Del. C. 12D-104(c) text: 45 days + 45, refusal within 45 days with how to appeal',
        url: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page183.html',
      },
      {
        title: '6 Del. C. 12D-104(d): appeal decided within 60 days (compliance checklist)',
        url: 'https://www.datanuance.co/checklists/delaware',
      },
    ],
  }),
  stateLaw({
    id: 'ndpa',
    state: 'NE',
    stateName: NEBRASKA,
    acronym: 'NDPA',
    name: { en: 'Nebraska Data Privacy Act', es: 'Ley de Privacidad de Datos de Nebraska' },
    inForceFrom: '2025-01-01',
    respond: fortyFivePlusFortyFive('Neb. Rev. Stat. 87-1108(2)'),
    appeal: appealWithin(60, 'Neb. Rev. Stat. 87-1109(3)'),
    appealWindowCitation: 'Neb. Rev. Stat. 87-1109(1)',
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
        title: 'Neb. Rev. Stat. 87-1108(2)-(3): 45 days + 45, appeal under 87-1109',
        url: 'https://codes.findlaw.com/ne/chapter-87-trade-practices/ne-rev-st-sect-87-1108/',
      },
      {
        title:
          'Neb. Rev. Stat. 87-1109 text (LB 1074 section 9): reasonable period to appeal, decided by the sixtieth day',
        url: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page319.html',
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
    unverified:
      'The 45 + 45 days and the 60 days to decide an appeal are from secondary summaries; only RSA 507-H:4, I (rights) was read, not the subsections that set the clocks.',
    authorities: [
      attorneyGeneral(
        NEW_HAMPSHIRE,
        'www.doj.nh.gov',
        'https://www.doj.nh.gov/data-privacy-enforcement',
      ),
    ],
    citation: 'RSA 507-H:1 to 507-H:12',
    threshold:
      'Controls or processes the personal data of at least 35,000 unique New Hampshire consumers (excluding payment-only data), or of at least 10,000 and derives over 25% of gross revenue from selling personal data.',
    sources: [
      { title: 'RSA ch. 507-H', url: 'https://gc.nh.gov/rsa/html/LII/507-H/507-H-mrg.htm' },
      {
        title: 'RSA 507-H:4, I text: rights',
        url: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page335.html',
      },
      {
        title: 'RSA 507-H:4: 45 days (secondary summary)',
        url: 'https://www.recordinglaw.com/us-laws/data-privacy-laws/new-hampshire-data-privacy-laws/nhdpa-consumer-rights/',
      },
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
    unverified:
      'The 45 days to decide an appeal are from a secondary summary; their section was not read, nor whether they may be extended (modelled without extension, the earlier date). 56:8-166.7(a) and (c) were read.',
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
        title:
          'N.J.S.A. 56:8-166.7(a), (c): 45 days + 45, refusal within 45 days with how to appeal',
        url: 'https://casetext.com/statute/new-jersey-statutes/title-56-trade-names-trade-marks-and-unfair-trade-practices/chapter-568/section-568-1667-effective-1152025-personal-data-controller-verified-request-consumer-response-period',
      },
      {
        title: 'Appeal decided within 45 days (secondary summary)',
        url: 'https://boringdsar.com/jurisdiction-guides/new-jersey',
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
    respond: fortyFivePlusFortyFive('Tenn. Code Ann. 47-18-3304(b)(1)'),
    appeal: appealWithin(60, 'Tenn. Code Ann. 47-18-3304'),
    unverified:
      'The 60 days to decide an appeal and their subsection of 47-18-3304 are from secondary summaries; (a)(2) (rights) and (b)(1)-(2) (45 days + 45, refusal with how to appeal) were read.',
    authorities: [
      attorneyGeneral(
        TENNESSEE,
        'www.tn.gov/attorneygeneral',
        'https://www.tn.gov/attorneygeneral/working-for-tennessee/consumer-affairs.html',
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
      {
        title: 'Tenn. Code Ann. 47-18-3304(a)(2), (b)(1)-(2) text: rights, 45 days + 45',
        url: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page342.html',
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
    unverified:
      'Subd. 5 (appeal process required) was found but its 45 days + 60 were not read in the text (they follow the Colorado model the act copies); the 45 + 45 days are from the Attorney General guidance.',
    authorities: [
      attorneyGeneral(
        MINNESOTA,
        'www.ag.state.mn.us',
        'https://www.ag.state.mn.us/Data-Privacy/Consumer',
      ),
    ],
    citation: 'Minn. Stat. 325M.10 to 325M.21',
    threshold:
      'Controls or processes the personal data of 100,000 or more Minnesota consumers (excluding payment-only data), or of 25,000 or more and derives over 25% of gross revenue from selling personal data; small businesses as defined by the US Small Business Administration are exempt (but need consent to sell sensitive data).',
    sources: [
      { title: 'Minn. Stat. 325M.14', url: 'https://revisor.mn.gov/statutes/cite/325M.14' },
      {
        title: 'Minnesota AG: controller obligations (45 days + 45, refusal with how to appeal)',
        url: 'https://www.ag.state.mn.us/Data-Privacy/Business/Controller/Structural-Obligations.asp',
      },
      {
        title: 'Minn. Stat. 325M.14 subd. 5: appeal process required',
        url: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page287.html',
      },
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
    unverified:
      'The 45 + 45 days and the 60 days to decide an appeal are from a secondary summary, their subsections not read; 14-4605(b) (rights) was read.',
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
        title: 'Md. Code Com. Law 14-4605(b): rights',
        url: 'https://casetext.com/statute/code-of-maryland/article-commercial-law/title-14-miscellaneous-consumer-protection-provisions/subtitle-46-online-data-privacy-act/section-14-4605-effective-until-1012025-effective-1012025',
      },
      {
        title:
          '45 days + 45, appeal decided within 60 days, complaint to the Division (secondary summary)',
        url: 'https://magnifyi.com/governor-signs-new-maryland-online-data-protection-act-of-2024',
      },
    ],
  }),
];
