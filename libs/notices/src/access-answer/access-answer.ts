import type { Language, Regime } from '@rightsdesk/domain';
import type { DataCategory } from '@rightsdesk/data-map';
import { zoneInWords } from '@rightsdesk/messages';
import { ANSWER_WORDS } from './answer-words';
import { CATEGORY_WORDS } from './category-words';
import { AnswerResidence, complaintAuthorityFor } from './complaint-authority';
import { answerTimeZone } from './answer-time';

/**
 * What an access answer states about one dataset, from the record of processing: the shape of
 * the fulfilment's DatasetFacts, as stored with a package so a letter states the same facts.
 */
export interface AnswerDataset {
  system: string;
  table: string;
  /** The dataset's name for people. */
  label: string;
  categoryKeys?: string[];
  categories: string[];
  purpose: string | null;
  legalBasis: Array<{ basis: string; wording: string }>;
  legitimateInterest: string | null;
  recipients: Array<{
    name: string;
    role: string;
    purpose: string | null;
    transfers: string | null;
  }>;
  retention: string | null;
  sources: Array<{ source: string; wording: string }>;
  automatedDecisionMaking: {
    profiling: boolean;
    significantEffects: boolean;
    logic: string;
  } | null;
  withheldFields: string[];
  partialFields: Array<{ field: string; keepLast: number }>;
  /** People's names of the withheld and partial fields, in the answer's language. */
  fieldLabels?: Record<string, string>;
  rows: number;
}

/** Who answers: the company and its privacy contact (GDPR Art. 13(1)(a)-(b), 15). */
export interface AnswerCompany {
  name: string;
  contactEmail: string;
  postalAddress?: readonly string[];
  /** The data protection officer's contact, where the company has one (GDPR Art. 37-39). */
  dpo?: string;
  /** The company's zone: times are in it when the person's is not known. */
  timeZone: string;
  /** The country of the company's lead supervisory authority under the GDPR, where chosen. */
  leadAuthorityCountry?: string;
}

export interface AccessAnswerInput {
  language: Language;
  regime: Regime;
  residence?: AnswerResidence;
  /** The IANA zone the person's browser sent with the request, when it did. */
  personZone?: string;
  company: AnswerCompany;
  datasets: readonly AnswerDataset[];
}

/** A term and what it says: one line, or a list. */
export interface AnswerFact {
  term: string;
  items: string[];
  /** A single statement rather than a list. */
  single?: boolean;
}

/** The facts an access answer states, worded in the person's language, for a report or a letter. */
export interface AccessAnswer {
  language: Language;
  /** The zone every time in the answer is shown in, and its name for people. */
  zone: string;
  zoneName: string;
  company: { heading: string; facts: AnswerFact[] };
  datasets: Array<{
    system: string;
    table: string;
    label: string;
    rows: number;
    facts: AnswerFact[];
  }>;
  rights: { heading: string; intro: string; items: string[]; how: string };
  complaint: { heading: string; text: string; websites: string[]; first: string };
}

// Message keys of the rights each kind of law gives beyond access.
const RIGHTS: Record<'gdpr' | 'ccpa' | 'state' | 'other', string[]> = {
  gdpr: ['rectify', 'erase', 'restrict', 'object', 'portability', 'consent', 'automated'].map(
    (right) => `rights.gdpr.${right}`,
  ),
  ccpa: ['delete', 'correct', 'opt_out', 'limit', 'no_discrimination'].map(
    (right) => `rights.ccpa.${right}`,
  ),
  state: ['correct', 'delete', 'portability', 'opt_out', 'appeal'].map(
    (right) => `rights.state.${right}`,
  ),
  other: ['rights.state.correct', 'rights.state.delete', 'rights.other.consent'],
};

/**
 * Words what GDPR Art. 15(1)(a)-(h) and Civ. Code 1798.110(a) require an access answer to
 * state: who the company is and how to reach its privacy contact, per dataset the purposes,
 * categories, recipients, retention, source and automated decision-making, the person's other
 * rights and where to complain under their own law. Pure: the report and the letter lay it out.
 */
