import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { PolicyInForce } from '@rightsdesk/live-config';
import type { PaperSize } from './letters/letter-layout';

/** Who the notices come from: the letterhead in force and the sealing key. */
export interface CompanyIdentity {
  companyName: string;
  contactEmail: string;
  timeZone: string;
  /** Sealing key for secrets a notice carries until it is sent, and for letters at rest. */
  key: Buffer;
  /** The return address printed on letters (COMPANY_POSTAL_ADDRESS). */
  postalAddress?: readonly string[];
  /** LETTER_PAPER_SIZE; US Letter unless set. */
  paperSize?: PaperSize;
  /** DPO_CONTACT: how to reach the data protection officer, where the company has one. */
  dpoContact?: string;
  /** PUBLIC_URL: where the privacy center and each person's status page are. */
  publicUrl?: string;
  /** The GDPR lead supervisory authority's country (GDPR_LEAD_AUTHORITY, or the admin's choice). */
  leadAuthorityCountry?: string;
}

/** Who the notices come from, read once from configuration; the api and the worker agree. */
export function companyIdentity(config: AppConfig): CompanyIdentity {
  return {
    companyName: config.COMPANY_NAME,
    contactEmail: config.PRIVACY_CONTACT_EMAIL,
    timeZone: config.COMPANY_TIME_ZONE,
    key: config.packageEncryptionKey,
    postalAddress: config.COMPANY_POSTAL_ADDRESS,
    paperSize: config.LETTER_PAPER_SIZE,
    dpoContact: config.DPO_CONTACT,
    publicUrl: config.PUBLIC_URL,
    leadAuthorityCountry: config.GDPR_LEAD_AUTHORITY,
  };
}

/**
 * Who the notices come from now: the letterhead in force (an admin may change it without a
 * restart), with the time zone and sealing key of the configuration.
 */
@Injectable()
export class CompanyInForce {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: PolicyInForce,
  ) {}

  current(): CompanyIdentity {
    const policy = this.policy.current();
    const { companyName, contactEmail, postalAddress, paperSize } = policy.letterhead;
    return {
      companyName,
      contactEmail,
      postalAddress,
      paperSize,
      timeZone: this.config.COMPANY_TIME_ZONE,
      dpoContact: this.config.DPO_CONTACT,
      key: this.config.packageEncryptionKey,
      publicUrl: this.config.PUBLIC_URL,
      leadAuthorityCountry: policy.laws.leadAuthorityCountry,
    };
  }
}
