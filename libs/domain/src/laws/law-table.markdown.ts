import type { ClockRule, Period } from '../clock-rule';
import { figureSourcesOf } from './figure-sources';
import { PRIVACY_LAW_LIST } from './law-table';
import {
  REASONABLE_APPEAL_READING,
  type Authority,
  type LawFigure,
  type FigureSource,
  type PrivacyLaw,
} from './privacy-law';

const RIGHT_WORDS: Record<string, string> = {
  access: 'access',
  correct: 'correct',
  delete: 'delete',
  withdraw_consent: 'withdraw consent / opt out',
  portability: 'portability',
  opt_out_sale: 'opt out of sale',
  opt_out_targeted_advertising: 'opt out of targeted advertising',
  opt_out_profiling: 'opt out of profiling',
  limit_sensitive_use: 'limit use of sensitive data',
  restrict: 'restrict',
  object: 'object',
  list_of_third_parties: 'list of third parties',
};

function period({ amount, unit }: Period): string {
  if (unit === 'months') return amount === 1 ? '1 month' : `${amount} months`;
  return `${amount} ${unit === 'days' ? 'days' : 'business days'}`;
}

function clock(rule: ClockRule | undefined, none: string): string {
  if (!rule) return none;
  const more = rule.extension ? ` + ${period(rule.extension.period)}` : '';
  const extensionCitation =
    rule.extension && rule.extension.citation !== rule.citation
      ? `; extension ${rule.extension.citation}`
      : '';
  return `${period(rule.period)}${more} (${rule.citation}${extensionCitation})`;
}

function appealWindow({ appealWindow: window }: PrivacyLaw): string {
  if (!window) return 'no appeal';
  const length =
    window.kind === 'days'
      ? `${window.days} days`
      : `"a reasonable period": ${window.days} days (the product's reading; an admin may set the company's own)`;
  return `${length} of the decision (${window.citation})`;
}

