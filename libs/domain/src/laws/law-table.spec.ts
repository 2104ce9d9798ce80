import { appealDueDate, hasAppealClock, responseDueDate } from '../due-date';
import { REGIMES, SubmittableType } from '../request-kinds';
import { appealOpenUntil } from './appeal-window';
import { PRIVACY_LAW_LIST, privacyLaw } from './law-table';
import { REASONABLE_APPEAL_DAYS } from './privacy-law';

const LA = 'America/Los_Angeles';
/** A request (or an appeal) received on Monday 2 March 2026 in California. */
const RECEIVED = new Date('2026-03-02T17:00:00Z');

const ALL: SubmittableType[] = ['access', 'correct', 'delete', 'withdraw_consent'];
const NO_CORRECTION: SubmittableType[] = ['access', 'delete', 'withdraw_consent'];

interface Case {
  readonly id: (typeof REGIMES)[number];
  readonly inForceFrom: string | undefined;
  readonly citation: string;
  /** The answer is due on this date for a request received on 2026-03-02. */
  readonly dueOn: string;
  readonly extension: string | undefined;
  /** An appeal received on 2026-03-02 is decided by then; undefined where there is no appeal. */
  readonly appealDueOn: string | undefined;
  readonly appealExtension?: string;
  /** The subsection that sets the company's appeal clock. */
  readonly appealCitation?: string;
  /** The subsection that gives the person "a reasonable period" to appeal. */
  readonly windowCitation?: string;
  readonly authority: RegExp | undefined;
  /** Where the first authority takes complaints. */
  readonly complaintUrl: string | undefined;
  readonly rights: SubmittableType[];
}

