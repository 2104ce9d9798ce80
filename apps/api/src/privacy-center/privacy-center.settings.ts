import { AppConfig } from '@rightsdesk/config';
import {
  CorrectableDataset,
  CorrectionRules,
  DataMap,
  PeopleWords,
  correctionRules,
  peopleWords,
  textIn,
} from '@rightsdesk/data-map';
import { Language } from '@rightsdesk/domain';
import { CompanyContact } from './views/home.page';

/** What the privacy center's pages need from configuration and the data map, read once. */
export class PrivacyCenterSettings {
  constructor(
    readonly contact: CompanyContact,
    /** What the data map in force lets a correction change, offered on the correction form. */
    private readonly correction: () => CorrectionRules,
    readonly tokenKey: Buffer,
    readonly timeZone: string,
    /** Cookies get `Secure` when the site is served over https. */
    readonly secureCookies: boolean,
    /** Per system of the map: where the person's data is, or who is told, as they read it. */
    private readonly placeLabels: (
      language: Language,
    ) => Readonly<Record<string, string>> = () => ({}),
    /** The data map's words for people: fields and kinds of record named in their language. */
    private readonly words?: () => PeopleWords,
  ) {}

  /** Fields offered one by one: those of datasets with one record per person. */
  get correctableFields(): readonly string[] {
    const rules = this.correction();
    const plain = rules.datasets.filter((dataset) => !dataset.namedBy);
    return rules.correctableFields.filter((field) =>
      plain.some((dataset) => dataset.fields.includes(field)),
    );
  }

  /** A dataset whose records a person names (their addresses), corrected record by record. */
  get recordDataset(): CorrectableDataset | undefined {
    return this.correction().datasets.find((dataset) => dataset.namedBy);
  }

  /** A correctable field in the map's words for people ("Phone number"), never its column name. */
  fieldLabel(field: string, language: Language): string {
    const dataset =
      this.correction().datasets.find(
        (candidate) => !candidate.namedBy && candidate.fields.includes(field),
      ) ?? this.correction().datasets.find((candidate) => candidate.fields.includes(field));
    if (!dataset || !this.words) return field;
    return this.words().field(dataset.system, dataset.table, field, language);
  }

  /** The dataset whose records a person names, in the map's words ("Your saved addresses"). */
  recordDatasetLabel(language: Language): string | undefined {
    const dataset = this.recordDataset;
    if (!dataset || !this.words) return dataset?.table;
    return this.words().dataset(dataset.system, dataset.table, language);
  }

  /** A kind of record a person names one of theirs by ("Billing address"), in the map's words. */
  kindLabel(kind: string, language: Language): string {
    const dataset = this.recordDataset;
    if (!dataset || !this.words) return kind;
    return (
      this.words().record(dataset.system, dataset.table, { by: 'kind', value: kind }, language)
        .kind ?? kind
    );
  }

  /**
   * A system of the map as the person reads it, in their language: its label ("Our shop's
   * records", "Your letters to customer support"), never its staff note or raw name.
   */
  placeOf(system: string, language: Language): string | undefined {
    return this.placeLabels(language)[system];
  }

  static from(config: AppConfig, dataMap: DataMap): PrivacyCenterSettings {
    return new PrivacyCenterSettings(
      {
        name: config.COMPANY_NAME,
        postalAddress: config.COMPANY_POSTAL_ADDRESS,
        supportEmail: config.PRIVACY_CONTACT_EMAIL,
      },
      () => correctionRules(dataMap),
      config.tokenKey,
      config.COMPANY_TIME_ZONE,
      config.PUBLIC_URL.startsWith('https:'),
      (language) => placeLabels(dataMap, language),
      () => peopleWords(dataMap),
    );
  }
}

/**
 * Every system's name for people: its label in their language; for a webhook or manual system of
 * a map from before labels, the recipient told; else the generic words of peopleWords.
 */
export function placeLabels(dataMap: DataMap, language: Language): Record<string, string> {
  const words = peopleWords(dataMap);
  const labels: Record<string, string> = {};
  for (const [name, system] of Object.entries(dataMap.systems)) {
    const recipient =
      system.connector !== 'postgres' && system.recipient
        ? dataMap.recipients[system.recipient]
        : undefined;
    labels[name] =
      system.label?.[language] ??
      (recipient && textIn(recipient.name, language)) ??
      words.system(name, language);
  }
  return labels;
}
