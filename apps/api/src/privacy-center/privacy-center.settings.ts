import { CorrectableDataset, DataMap, peopleWords, textIn } from '@rightsdesk/data-map';
import { Language } from '@rightsdesk/domain';
import { CorrectableData } from '@rightsdesk/live-config';
import { CompanyContact } from './views/home.page';

/** What the privacy center's pages need from configuration and the data map, read once. */
export class PrivacyCenterSettings {
  constructor(
    readonly contact: CompanyContact,
    /** What the data map in force lets a correction change, offered on the correction form. */
    private readonly correctable: () => CorrectableData,
    readonly tokenKey: Buffer,
    readonly timeZone: string,
    /** Cookies get `Secure` when the site is served over https. */
    readonly secureCookies: boolean,
    /** Per system of the map: where the person's data is, or who is told, as they read it. */
    private readonly placeLabels: (
      language: Language,
    ) => Readonly<Record<string, string>> = () => ({}),
  ) {}

  /** Fields offered one by one: those of datasets with one record per person. */
  get correctableFields(): readonly string[] {
    return this.correctable().fields;
  }

  /** A dataset whose records a person names (their addresses), corrected record by record. */
  get recordDataset(): CorrectableDataset | undefined {
    return this.correctable().recordDataset;
  }

  /** A correctable field in the map's words for people ("Phone number"), never its column name. */
  fieldLabel(field: string, language: Language): string {
    return this.correctable().fieldLabel(field, language);
  }

  /** A kind of record a person names one of theirs by ("Billing address"), in the map's words. */
  kindLabel(kind: string, language: Language): string {
    return this.correctable().kindLabel(kind, language);
  }

  /**
   * A system of the map as the person reads it, in their language: its label ("Our shop's
   * records", "Your letters to customer support"), never its staff note or raw name.
   */
  placeOf(system: string, language: Language): string | undefined {
    return this.placeLabels(language)[system];
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