export function accessAnswer(input: AccessAnswerInput): AccessAnswer {
  const say = ANSWER_WORDS.in(input.language);
  const { company } = input;
  const zone = input.personZone ?? answerTimeZone(input.residence, company.timeZone);
  const complaint = complaintAuthorityFor(input.regime, input.residence, company);
  const lawRights = complaint.law === 'uk' ? 'gdpr' : complaint.law;
  const authorityName =
    complaint.authorities.length > 0
      ? complaint.authorities
          .map((authority) => authority.name[input.language])
          .join(say('complain.or'))
      : say('complain.gdpr_any');
  const companyFacts: AnswerFact[] = [
    { term: say('company.controller'), items: [company.name], single: true },
  ];
  if (company.postalAddress?.length) {
    companyFacts.push({ term: say('company.address'), items: [...company.postalAddress] });
  }
  companyFacts.push({ term: say('company.contact'), items: [company.contactEmail], single: true });
  if (company.dpo)
    companyFacts.push({ term: say('company.dpo'), items: [company.dpo], single: true });
  return {
    language: input.language,
    zone,
    zoneName: zoneInWords(zone, input.language),
    company: { heading: say('company.heading'), facts: companyFacts },
    datasets: input.datasets.map((dataset) => ({
      system: dataset.system,
      table: dataset.table,
      label: dataset.label,
      rows: dataset.rows,
      facts: datasetFacts(dataset, input.language, input.regime === 'gdpr'),
    })),
    rights: {
      heading: say('rights.heading'),
      intro: say(`rights.${lawRights}.intro`, { law: complaint.lawName[input.language] }),
      items: RIGHTS[lawRights]
        // Only where the person's law gives an appeal (the law table's appeal clock).
        .filter((key) => key !== 'rights.state.appeal' || complaint.appeal)
        .map((key) => say(key)),
      how: say('rights.how', { contactEmail: company.contactEmail }),
    },
    complaint: {
      heading: say('complain.heading'),
      text: say(`complain.${complaint.law}`, { authority: authorityName }),
      websites: complaint.authorities.map((authority) =>
        say('complain.website', { website: authority.website }),
      ),
      first: say(
        lawRights === 'gdpr' || lawRights === 'other' ? 'complain.gdpr_first' : 'complain.us_first',
        {
          contactEmail: company.contactEmail,
        },
      ),
    },
  };
}

function datasetFacts(dataset: AnswerDataset, language: Language, gdpr: boolean): AnswerFact[] {
  const say = ANSWER_WORDS.in(language);
  const notStated = say('dataset.not_stated');
  const labelOf = (field: string) => dataset.fieldLabels?.[field] ?? field;
  const categories = dataset.categoryKeys
    ? dataset.categoryKeys.map((key) => CATEGORY_WORDS[language][key as DataCategory] ?? key)
    : dataset.categories;
  const bases = dataset.legalBasis.map((basis) =>
    sayOr(say, `basis.${basis.basis}`, basis.wording),
  );
  if (dataset.legitimateInterest) {
    bases.push(say('dataset.legitimate_interest', { interest: dataset.legitimateInterest }));
  }
  const recipients = dataset.recipients.map((recipient) =>
    [
      `${recipient.name}, ${sayOr(say, `role.${recipient.role}`, recipient.role)}`,
      recipient.purpose && `: ${recipient.purpose}`,
      recipient.transfers && ` ${recipient.transfers}`,
    ]
      .filter(Boolean)
      .join(''),
  );
  const automated = dataset.automatedDecisionMaking;
  const facts: AnswerFact[] = [
    { term: say('dataset.categories'), items: categories },
    { term: say('dataset.purpose'), items: [dataset.purpose ?? notStated], single: true },
  ];
  // The legal basis is a GDPR notion (Art. 13(1)(c)); US laws do not ask for it.
  if (gdpr) facts.push({ term: say('dataset.basis'), items: bases });
  facts.push(
    { term: say('dataset.recipients'), items: recipients },
    { term: say('dataset.retention'), items: [dataset.retention ?? notStated], single: true },
    {
      term: say('dataset.sources'),
      items: dataset.sources.map((source) => sayOr(say, `source.${source.source}`, source.wording)),
    },
    {
      term: say('dataset.automated'),
      items: [
        automated
          ? say('dataset.automated_some', {
              profiling: String(automated.profiling),
              effects: String(automated.significantEffects),
              logic: automated.logic,
            })
          : say('dataset.automated_none'),
      ],
      single: true,
    },
  );
  if (dataset.withheldFields.length > 0) {
    facts.push({ term: say('dataset.withheld'), items: dataset.withheldFields.map(labelOf) });
  }
  if (dataset.partialFields.length > 0) {
    facts.push({
      term: say('dataset.partial'),
      items: dataset.partialFields.map((field) =>
        say('dataset.partial_item', { field: labelOf(field.field), keep: field.keepLast }),
      ),
    });
  }
  return facts;
}

function sayOr(say: (key: string) => string, key: string, fallback: string): string {
  try {
    return say(key);
  } catch {
    return fallback;
  }
}