const cases: Case[] = [
  { id: 'gdpr', inForceFrom: '2018-05-25', citation: 'GDPR Art. 12(3)', dueOn: '2026-04-02', extension: '2 months', appealDueOn: undefined, authority: /data protection authority of the country where you live/, complaintUrl: undefined, rights: ALL },
  { id: 'uk_gdpr', inForceFrom: '2021-01-01', citation: 'UK GDPR Art. 12(3)', dueOn: '2026-04-02', extension: '2 months', appealDueOn: undefined, authority: /Information Commissioner's Office/, complaintUrl: 'https://ico.org.uk/make-a-complaint/', rights: ALL },
  { id: 'ccpa', inForceFrom: '2020-01-01', citation: 'CCPA regs 7021(b)', dueOn: '2026-04-16', extension: '45 days', appealDueOn: undefined, authority: /California Privacy Protection Agency/, complaintUrl: 'https://cppa.ca.gov/webapplications/complaint', rights: ALL },
  { id: 'vcdpa', inForceFrom: '2023-01-01', citation: 'Va. Code 59.1-577(B)(1)', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-05-01', appealCitation: 'Va. Code 59.1-577(C)', windowCitation: 'Va. Code 59.1-577(C)', authority: /Virginia Attorney General/, complaintUrl: 'https://www.oag.state.va.us/consumer-protection/index.php/file-a-complaint', rights: ALL },
  { id: 'cpa', inForceFrom: '2023-07-01', citation: 'C.R.S. 6-1-1306(2)', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-04-16', appealExtension: '60 days', appealCitation: 'C.R.S. 6-1-1306(3)', windowCitation: 'C.R.S. 6-1-1306(3)', authority: /Colorado Attorney General/, complaintUrl: 'https://coag.gov/file-complaint/', rights: ALL },
  { id: 'ctdpa', inForceFrom: '2023-07-01', citation: 'Conn. Gen. Stat. 42-518(c)(1)', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-05-01', appealCitation: 'Conn. Gen. Stat. 42-518(d)', windowCitation: 'Conn. Gen. Stat. 42-518(d)', authority: /Connecticut Attorney General/, complaintUrl: 'https://portal.ct.gov/ag/sections/consumer-advocacy/consumer-advocacy', rights: ALL },
  { id: 'ucpa', inForceFrom: '2023-12-31', citation: 'Utah Code 13-61-203(2)', dueOn: '2026-04-16', extension: '45 days', appealDueOn: undefined, authority: /Utah Division of Consumer Protection/, complaintUrl: 'https://dcp.utah.gov/ucpa/', rights: ALL },
  { id: 'tdpsa', inForceFrom: '2024-07-01', citation: 'Tex. Bus. & Com. Code 541.052(b)', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-05-01', appealCitation: 'Tex. Bus. & Com. Code 541.053', windowCitation: 'Tex. Bus. & Com. Code 541.053', authority: /Texas Attorney General/, complaintUrl: 'https://texasattorneygeneral.gov/cpd/the-consumer-complaint-process', rights: ALL },
  { id: 'ocpa', inForceFrom: '2024-07-01', citation: 'ORS 646A.576(5)', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-04-16', appealCitation: 'ORS 646A.576(6)(d)', windowCitation: 'ORS 646A.576(6)(a)', authority: /Oregon Department of Justice/, complaintUrl: 'https://justice.oregon.gov/consumercomplaints/', rights: ALL },
  { id: 'mtcdpa', inForceFrom: '2024-10-01', citation: 'Mont. Code Ann. 30-14-2808(4)(a)', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-05-01', appealCitation: 'Mont. Code Ann. 30-14-2808', windowCitation: 'Mont. Code Ann. 30-14-2808', authority: /Montana Attorney General/, complaintUrl: 'https://dojmt.gov/consumer/consumer-complaints/', rights: ALL },
  { id: 'icdpa', inForceFrom: '2025-01-01', citation: 'Iowa Code 715D.3(2)', dueOn: '2026-05-31', extension: '45 days', appealDueOn: '2026-05-01', appealCitation: 'Iowa Code 715D.3(3)', windowCitation: 'Iowa Code 715D.3(3)', authority: /Iowa Attorney General/, complaintUrl: 'https://www.iowaattorneygeneral.gov/for-consumers/file-a-consumer-complaint', rights: NO_CORRECTION },
  { id: 'dpdpa', inForceFrom: '2025-01-01', citation: '6 Del. C. 12D-104(c)(1)', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-05-01', appealCitation: '6 Del. C. 12D-104(d)', windowCitation: '6 Del. C. 12D-104(d)', authority: /Delaware Department of Justice/, complaintUrl: 'https://attorneygeneral.delaware.gov/fraud/personal-data-privacy-portal/frequently-asked-questions', rights: ALL },
  { id: 'ndpa', inForceFrom: '2025-01-01', citation: 'Neb. Rev. Stat. 87-1108(2)', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-05-01', appealCitation: 'Neb. Rev. Stat. 87-1109(3)', windowCitation: 'Neb. Rev. Stat. 87-1109(1)', authority: /Nebraska Attorney General/, complaintUrl: 'https://protectthegoodlife.nebraska.gov/file-a-consumer-complaint', rights: ALL },
  { id: 'nhpa', inForceFrom: '2025-01-01', citation: 'RSA 507-H:4', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-05-01', appealCitation: 'RSA 507-H:4', windowCitation: 'RSA 507-H:4', authority: /New Hampshire Attorney General/, complaintUrl: 'https://www.doj.nh.gov/data-privacy-enforcement', rights: ALL },
  { id: 'njdpa', inForceFrom: '2025-01-15', citation: 'N.J.S.A. 56:8-166.7(a)', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-04-16', appealCitation: 'N.J.S.A. 56:8-166.7', windowCitation: 'N.J.S.A. 56:8-166.7', authority: /New Jersey Division of Consumer Affairs/, complaintUrl: 'https://www.njconsumeraffairs.gov/Pages/Consumer-Complaints.aspx', rights: ALL },
  { id: 'tipa', inForceFrom: '2025-07-01', citation: 'Tenn. Code Ann. 47-18-3304(b)(1)', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-05-01', appealCitation: 'Tenn. Code Ann. 47-18-3304', windowCitation: 'Tenn. Code Ann. 47-18-3304', authority: /Tennessee Attorney General/, complaintUrl: 'https://www.tn.gov/attorneygeneral/working-for-tennessee/consumer-affairs.html', rights: ALL },
  { id: 'mncdpa', inForceFrom: '2025-07-31', citation: 'Minn. Stat. 325M.14 subd. 4', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-04-16', appealExtension: '60 days', appealCitation: 'Minn. Stat. 325M.14 subd. 5', windowCitation: 'Minn. Stat. 325M.14 subd. 5', authority: /Minnesota Attorney General/, complaintUrl: 'https://www.ag.state.mn.us/Data-Privacy/Consumer', rights: ALL },
  { id: 'modpa', inForceFrom: '2025-10-01', citation: 'Md. Code Com. Law 14-4605', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-05-01', appealCitation: 'Md. Code Com. Law 14-4605', windowCitation: 'Md. Code Com. Law 14-4605', authority: /Maryland Attorney General/, complaintUrl: 'https://www.marylandattorneygeneral.gov/Pages/CPD/complaint.aspx', rights: ALL },
  { id: 'incdpa', inForceFrom: '2026-01-01', citation: 'Ind. Code 24-15-3-1(c)(1)', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-05-01', appealCitation: 'Ind. Code 24-15-3-1(d)', windowCitation: 'Ind. Code 24-15-3-1(d)', authority: /Indiana Attorney General/, complaintUrl: 'https://www.in.gov/attorneygeneral/consumer-protection-division/file-a-complaint/', rights: ALL },
  { id: 'kcdpa', inForceFrom: '2026-01-01', citation: 'KRS 367.3615(3)', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-05-01', appealCitation: 'KRS 367.3615(4)', windowCitation: 'KRS 367.3615(4)', authority: /Kentucky Attorney General/, complaintUrl: 'https://www.ag.ky.gov/Resources/Consumer-Resources/Consumers/Pages/Consumer-Complaints.aspx', rights: ALL },
  { id: 'ridtppa', inForceFrom: '2026-01-01', citation: 'R.I. Gen. Laws 6-48.1-6(b)(1)', dueOn: '2026-04-16', extension: '45 days', appealDueOn: '2026-05-01', appealCitation: 'R.I. Gen. Laws 6-48.1-6', windowCitation: 'R.I. Gen. Laws 6-48.1-6', authority: /Rhode Island Attorney General/, complaintUrl: 'https://riag.ri.gov/ConsumerProtection/About.php', rights: ALL },
  { id: 'company_policy', inForceFrom: undefined, citation: 'Company privacy policy', dueOn: '2026-04-16', extension: '45 days', appealDueOn: undefined, authority: undefined, complaintUrl: undefined, rights: ALL },
]; // prettier-ignore

const words = (period: { amount: number; unit: string } | undefined) =>
  period && `${period.amount} ${period.unit}`;

describe('the law table', () => {
  it('has one law for every regime a request can be stored under, and nothing else', () => {
    expect(PRIVACY_LAW_LIST.map((law) => law.id).sort()).toEqual([...REGIMES].sort());
    expect(cases.map((c) => c.id).sort()).toEqual([...REGIMES].sort());
  });

  describe.each(cases)('$id', (c) => {
    const law = privacyLaw(c.id);

    it(`is in force from ${c.inForceFrom ?? 'always'} and cites ${c.citation}`, () => {
      expect(law.inForceFrom).toBe(c.inForceFrom);
      expect(law.respond.citation).toBe(c.citation);
    });

    it(`answers a request received on 2026-03-02 by ${c.dueOn}, extendable by ${c.extension}`, () => {
      const due = responseDueDate(c.id, RECEIVED, LA);
      expect(due.dueOn).toBe(c.dueOn);
      expect(due.explanation).toContain(`(${c.citation})`);
      expect(words(law.respond.extension?.period)).toBe(
        c.extension?.replace('months', 'months').replace('days', 'days'),
      );
    });

    if (c.appealDueOn) {
      it(`decides an appeal received on 2026-03-02 by ${c.appealDueOn}${c.appealExtension ? `, extendable by ${c.appealExtension}` : ', with no extension'}`, () => {
        expect(hasAppealClock(c.id)).toBe(true);
        expect(appealDueDate(c.id, RECEIVED, LA).dueOn).toBe(c.appealDueOn);
        expect(words(law.appeal?.extension?.period)).toBe(c.appealExtension);
        expect(law.appeal?.citation).toBe(c.appealCitation);
      });

      it(`keeps the appeal open ${REASONABLE_APPEAL_DAYS} days from the refusal, the product's reading of "a reasonable period" in ${c.windowCitation}`, () => {
        expect(law.appealWindow).toEqual({
          kind: 'reasonable',
          days: REASONABLE_APPEAL_DAYS,
          citation: c.windowCitation,
        });
        // Refused on Monday 2 March 2026 in Los Angeles: the form closes at the end of 1 May.
        expect(appealOpenUntil(law, RECEIVED, undefined, LA)?.toISOString()).toBe(
          '2026-05-02T06:59:59.999Z',
        );
      });
    } else {
      it('offers no appeal: a refusal names the authority instead', () => {
        expect(hasAppealClock(c.id)).toBe(false);
        expect(() => appealDueDate(c.id, RECEIVED, LA)).toThrow('sets no appeal clock');
        expect(law.appealWindow).toBeUndefined();
      });
    }

    it(`names ${c.authority ?? 'no authority'} in English and Spanish, with a website and where to complain`, () => {
      if (!c.authority) {
        expect(law.authorities).toEqual([]);
        return;
      }
      expect(law.authorities[0].name.en).toMatch(c.authority);
      expect(law.authorities[0].name.es).not.toBe(law.authorities[0].name.en);
      expect(law.authorities[0].website).toMatch(/\w+\.\w+/);
      expect(law.authorities[0].complaintUrl).toBe(c.complaintUrl);
    });

    it(`grants ${c.rights.join(', ')}`, () => {
      expect(law.rights).toEqual(c.rights);
    });

    it('has names for people in English and Spanish, a source unless it is company policy', () => {
      expect(law.label.en).toBeTruthy();
      expect(law.label.es).toBeTruthy();
      expect(law.threshold.length).toBeGreaterThan(20);
      if (c.id !== 'company_policy') expect(law.sources.length).toBeGreaterThan(0);
    });
  });

  it('calls the GDPR "RGPD" in Spanish, and the UK law "RGPD del Reino Unido"', () => {
    expect(privacyLaw('gdpr').label).toEqual({ en: 'GDPR', es: 'RGPD' });
    expect(privacyLaw('uk_gdpr').label).toEqual({ en: 'UK GDPR', es: 'RGPD del Reino Unido' });
  });

  it('sends California residents to both the privacy agency and the Attorney General', () => {
    expect(privacyLaw('ccpa').authorities.map((a) => a.website)).toEqual([
      'cppa.ca.gov',
      'oag.ca.gov/privacy',
    ]);
  });

  it('asks for an acknowledgement only where the law does: the CCPA, in 10 business days', () => {
    const acknowledging = PRIVACY_LAW_LIST.filter((law) => law.acknowledge);
    expect(acknowledging.map((law) => law.id)).toEqual(['ccpa']);
    expect(acknowledging[0].acknowledge).toEqual({
      period: { amount: 10, unit: 'business_days' },
      citation: 'CCPA regs 7021(a)',
    });
  });
});