function authority({ name, website, complaintUrl }: Authority): string {
  return `${name.en}: ${website}${complaintUrl ? `, complaints ${complaintUrl}` : ''}`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

const name = (law: PrivacyLaw) => `${law.label.en} (\`${law.id}\`)`;

function figures(law: PrivacyLaw): string[] {
  const rights = [...law.rights, ...law.otherRights].map((right) => RIGHT_WORDS[right]).join(', ');
  const notes = law.rightsNotes ? ` (${law.rightsNotes.en})` : '';
  return [
    name(law),
    law.jurisdiction.name.en,
    law.inForceFrom ?? 'always',
    `${rights}${notes}`,
    clock(law.respond, ''),
    clock(law.acknowledge, 'none'),
    appealWindow(law),
    clock(law.appeal, 'no appeal'),
    law.authorities.length ? law.authorities.map(authority).join('; ') : 'none (the company)',
  ];
}

function sources(law: PrivacyLaw): string[] {
  return [
    name(law),
    law.citation,
    law.threshold,
    law.sources.length ? law.sources.map((s) => `[${s.title}](${s.url})`).join('; ') : 'n/a',
    law.unverified ?? 'checked',
  ];
}

const FIGURE_WORDS: Record<LawFigure, string> = {
  in_force: 'in force from',
  answer: 'answer within',
  appeal: 'appeal decided within',
  complaints: 'complaints to',
};

function figureInTable(law: PrivacyLaw, figure: LawFigure): string {
  switch (figure) {
    case 'in_force':
      return law.inForceFrom ?? 'always';
    case 'answer':
      return clock(law.respond, '');
    case 'appeal':
      return clock(law.appeal, 'no appeal');
    case 'complaints':
      return law.authorities[0]?.complaintUrl ?? 'none';
  }
}

function origin(law: PrivacyLaw, source: FigureSource): string[] {
  const read = source.source ? `[${source.source.title}](${source.source.url})` : 'n/a';
  const words = 'words' in source ? `"${source.words}"` : `Rests on ${source.restsOn}.`;
  return [
    name(law),
    FIGURE_WORDS[source.figure],
    figureInTable(law, source.figure),
    source.section,
    words,
    read,
  ];
}

const ORIGINS_HEADER = [
  'Law (id)',
  'Figure',
  'In the table',
  'Section',
  "The statute's (or the office's) own words, or what the figure rests on",
  'Read at',
];

const FIGURES_HEADER = [
  'Law (id)',
  'Where',
  'In force from',
  'Rights',
  'Answer within (+ extension)',
  'Acknowledge',
  'Person may appeal within',
  'Appeal decided within',
  'Complaints to',
];
const SOURCES_HEADER = ['Law (id)', 'Citation', 'Applies to', 'Sources', 'Not verified'];

/**
 * docs/privacy-laws.md, rendered from the law table itself: a spec compares the file with this
 * text, so the docs cannot drift from the figures the clocks run on.
 */
export function privacyLawsMarkdown(): string {
  return [
    '# Privacy laws Rightsdesk runs',
    '',
    '<!-- Generated from libs/domain/src/laws by `UPDATE_DOCS=1 npx jest --selectProjects unit -- privacy-laws-docs`. Do not edit by hand. -->',
    '',
    'A request runs under the law covering where the person lives, if that law was in force on',
    'the day the request was received (in the company time zone) and the admin has not switched',
    'it off (the Laws section of the console policy settings, `LAWS_SWITCHED_OFF` by default, for a',
    'law whose threshold the company does not meet). Anyone else is answered under the company',
    'policy and recorded as `company_policy` (a refusal still names the authority of the place',
    'the person lives, where the table has one); a person who',
    'gives no residence gets `DEFAULT_REGIME`. Periods in calendar days are not moved off',
    'weekends or holidays (the earlier date is the safe one). Under the EU GDPR the authority',
    'named is that of the country where the person lives (the AEPD for Spain, www.aepd.es),',
    'plus the company lead authority where one is configured (the same settings section,',
    '`GDPR_LEAD_AUTHORITY` by default; `authoritiesFor`).',
    '',
    "A right the person's law does not give (Iowa has no right to correct; Utah's right to correct",
    'applies to requests received from 2026-07-01, `rightsFrom`) is offered as a courtesy when',
    '"Offer every right to everyone" is on (the Laws section; on by default, as the company',
    'privacy policy invites everyone to access, correct, amend or delete their information): the',
    'request runs under `company_policy` with its deadline, the event `request.received` records',
    '`courtesyTo` with the person law, and the status page and the first email say that law does not',
    'give the right and the company will still act on it. With the setting off, intake refuses such',
    'a request with a 400 that names the law, and the privacy center form says so beside the',
    'residence; nothing is stored (`givesRight`, `lawOfRequest`).',
    '',
    'The last column of the second table says plainly which figures were not read in the statute itself; those',
    'come from the secondary sources listed or from earlier versions of this table. Each source',
    'names the section and the figure it backs; "statute text" sources are the statute as',
    'reproduced in the GDPR and US States General Privacy Laws Deskbook (page given by the',
    'address) or in a statute site. The third table takes the US state figures one by one (when',
    'the law took effect, the answer clock, the appeal clock and the complaint page): beside each',
    "it quotes the section's own sentence, or for a complaint page the office's own words, with",
    'the page it was read on, or says that no such text was found in the material searched and',
    'what the figure rests on instead. Where a complaint page was not seen, its address is the',
    'one an earlier version of this table gave: check it before relying on it in a notice.',
    '',
    '## How long a person has to appeal',
    '',
    REASONABLE_APPEAL_READING,
    '',
    '## Figures',
    '',
    ...table(FIGURES_HEADER, PRIVACY_LAW_LIST.map(figures)),
    '',
    '## Citations, thresholds and sources',
    '',
    ...table(SOURCES_HEADER, PRIVACY_LAW_LIST.map(sources)),
    '',
    '## Where each figure comes from',
    '',
    ...table(
      ORIGINS_HEADER,
      PRIVACY_LAW_LIST.flatMap((law) => figureSourcesOf(law.id).map((s) => origin(law, s))),
    ),
    '',
  ].join('\n');
}
