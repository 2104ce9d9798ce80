import { AppConfig } from '@rightsdesk/config';
import {
  CorrectableDataset,
  CorrectionRules,
  DataMap,
  correctionRules,
} from '@rightsdesk/data-map';
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
    /** Per webhook or manual system of the map: who is told, as the person reads it. */
    private readonly toldLabels: () => Readonly<Record<string, string>> = () => ({}),
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

  /** The recipient or task a system stands for; undefined for the company's own databases. */
  recipientOf(system: string): string | undefined {
    return this.toldLabels()[system];
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
      () => toldLabels(dataMap),
    );
  }
}

export function toldLabels(dataMap: DataMap): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [name, system] of Object.entries(dataMap.systems)) {
    if (system.connector === 'postgres') continue;
    const recipient = system.recipient ? dataMap.recipients[system.recipient] : undefined;
    labels[name] = recipient?.name ?? system.description;
  }
  return labels;
}
