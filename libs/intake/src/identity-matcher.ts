import { DataPoint, DataPointMatch } from '@rightsdesk/domain';

/**
 * Compares what a person states with what the company's systems hold (the data map's data
 * points). An abstract class, so the process binds the matcher of the map in force to it.
 */
export abstract class IdentityMatcher {
  abstract match(identity: {
    email: string;
    name?: string;
    phone?: string;
    postalAddress?: { line1: string; postalCode: string };
    orderNumber?: string;
  }): Promise<Partial<Record<DataPoint, DataPointMatch>>>;
}

export interface VerificationAnswer {
  /** The six-digit code from the email, or the one-click link's token. */
  code?: string;
  linkToken?: string;
  /** Extra data points, when the request's tier asks for them. */
  name?: string;
  phone?: string;
  postalAddress?: { line1: string; postalCode: string };
  /** The number of one of their orders (stated only here, never stored on the request). */
  lastOrderNumber?: string;
  /** Signed under penalty of perjury (regs 7062(c)). */
  signedDeclaration?: boolean;
  /** The person has nothing more to give: decide now (fall back, or deny with the reason). */
  final?: boolean;
}
