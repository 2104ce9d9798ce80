import { NoticeContent } from '../notice-content';
import { LetterRecipient } from './letter-address';
import { PaperSize } from './letter-layout';

/** The company as a letter shows it: from COMPANY_NAME, COMPANY_POSTAL_ADDRESS and the contact. */
export interface Letterhead {
  companyName: string;
  addressLines: readonly string[];
  contactEmail: string;
}

export interface LetterMeta {
  reference: string;
  /** The letter's date, YYYY-MM-DD in the company's time zone. */
  date: string;
  language: string;
  paperSize: PaperSize;
  /** Letters to this country omit the country line. */
  homeCountry?: string;
}

/** Everything a letter is drawn from; stored (sealed) so a print batch can draw it again. */
export interface LetterInput {
  content: NoticeContent;
  letterhead: Letterhead;
  recipient: LetterRecipient;
  meta: LetterMeta;
  /**
   * For a letter that prints a code: the content to keep once it is mailed, with the code named
   * in words, so the print queue's copy does not hold a working code after the post has it.
   */
  afterMailing?: NoticeContent;
}

export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
  /** The 1-based page each letter starts on. */
  starts: number[];
}

export interface BatchCover {
  lines: string[];
}

/** One letter as a print-ready PDF. Pure but for reading the font files. */
