import { AppConfig } from '@rightsdesk/config';
import { DataMap, correctionRules } from '@rightsdesk/data-map';
import { CompanyContact } from './views/home.page';

/** What the privacy center's pages need from configuration and the data map, read once. */
export class PrivacyCenterSettings {
  constructor(
    readonly contact: CompanyContact,
    /** Fields the data map in force marks `correctable: true`, offered on the correction form. */
    private readonly correctable: () => readonly string[],
    readonly tokenKey: Buffer,
    readonly timeZone: string,
    /** Cookies get `Secure` when the site is served over https. */
    readonly secureCookies: boolean,
  ) {}

  get correctableFields(): readonly string[] {
    return this.correctable();
  }

  static from(config: AppConfig, dataMap: DataMap): PrivacyCenterSettings {
    return new PrivacyCenterSettings(
      {
        name: config.COMPANY_NAME,
        postalAddress: config.COMPANY_POSTAL_ADDRESS,
        supportEmail: config.PRIVACY_CONTACT_EMAIL,
      },
      () => correctionRules(dataMap).correctableFields,
      config.tokenKey,
      config.COMPANY_TIME_ZONE,
      config.PUBLIC_URL.startsWith('https:'),
    );
  }
}
