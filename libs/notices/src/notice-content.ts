/** What a notice says, before it is laid out as an email (HTML and text) or a letter. */
export interface NoticeContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** An optional table, e.g. what was found per dataset. */
  table?: { headings: [string, string]; rows: Array<[string, string]> };
  closing: string;
}

/** Facts a notice may use. Identity details beyond the reference are deliberately absent. */
export interface NoticeFacts {
  reference: string;
  receivedOn: string;
  companyName: string;
  contactEmail: string;
  datasets?: Array<{ label: string; rows: number }>;
}

export type NoticeTemplate = (facts: NoticeFacts) => NoticeContent;
