import type { Regime } from '../request-kinds';
import type { FigureSource, Source } from './privacy-law';

const DESKBOOK = 'GDPR and US States General Privacy Laws Deskbook';
const deskbook = (page: number, what: string): Source => ({
  title: `${what} (${DESKBOOK}, page ${page})`,
  url: `https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page${page}.html`,
});

const DELAWARE_PRIVACY_FAQ: Source = {
  title: 'Delaware DOJ: Personal Data Privacy Portal, Frequently Asked Questions',
  url: 'https://attorneygeneral.delaware.gov/fraud/personal-data-privacy-portal/frequently-asked-questions',
};

const EARLIER_READING =
  'the earlier reading of the section (sources above); its words were not re-read for this table';

/** Where the figures of the state laws that took effect in 2025 and 2026 come from. */
export const LATE_FIGURE_SOURCES: Partial<Record<Regime, readonly FigureSource[]>> = {
  icdpa: [
    {
      figure: 'answer',
      section: 'Iowa Code 715D.3(2)',
      restsOn:
        'a compliance checklist (datanuance.co: "within ninety (90) days of receipt, with a possible extension of forty-five (45) additional days"); subsection 2(a) was not found in the stored material',
    },
    {
      figure: 'appeal',
      section: 'Iowa Code 715D.3(3) (SF 262 section 3)',
      words:
        'Within sixty days of receipt of an appeal, a controller shall inform the consumer in writing of any action taken or not taken in response to the appeal, including a written explanation of the reasons for the decision.',
      source: deskbook(217, 'Iowa Code 715D.3(2)(d)-(3)'),
    },
    {
      figure: 'complaints',
      section: 'the Iowa Attorney General, Consumer Protection Division',
      restsOn:
        'the earlier table; the Attorney General\'s stored pages mention "the standard complaint form" without its address',
    },
  ],
  dpdpa: [
    {
      figure: 'in_force',
      section: '6 Del. C. ch. 12D',
      words: 'The DPDP Act takes effect on January 1, 2025.',
      source: DELAWARE_PRIVACY_FAQ,
    },
    {
      figure: 'answer',
      section: '6 Del. C. 12D-104(c)(1)',
      words:
        "A controller shall respond to the consumer without undue delay, but not later than 45 days after receipt of the request. The controller may extend the response period by 45 additional days when reasonably necessary, considering the complexity and number of the consumer's requests, provided the controller informs the consumer of any such extension within the initial 45-day response period and of the reason for the extension.",
      source: deskbook(183, '6 Del. C. 12D-104(b)-(c)'),
    },
    {
      figure: 'appeal',
      section: '6 Del. C. 12D-104(d)',
      restsOn:
        'a compliance checklist (datanuance.co); subsection (d) was not found in the stored material',
    },
    {
      figure: 'complaints',
      section: 'the Delaware Department of Justice, Fraud and Consumer Protection Division',
      words:
        'The DPDPA requires companies disclose a mechanism for consumers to contact the Department of Justice to submit a complaint. Companies should direct consumers to submit a complaint by email to privacy@delaware.gov.',
      source: DELAWARE_PRIVACY_FAQ,
    },
  ],
  ndpa: [
    { figure: 'answer', section: 'Neb. Rev. Stat. 87-1108(2)', restsOn: EARLIER_READING },
    { figure: 'appeal', section: 'Neb. Rev. Stat. 87-1109(3)', restsOn: EARLIER_READING },
    {
      figure: 'complaints',
      section: 'the Nebraska Attorney General, Consumer Protection Division',
      restsOn:
        'the earlier table; the address was not seen: the Attorney General\'s own page only says mediation "is started by filing a Consumer Complaint with our office"',
      source: {
        title: 'Nebraska Attorney General: Consumer Protection',
        url: 'http://ago.nebraska.gov/consumer/',
      },
    },
  ],
  nhpa: [
    {
      figure: 'in_force',
      section: 'RSA 507-H',
      words: 'The NHDPA is effective as of January 1, 2025.',
      source: {
        title: 'New Hampshire DOJ: Data Privacy Enforcement',
        url: 'https://www.doj.nh.gov/data-privacy-enforcement',
      },
    },
    {
      figure: 'answer',
      section: 'RSA 507-H:4',
      restsOn:
        'a secondary summary (recordinglaw.com); only RSA 507-H:4, I-II (rights) was found in the stored material (deskbook page 335)',
    },
    {
      figure: 'appeal',
      section: 'RSA 507-H:4',
      restsOn:
        'secondary summaries; the paragraph that sets the 60 days was not found in the stored material',
    },
    {
      figure: 'complaints',
      section: 'the New Hampshire Attorney General, Data Privacy Unit',
      words:
        'If you would like to report a violation of the NHDPA, email DOJ-CPB@doj.nh.gov or complete a Consumer Protection Complaint Form.',
      source: {
        title: 'New Hampshire DOJ: Data Privacy Enforcement',
        url: 'https://www.doj.nh.gov/data-privacy-enforcement',
      },
    },
  ],
  njdpa: [
    {
      figure: 'in_force',
      section: 'P.L. 2023, c. 266',
      words:
        'On January 16, 2024, Governor Phil Murphy signed the New Jersey Data Privacy Law, P.L. 2023, c. 266. The law went into effect on January 15, 2025.',
      source: {
        title: 'New Jersey Division of Consumer Affairs (site notice)',
        url: 'https://njconsumeraffairs.gov/News/Pages/07252013.aspx',
      },
    },
    { figure: 'answer', section: 'N.J.S.A. 56:8-166.7(a)', restsOn: EARLIER_READING },
    {
      figure: 'appeal',
      section: 'N.J.S.A. 56:8-166.7',
      restsOn:
        'a secondary summary (boringdsar.com); the subsection and whether the 45 days may be extended were not found in the stored material',
    },
    {
      figure: 'complaints',
      section: 'the New Jersey Division of Consumer Affairs',
      restsOn:
        'the earlier table; no stored page of the Division gives the address of its complaint form',
    },
  ],
  tipa: [
    {
      figure: 'in_force',
      section: 'Tenn. Code Ann. 47-18-3304',
      words: 'Section 47-18-3304 - [Effective 7/1/2025] Personal information rights - Consumers',
      source: {
        title: 'Tenn. Code Ann. 47-18-3304 (casetext)',
        url: 'https://casetext.com/statute/tennessee-code/title-47-commercial-instruments-and-transactions/chapter-18-consumer-protection/part-33-authorized-vehicle-immobilization-device-operator/section-47-18-3304-effective-712025-personal-information-rights-consumers',
      },
    },
    {
      figure: 'answer',
      section: 'Tenn. Code Ann. 47-18-3304(b)(1)',
      words:
        "A controller shall respond to the consumer without undue delay, but in all cases within forty-five (45) days of receipt of a request submitted pursuant to subsection (a). The response period may be extended once by forty-five (45) additional days when reasonably necessary, taking into account the complexity and number of the consumer's requests, so long as the controller informs the consumer of the extension within the initial forty-five-day response period, together with the reason for the extension;",
      source: deskbook(342, 'Tenn. Code Ann. 47-18-3304(a)-(b)'),
    },
    {
      figure: 'appeal',
      section: 'Tenn. Code Ann. 47-18-3304',
      restsOn:
        'secondary summaries (boringdsar.com); the subsection was not found in the stored material',
    },
    {
      figure: 'complaints',
      section: 'the Tennessee Attorney General, Division of Consumer Affairs',
      words:
        'The Division of Consumer Affairs is the clearinghouse for consumer complaints about unfair or deceptive acts or practices conducted within this state.',
      source: {
        title: 'Tennessee Attorney General: Consumer Affairs',
        url: 'https://www.tn.gov/attorneygeneral/working-for-tennessee/consumer-affairs.html',
      },
    },
  ],
  mncdpa: [
    {
      figure: 'answer',
      section: 'Minn. Stat. 325M.14 subd. 4, as the Attorney General states it',
      words:
        "Generally, controllers have 45 days to comply with a consumer's request and inform the consumer of the action taken. In some cases, a controller may extend this deadline by an additional 45 days when reasonably necessary but must inform the consumer of the delay and the reason for the delay.",
      source: {
        title: 'Minnesota Attorney General: Steps You Must Take to Honor Consumer Privacy Rights',
        url: 'https://www.ag.state.mn.us/Data-Privacy/Business/Controller/Structural-Obligations.asp',
      },
    },
    {
      figure: 'appeal',
      section: 'Minn. Stat. 325M.14 subd. 5',
      restsOn:
        'the Colorado model the act copies (45 days + 60); the stored revisor page for 325M.14 could be read to subd. 1 only',
    },
    {
      figure: 'complaints',
      section: 'the Minnesota Attorney General',
      words:
        "If a company doesn't respond within 45 days, you can submit a complaint to the Attorney General's Office.",
      source: {
        title: 'Minnesota Attorney General: MCDPA, Information for Consumers',
        url: 'https://www.ag.state.mn.us/Data-Privacy/Consumer',
      },
    },
  ],
  modpa: [
    {
      figure: 'in_force',
      section: 'Md. Laws 2024, ch. 455, section 3',
      restsOn:
        'the act\'s own date (1 October 2025; casetext heads 14-4605 "[Effective 10/1/2025]"); secondary sources quote its section 3: it does not "have any effect on or application to any personal data processing activities before April 1, 2026"; the session law itself was not found in the stored material, and whether a request received before that day counts under the act is not settled by this table',
    },
    {
      figure: 'answer',
      section: 'Md. Code Com. Law 14-4605',
      restsOn:
        'a secondary summary (magnifyi.com); the stored copy of 14-4605 could be read to (d) only, before the clocks',
    },
    {
      figure: 'appeal',
      section: 'Md. Code Com. Law 14-4605',
      restsOn:
        'a secondary summary (magnifyi.com); the subsection was not found in the stored material',
    },
    {
      figure: 'complaints',
      section: 'the Maryland Attorney General, Consumer Protection Division',
      restsOn:
        "the earlier table; the Attorney General's older privacy guide names http://www.oag.state.md.us/Consumer/complaint.htm, the address on marylandattorneygeneral.gov was not seen",
    },
  ],
  incdpa: [
    { figure: 'answer', section: 'Ind. Code 24-15-3-1(c)(1)', restsOn: EARLIER_READING },
    {
      figure: 'appeal',
      section: 'Ind. Code 24-15-3-1(d)',
      restsOn: 'the earlier table; subsection (d) was not found in the stored material',
    },
    {
      figure: 'complaints',
      section: 'the Indiana Attorney General, Consumer Protection Division',
      restsOn:
        "the earlier table; no stored page of the Attorney General gives the complaint form's address",
    },
  ],
  kcdpa: [
    {
      figure: 'in_force',
      section: 'KRS 367.3611 to 367.3629',
      words: '367.3617 [...] (Effective January 1, 2026)',
      source: deskbook(229, 'KRS 367.3615(3)(e)-(4), 367.3617'),
    },
    {
      figure: 'answer',
      section: 'KRS 367.3615(3)(a)',
      restsOn:
        'secondary summaries (recordinglaw.com, zephtech.net); subsection (3)(a) was not found in the stored material (the deskbook page after it, 229, starts at (3)(e))',
    },
    {
      figure: 'appeal',
      section: 'KRS 367.3615(4)',
      words:
        'Within sixty (60) days of receipt of an appeal, a controller shall inform the consumer in writing of any action taken or not taken in response to the appeal, including a written explanation of the reasons for the decisions.',
      source: deskbook(229, 'KRS 367.3615(3)(e)-(4), 367.3617'),
    },
    {
      figure: 'complaints',
      section: 'the Kentucky Attorney General, Office of Consumer Protection',
      words:
        'If you would like assistance in resolving a consumer complaint, please complete our Online Consumer Complaint and Mediation Request Form',
      source: {
        title: 'Kentucky Attorney General: Consumer Complaints',
        url: 'https://www.ag.ky.gov/Resources/Consumer-Resources/Consumers/Pages/Consumer-Complaints.aspx',
      },
    },
  ],
  ridtppa: [
    { figure: 'answer', section: 'R.I. Gen. Laws 6-48.1-6(b)(1)', restsOn: EARLIER_READING },
    {
      figure: 'appeal',
      section: 'R.I. Gen. Laws 6-48.1-6',
      restsOn:
        'a secondary summary (recordinglaw.com); the subsection was not found in the stored material',
    },
    {
      figure: 'complaints',
      section: 'the Rhode Island Attorney General, Consumer Protection Unit',
      words: 'To file a consumer complaint, click here for an online complaint form',
      source: {
        title: 'Rhode Island Attorney General: About the Consumer Protection Unit',
        url: 'https://riag.ri.gov/ConsumerProtection/About.php',
      },
    },
  ],
};
