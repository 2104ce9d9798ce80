import { businessDays, days } from '../clock-rule';
import type { PrivacyLaw } from './privacy-law';
import { appealWithin, attorneyGeneral, fortyFivePlusFortyFive, stateLaw } from './state-law';

const CALIFORNIA = { en: 'California', es: 'California' };
const VIRGINIA = { en: 'Virginia', es: 'Virginia' };
const COLORADO = { en: 'Colorado', es: 'Colorado' };
const CONNECTICUT = { en: 'Connecticut', es: 'Connecticut' };
const UTAH = { en: 'Utah', es: 'Utah' };
const TEXAS = { en: 'Texas', es: 'Texas' };
const OREGON = { en: 'Oregon', es: 'Oregón' };
const MONTANA = { en: 'Montana', es: 'Montana' };

/** The US state laws in force by the end of 2024, in the order they took effect. */
export const EARLY_STATE_LAWS: readonly PrivacyLaw[] = [
  {
    ...stateLaw({
      id: 'ccpa',
      state: 'CA',
      stateName: CALIFORNIA,
      acronym: 'CCPA',
      name: {
        en: 'California Consumer Privacy Act, as amended by the California Privacy Rights Act',
        es: 'Ley de Privacidad del Consumidor de California, reformada por la Ley de Derechos de Privacidad de California',
      },
      inForceFrom: '2020-01-01',
      otherRights: ['portability', 'opt_out_sale', 'limit_sensitive_use'],
      rightsNotes: {
        en: 'Correction since 2023-01-01 (CPRA). Opt-out of sale and sharing and limiting the use of sensitive data take effect within 15 business days (regs 7026(f), 7027).',
        es: 'Rectificación desde el 1 de enero de 2023 (CPRA). La exclusión de la venta y la limitación del uso de datos sensibles se aplican en 15 días hábiles (regs 7026(f), 7027).',
      },
      respond: {
        period: days(45),
        citation: 'CCPA regs 7021(b)',
        extension: { period: days(45), citation: 'Civ. Code 1798.130(a)(2)' },
      },
      acknowledge: { period: businessDays(10), citation: 'CCPA regs 7021(a)' },
      authorities: [
        {
          name: {
            en: 'the California Privacy Protection Agency',
            es: 'la Agencia de Protección de la Privacidad de California',
          },
          website: 'cppa.ca.gov',
          complaintUrl: 'https://cppa.ca.gov/webapplications/complaint',
        },
        attorneyGeneral(
          CALIFORNIA,
          'oag.ca.gov/privacy',
          'https://oag.ca.gov/contact/consumer-complaint-against-business-or-company',
        ),
      ],
      citation: 'Cal. Civ. Code 1798.100 to 1798.199.100; Cal. Code Regs. tit. 11, 7000 to 7304',
      threshold:
        'A for-profit business doing business in California with annual gross revenue over $25 million (adjusted for inflation: $26,625,000 from 2025), or that buys, sells or shares the personal information of 100,000 or more California consumers or households, or that earns half or more of its annual revenue from selling or sharing personal information.',
      sources: [
        {
          title: 'Cal. Civ. Code 1798.130',
          url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.130',
        },
        { title: 'CCPA Regulations (CPPA)', url: 'https://cppa.ca.gov/regulations/' },
      ],
    }),
    label: { en: 'CCPA/CPRA', es: 'CCPA/CPRA' },
  },
  stateLaw({
    id: 'vcdpa',
    state: 'VA',
    stateName: VIRGINIA,
    acronym: 'VCDPA',
    name: {
      en: 'Virginia Consumer Data Protection Act',
      es: 'Ley de Protección de Datos del Consumidor de Virginia',
    },
    inForceFrom: '2023-01-01',
    respond: fortyFivePlusFortyFive('Va. Code 59.1-577(B)(1)'),
    appeal: appealWithin(60, 'Va. Code 59.1-577(C)'),
    unverified:
      'The 60 days of 59.1-577(C) are from a secondary summary; (B)(1) and (B)(2), which sends the person to subsection C to appeal, were read.',
    authorities: [
      attorneyGeneral(
        VIRGINIA,
        'www.oag.state.va.us/consumer-protection',
        'https://www.oag.state.va.us/consumer-protection/index.php/file-a-complaint',
      ),
    ],
    citation: 'Va. Code 59.1-575 to 59.1-584',
    threshold:
      'Controls or processes the personal data of at least 100,000 Virginia consumers in a calendar year, or of at least 25,000 and derives over 50% of gross revenue from selling personal data.',
    sources: [
      {
        title: 'Va. Code 59.1-577',
        url: 'https://law.lis.virginia.gov/vacode/title59.1/chapter53/section59.1-577/',
      },
      {
        title:
          'Va. Code 59.1-577(A)-(B) text: 45 days + 45, refusal within 45 days with how to appeal under subsection C',
        url: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page392.html',
      },
      {
        title: 'Appeal decided within 60 days (secondary summary)',
        url: 'https://www.litigationsupporttipofthenight.com/single-post/virgina-passes-data-privacy-legislation',
      },
    ],
  }),
  stateLaw({
    id: 'cpa',
    state: 'CO',
    stateName: COLORADO,
    acronym: 'CPA',
    name: { en: 'Colorado Privacy Act', es: 'Ley de Privacidad de Colorado' },
    inForceFrom: '2023-07-01',
    respond: fortyFivePlusFortyFive('C.R.S. 6-1-1306(2)'),
    appeal: {
      period: days(45),
      citation: 'C.R.S. 6-1-1306(3)',
      extension: { period: days(60), citation: 'C.R.S. 6-1-1306(3)' },
    },
    unverified:
      'Not read in the statute: the stored copy of 6-1-1306 showed subsection (1) only. The 45 + 45 days of (2) match a summary quoting the section; the 45 + 60 days of (3) are carried over from the earlier rules.',
    authorities: [attorneyGeneral(COLORADO, 'coag.gov', 'https://coag.gov/file-complaint/')],
    citation: 'C.R.S. 6-1-1301 to 6-1-1313; 4 CCR 904-3',
    threshold:
      'Controls or processes the personal data of 100,000 or more Colorado consumers in a calendar year, or of 25,000 or more and derives revenue or a discount from selling personal data.',
    sources: [
      {
        title: 'Colorado Privacy Act (coag.gov)',
        url: 'https://coag.gov/resources/colorado-privacy-act/',
      },
      {
        title: 'C.R.S. 6-1-1306(2): 45 days + 45 (summary quoting the section)',
        url: 'https://reggi.ai/posts/can-i/privacy/can-i-ignore-consumer-requests-for-information-or-deletion-in-colorado-what-are-the-requirements-ec54',
      },
      {
        title: 'C.R.S. 6-1-1306 (casetext)',
        url: 'https://casetext.com/statute/colorado-revised-statutes/title-6-consumer-and-commercial-affairs/fair-trade-and-restraint-of-trade/article-1-colorado-consumer-protection-act/part-13-colorado-privacy-act/section-6-1-1306-consumer-personal-data-rights-repeal',
      },
    ],
  }),
  stateLaw({
    id: 'ctdpa',
    state: 'CT',
    stateName: CONNECTICUT,
    acronym: 'CTDPA',
    name: {
      en: 'Connecticut Data Privacy Act',
      es: 'Ley de Privacidad de Datos de Connecticut',
    },
    inForceFrom: '2023-07-01',
    respond: fortyFivePlusFortyFive('Conn. Gen. Stat. 42-518(c)(1)'),
    appeal: appealWithin(60, 'Conn. Gen. Stat. 42-518(d)'),
    unverified:
      'The 60 days of 42-518(d) are from a secondary summary; (c)(1) and (c)(2) were read.',
    authorities: [
      attorneyGeneral(
        CONNECTICUT,
        'portal.ct.gov/ag',
        'https://portal.ct.gov/ag/sections/consumer-advocacy/consumer-advocacy',
      ),
    ],
    citation: 'Conn. Gen. Stat. 42-515 to 42-526',
    threshold:
      'Controls or processes the personal data of at least 100,000 Connecticut consumers (excluding data processed only to complete a payment), or of at least 25,000 and derives over 25% of gross revenue from selling personal data. From 2026-07-01 (Public Act 25-113): 35,000 consumers, or any sensitive data, or any sale of personal data.',
    sources: [
      {
        title: 'Conn. Gen. Stat. ch. 743jj',
        url: 'https://www.cga.ct.gov/current/pub/chap_743jj.htm',
      },
      {
        title:
          'Conn. Gen. Stat. 42-518(c) text: 45 days + 45, refusal within 45 days with how to appeal',
        url: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page166.html',
      },
      {
        title: 'Appeal decided within 60 days (secondary summary)',
        url: 'https://revisionlegal.com/internet-law/connecticut-data-privacy-act-dispute-resolution/',
      },
    ],
  }),
  stateLaw({
    id: 'ucpa',
    state: 'UT',
    stateName: UTAH,
    acronym: 'UCPA',
    name: { en: 'Utah Consumer Privacy Act', es: 'Ley de Privacidad del Consumidor de Utah' },
    inForceFrom: '2023-12-31',
    // Utah Code 13-61-201(4) as amended by HB 418 (2025): correction from 2026-07-01.
    rightsFrom: { correct: '2026-07-01' },
    otherRights: ['portability', 'opt_out_sale', 'opt_out_targeted_advertising'],
    rightsNotes: {
      en: 'Correction since 2026-07-01 (HB 418, 2025; 13-61-201(4)). Deletion covers the personal data the consumer gave the company. No appeal.',
      es: 'Rectificación desde el 1 de julio de 2026 (HB 418, 2025; 13-61-201(4)). La supresión alcanza los datos que la persona facilitó a la empresa. Sin recurso.',
    },
    respond: fortyFivePlusFortyFive('Utah Code 13-61-203(2)'),
    unverified:
      'The right to correct (13-61-201(4), from 2026-07-01) is from research copies of the amended section and a summary of HB 418, not from the session law; 13-61-203(2)(a)-(b) was read.',
    authorities: [
      {
        name: {
          en: 'the Utah Division of Consumer Protection',
          es: 'la División de Protección al Consumidor de Utah',
        },
        website: 'dcp.utah.gov',
        complaintUrl: 'https://dcp.utah.gov/ucpa/',
      },
    ],
    citation: 'Utah Code 13-61-101 to 13-61-404',
    threshold:
      'Annual revenue of $25 million or more, and controls or processes the personal data of 100,000 or more Utah consumers in a calendar year, or of 25,000 or more and derives over 50% of gross revenue from selling personal data.',
    sources: [
      { title: 'Utah Code 13-61', url: 'https://le.utah.gov/xcode/Title13/Chapter61/13-61.html' },
      {
        title: 'Utah Code 13-61-203(2): 45 days + 45 (FindLaw)',
        url: 'https://codes.findlaw.com/ut/title-13-commerce-and-trade/ut-code-sect-13-61-203/',
      },
      {
        title: 'Utah Code 13-61-201(4) as amended: right to correct',
        url: 'https://lexace.ai/us/statute/utah/13-61-201',
      },
      {
        title: 'HB 418: right to correct from 2026-07-01 (summary)',
        url: 'https://jcitco.com/blog-utah-privacy-right-to-correct',
      },
      {
        title: 'Utah Division of Consumer Protection: complaint form at dcp.utah.gov/ucpa',
        url: 'https://www.einpresswire.com/article/679831044/news-alert-important-new-protections-on-personal-data-go-into-effect-for-utah-consumers',
      },
    ],
  }),
  stateLaw({
    id: 'tdpsa',
    state: 'TX',
    stateName: TEXAS,
    acronym: 'TDPSA',
    name: {
      en: 'Texas Data Privacy and Security Act',
      es: 'Ley de Privacidad y Seguridad de Datos de Texas',
    },
    inForceFrom: '2024-07-01',
    respond: fortyFivePlusFortyFive('Tex. Bus. & Com. Code 541.052(b)'),
    appeal: appealWithin(60, 'Tex. Bus. & Com. Code 541.053'),
    unverified:
      'The 60 days of 541.053 are carried over from the earlier rules, not re-read. Read: 541.052(b)-(c) (45 days + 45, refusal with how to appeal under 541.053) and 541.152 (the Attorney General takes complaints online).',
    authorities: [
      attorneyGeneral(
        TEXAS,
        'www.texasattorneygeneral.gov/consumer-protection',
        'https://texasattorneygeneral.gov/cpd/the-consumer-complaint-process',
      ),
    ],
    citation: 'Tex. Bus. & Com. Code 541.001 to 541.205',
    threshold:
      'Conducts business in Texas or targets its residents, processes or sells personal data, and is not a small business as defined by the US Small Business Administration (a small business still needs consent to sell sensitive data).',
    sources: [
      {
        title: 'Tex. Bus. & Com. Code ch. 541',
        url: 'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.541.htm',
      },
      {
        title:
          'Tex. Bus. & Com. Code 541.052(b)-(c): 45 days + 45, refusal with how to appeal (FindLaw)',
        url: 'https://codes.findlaw.com/tx/business-and-commerce-code/bus-com-sect-541-052/',
      },
      {
        title:
          'Tex. Bus. & Com. Code 541.151-541.152: the Attorney General enforces and takes complaints online',
        url: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page366.html',
      },
    ],
  }),
  stateLaw({
    id: 'ocpa',
    state: 'OR',
    stateName: OREGON,
    acronym: 'OCPA',
    name: { en: 'Oregon Consumer Privacy Act', es: 'Ley de Privacidad del Consumidor de Oregón' },
    inForceFrom: '2024-07-01',
    otherRights: [
      'portability',
      'opt_out_sale',
      'opt_out_targeted_advertising',
      'opt_out_profiling',
      'list_of_third_parties',
    ],
    respond: fortyFivePlusFortyFive('ORS 646A.576(5)'),
    appeal: appealWithin(45, 'ORS 646A.576(6)(d)'),
    appealWindowCitation: 'ORS 646A.576(6)(a)',
    unverified:
      'The 45 + 45 days of 646A.576(5) were not read in the statute; the appeal was: (6)(a) a reasonable period to appeal, (6)(d) decided within 45 days, no extension.',
    authorities: [
      {
        name: {
          en: 'the Oregon Department of Justice (Attorney General)',
          es: 'el Departamento de Justicia de Oregón (Fiscal General)',
        },
        website: 'www.doj.state.or.us/consumer-protection/',
        complaintUrl: 'https://justice.oregon.gov/consumercomplaints/',
      },
    ],
    citation: 'ORS 646A.570 to 646A.589',
    threshold:
      'Controls or processes the personal data of 100,000 or more Oregon consumers in a calendar year (excluding data processed only to complete a payment), or of 25,000 or more and derives 25% or more of gross revenue from selling personal data. Non-profits from 2025-07-01.',
    sources: [
      { title: 'ORS 646A.576', url: 'https://oregon.public.law/statutes/ors_646a.576' },
      {
        title: 'ORS 646A.576(6)(a)-(d) text: reasonable period to appeal, decided within 45 days',
        url: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page364.html',
      },
      {
        title: 'Oregon DOJ privacy FAQs',
        url: 'https://www.doj.state.or.us/media-home/news-media-releases/faq_category/business-privacy-faqs/',
      },
    ],
  }),
  stateLaw({
    id: 'mtcdpa',
    state: 'MT',
    stateName: MONTANA,
    acronym: 'MCDPA',
    name: {
      en: 'Montana Consumer Data Privacy Act',
      es: 'Ley de Privacidad de Datos del Consumidor de Montana',
    },
    inForceFrom: '2024-10-01',
    respond: fortyFivePlusFortyFive('Mont. Code Ann. 30-14-2808(4)(a)'),
    appeal: appealWithin(60, 'Mont. Code Ann. 30-14-2808'),
    unverified:
      'The 60 days to decide an appeal and their subsection of 30-14-2808 are from secondary summaries; read: (4)(a) 45 + 45 days, and the end of the appeal subsection (a denied appeal points to the Attorney General).',
    authorities: [
      attorneyGeneral(
        MONTANA,
        'dojmt.gov/consumer',
        'https://dojmt.gov/consumer/consumer-complaints/',
      ),
    ],
    citation: 'Mont. Code Ann. 30-14-2801 to 30-14-2817',
    threshold:
      'Controls or processes the personal data of 50,000 or more Montana consumers (excluding payment-only data), or of 25,000 or more and derives over 25% of gross revenue from selling personal data; lowered to 25,000 and 15,000 from 2025-10-01 (SB 297).',
    sources: [
      {
        title: 'Mont. Code Ann. 30-14-28',
        url: 'https://leg.mt.gov/bills/mca/title_0300/chapter_0140/part_0280/sections_index.html',
      },
      {
        title: 'Mont. Code Ann. 30-14-2808(4) text (SB 384 section 4): 45 days + 45',
        url: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page258.html',
      },
      {
        title:
          'Mont. Code Ann. 30-14-2808, end of the appeal subsection: complaint to the Attorney General',
        url: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page303.html',
      },
    ],
  }),
];
