import type { FigureSource, Source } from './privacy-law';
import type { Regime } from '../request-kinds';

const DESKBOOK = 'GDPR and US States General Privacy Laws Deskbook';
const deskbook = (page: number, what: string): Source => ({
  title: `${what} (${DESKBOOK}, page ${page})`,
  url: `https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page${page}.html`,
});

/** Where the figures of the state laws in force by the end of 2024 come from. */
export const EARLY_FIGURE_SOURCES: Partial<Record<Regime, readonly FigureSource[]>> = {
  vcdpa: [
    {
      figure: 'in_force',
      section: 'Va. Code 59.1-575 to 59.1-584',
      words:
        "The Virginia Attorney General's Office has been enforcing the VCDPA since it went into effect on January 1, 2023.",
      source: {
        title:
          'Virginia Attorney General, news release of 28 January 2025 (as republished by EIN Presswire)',
        url: 'https://www.einpresswire.com/article/781026843/january-28-2025-attorney-general-miyares-highlights-virginians-consumer-data-rights-on-data-privacy-day',
      },
    },
    {
      figure: 'answer',
      section: 'Va. Code 59.1-577(B)(1)',
      words:
        "A controller shall respond to the consumer without undue delay, but in all cases within 45 days of receipt of the request submitted pursuant to the methods described in subsection A. The response period may be extended once by 45 additional days when reasonably necessary, taking into account the complexity and number of the consumer's requests, so long as the controller informs the consumer of any such extension within the initial 45-day response period, together with the reason for the extension.",
      source: deskbook(392, 'Va. Code 59.1-577(A)-(B)'),
    },
    {
      figure: 'appeal',
      section: 'Va. Code 59.1-577(C)',
      restsOn:
        'a secondary summary (litigationsupporttipofthenight.com); subsection C was not found in the stored material, only (A) and (B)',
    },
    {
      figure: 'complaints',
      section: 'the Virginia Attorney General, Consumer Protection Section',
      restsOn:
        'the earlier table; the address of the form was not seen: the Section\'s own page only says it "serves as the central clearinghouse in Virginia for consumer complaints"',
      source: {
        title: 'Virginia Attorney General: Consumer Protection, About Us',
        url: 'https://oag.state.va.us/consumer-protection/about-us',
      },
    },
  ],
  cpa: [
    {
      figure: 'in_force',
      section: 'C.R.S. 6-1-1301 to 6-1-1313',
      words: 'Colorado Privacy Act (effective July 1, 2023)',
      source: {
        title: 'Colorado Privacy Act, statute text (privacy.gtlaw.com)',
        url: 'https://privacy.gtlaw.com/colorado/',
      },
    },
    {
      figure: 'answer',
      section: 'C.R.S. 6-1-1306(2)',
      restsOn:
        'a summary quoting the section (reggi.ai); (2) was not found in the stored material, whose copies of 6-1-1306 (casetext, privacy.gtlaw.com) show subsection (1) only',
    },
    {
      figure: 'appeal',
      section: 'C.R.S. 6-1-1306(3)',
      restsOn:
        'the earlier rules of this product (45 days + 60, the Colorado model Minnesota copies); subsection (3) was not found in the stored material',
    },
    {
      figure: 'complaints',
      section: 'the Colorado Attorney General',
      words: 'READY TO FILE YOUR COMPLAINT? CLICK ON A PROBLEM AREA BELOW TO GET STARTED',
      source: {
        title: 'Colorado Attorney General: File a complaint',
        url: 'https://coag.gov/file-complaint/',
      },
    },
  ],
  ctdpa: [
    {
      figure: 'in_force',
      section: 'Conn. Gen. Stat. 42-515 to 42-525',
      words: 'History: P.A. 22-15 effective July 1, 2023.',
      source: deskbook(173, 'Conn. Gen. Stat. 42-524(g)-42-525'),
    },
    {
      figure: 'answer',
      section: 'Conn. Gen. Stat. 42-518(c)(1)',
      words:
        "A controller shall respond to the consumer without undue delay, but not later than forty-five days after receipt of the request. The controller may extend the response period by forty-five additional days when reasonably necessary, considering the complexity and number of the consumer's requests, provided the controller informs the consumer of any such extension within the initial forty-five-day response period and of the reason for the extension.",
      source: deskbook(166, 'Conn. Gen. Stat. 42-518(c)'),
    },
    {
      figure: 'appeal',
      section: 'Conn. Gen. Stat. 42-518(d)',
      restsOn:
        'a secondary summary (revisionlegal.com) and a third-party quotation of P.A. 22-15 section 4(d), "not later than sixty days after receipt of an appeal"; subsection (d) itself was not found in the stored material',
    },
    {
      figure: 'complaints',
      section: 'the Connecticut Attorney General, Consumer Advocacy Section',
      words:
        'The Consumer Advocacy Section is the clearinghouse for Connecticut constituent and consumer complaints involving potential unfair or deceptive acts or practices impacting Connecticut citizens or businesses. [...] Consumers may use this link to file a complaint',
      source: {
        title: 'Connecticut Attorney General: Consumer Advocacy',
        url: 'https://portal.ct.gov/ag/sections/consumer-advocacy/consumer-advocacy',
      },
    },
  ],
  ucpa: [
    {
      figure: 'in_force',
      section: 'Utah Code 13-61-203',
      words: 'Effective 12/31/2023',
      source: {
        title: 'Utah Code 13-61-203 (self-law.org research copy)',
        url: 'https://self-law.org/code/ut/title-13/chapter-61/13-61-203',
      },
    },
    {
      figure: 'answer',
      section: 'Utah Code 13-61-203(2)(a)-(b)',
      words:
        "Within 45 days after the day on which a controller receives a request to exercise a right, the controller shall: (i) take action on the consumer's request; and (ii) inform the consumer of any action taken on the consumer's request. (b) The controller may extend once the initial 45-day period by an additional 45 days if reasonably necessary due to the complexity of the request or the volume of the requests received by the controller.",
      source: {
        title: 'Utah Code 13-61-203 (FindLaw)',
        url: 'https://codes.findlaw.com/ut/title-13-commerce-and-trade/ut-code-sect-13-61-203/',
      },
    },
    {
      figure: 'complaints',
      section: 'the Utah Division of Consumer Protection',
      restsOn: 'a news release naming the form at dcp.utah.gov/ucpa (checked by the earlier table)',
    },
  ],
  tdpsa: [
    {
      figure: 'answer',
      section: 'Tex. Bus. & Com. Code 541.052(b)',
      words:
        "A controller shall respond to the consumer request without undue delay, which may not be later than the 45th day after the date of receipt of the request. The controller may extend the response period once by an additional 45 days when reasonably necessary, taking into account the complexity and number of the consumer's requests, so long as the controller informs the consumer of the extension within the initial 45-day response period, together with the reason for the extension.",
      source: {
        title: 'Tex. Bus. & Com. Code 541.052 (FindLaw)',
        url: 'https://codes.findlaw.com/tx/business-and-commerce-code/bus-com-sect-541-052/',
      },
    },
    {
      figure: 'appeal',
      section: 'Tex. Bus. & Com. Code 541.053',
      restsOn: 'the earlier rules of this product; 541.053 was not found in the stored material',
    },
    {
      figure: 'complaints',
      section: 'the Texas Attorney General, Consumer Protection Division',
      words:
        'If you have a dispute with a business, you can file a consumer complaint with the Office of the Attorney General.',
      source: {
        title: 'Texas Attorney General: The Consumer Complaint Process',
        url: 'https://texasattorneygeneral.gov/cpd/the-consumer-complaint-process',
      },
    },
  ],
  ocpa: [
    {
      figure: 'answer',
      section: 'ORS 646A.576(5)(a) (SB 619 section 4(5)(a))',
      words:
        "Respond to a request from a consumer without undue delay and not later than 45 days after receiving the request. The controller may extend the period within which the controller responds by an additional 45 days if the extension is reasonably necessary to comply with the consumer's request, taking into consideration the complexity of the request and the number of requests the consumer makes.",
      source: {
        title: 'SB 619 section 4(5)(a), as copied by a compliance site (myctrl.tools)',
        url: 'https://www.myctrl.tools/frameworks/or-cpa/section-4-5-a',
      },
    },
    {
      figure: 'appeal',
      section: 'ORS 646A.576(6)(d)',
      restsOn:
        'the earlier reading of (6)(a)-(d) on the deskbook (page 364, in the sources above); its words were not re-read for this table',
    },
    {
      figure: 'complaints',
      section: 'the Oregon Department of Justice',
      restsOn:
        'the earlier table; the stored Oregon DOJ pages name its consumer hotline but not the address of the complaint form',
    },
  ],
  mtcdpa: [
    {
      figure: 'answer',
      section: 'Mont. Code Ann. 30-14-2808(4)(a)',
      words:
        "A controller shall respond to the consumer without undue delay, but not later than 45 days after receipt of the request. The controller may extend the response period by 45 additional days when reasonably necessary, considering the complexity and number of the consumer's requests, provided the controller informs the consumer of the extension within the initial 45-day response period and the reason for the extension.",
      source: deskbook(258, 'Mont. Code Ann. 30-14-2808(4) (SB 384 section 4)'),
    },
    {
      figure: 'appeal',
      section: 'Mont. Code Ann. 30-14-2808',
      restsOn:
        'secondary summaries; the subsection that sets the 60 days was not found in the stored material',
    },
    {
      figure: 'complaints',
      section: 'the Montana Department of Justice, Office of Consumer Protection',
      restsOn:
        'the earlier table; the address was not seen: the Department\'s own page only says "file a complaint with our office at the Consumer Complaints page"',
      source: {
        title: 'Montana DOJ: Know the law',
        url: 'https://dojmt.gov/consumer/agriculture/know-the-law/',
      },
    },
  ],
};
