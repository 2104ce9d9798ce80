import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DueDateBasis,
  LANGUAGES,
  Language,
  deadlineSentence,
  verificationReason,
} from '@rightsdesk/domain';
import { dateInWords } from '@rightsdesk/messages';
import { NOTICE_KINDS, NoticeKind, noticeTemplate } from './notice-catalogue';
import { NoticeFacts } from './notice-content';
import { lawFactsFor } from './law-facts';
import { renderEmail } from './render-email';
import { LetterRecipient } from './letters/letter-address';
import { PaperSize } from './letters/letter-layout';
import { renderLetters } from './letters/render-letter';

/** The company as configured (COMPANY_NAME, PRIVACY_CONTACT_EMAIL, COMPANY_POSTAL_ADDRESS, …). */
export interface PreviewCompany {
  companyName: string;
  contactEmail: string;
  postalAddress: readonly string[];
  paperSize: PaperSize;
}

/** One file of a preview: `<kind>.<lang>.email.html`, `.email.txt` or `.letter.pdf`. */
export interface NoticePreviewFile {
  name: string;
  contents: string | Buffer;
}

/** An invented person whose accented name and address exercise the letter font. */
export const PREVIEW_RECIPIENT: LetterRecipient = {
  name: 'Zoë Ångström-Núñez',
  line1: '1458 Calle Añil',
  line2: 'Apt 3B',
  city: 'San José',
  region: 'CA',
  postalCode: '95112',
  country: 'US',
};

const REFERENCE = 'RD-7K3M-Q9XD';
const RECEIVED_ON = '2026-11-25';
const LETTER_DATE = '2026-11-30';

const CCPA_RESPONSE: DueDateBasis = {
  regime: 'ccpa',
  kind: 'respond',
  period: { amount: 45, unit: 'days' },
  receivedOn: RECEIVED_ON,
  citation: 'CCPA regs 7021(b)',
};
const DUE = { dueOn: '2027-01-09', basis: CCPA_RESPONSE };
const EXTENDED = {
  dueOn: '2027-02-23',
  basis: {
    ...CCPA_RESPONSE,
    period: { amount: 45, unit: 'days' as const },
    citation: 'Civ. Code 1798.130(a)(2)',
    extension: { originalDueOn: '2027-01-09', noticeOn: '2027-01-05', reason: 'many systems' },
  },
};
const APPEAL_DUE = {
  dueOn: '2027-03-13',
  basis: {
    regime: 'vcdpa' as const,
    kind: 'appeal' as const,
    period: { amount: 60, unit: 'days' as const },
    receivedOn: '2027-01-12',
    citation: 'Va. Code 59.1-577(C)',
  },
};

const WORDS: Record<Language, Record<string, string>> = {
  en: {
    unverified:
      'the details you gave do not match enough of what we hold about you to confirm who you are',
    extension:
      'your request covers eight years of orders kept in three separate systems, one of them archived on tape',
    needed:
      'the email address you used for your customer account, since the one on your request does not match any account',
    appeal:
      'the orders you asked us to delete are tax records we must keep for seven years; we use them for nothing else and delete them after that',
    until: 'December 30, 2026',
  },
  es: {
    unverified:
      'los datos que nos dio no coinciden con suficientes datos que tenemos sobre usted para confirmar quién es',
    extension:
      'su solicitud abarca ocho años de pedidos guardados en tres sistemas distintos, uno de ellos archivado en cinta',
    needed:
      'la dirección de correo electrónico que usó para su cuenta de cliente, ya que la de su solicitud no coincide con ninguna cuenta',
    appeal:
      'los pedidos que nos pidió borrar son registros fiscales que debemos conservar siete años; no los usamos para nada más y los borramos después',
    until: '30 de diciembre de 2026',
  },
};

/** Realistic facts for one notice, as the use cases would pass them; no real person's data. */
export function previewFacts(
  kind: NoticeKind,
  language: Language,
  company: PreviewCompany,
): NoticeFacts {
  const words = WORDS[language];
  const base: NoticeFacts = {
    reference: REFERENCE,
    receivedOn: dateInWords(RECEIVED_ON, language),
    companyName: company.companyName,
    contactEmail: company.contactEmail,
    requestType: 'access',
    deadline: deadlineSentence(DUE, language),
    statusUrl: `https://privacy.example.com/requests/${REFERENCE}?t=preview-only-token`,
    // The preview person lives in California (CCPA_RESPONSE), so their law names its regulator.
    law: lawFactsFor('ccpa', { country: 'US', region: 'CA' }, language),
  };
  switch (kind) {
    case 'access_completed':
      return {
        ...base,
        datasets: [
          { label: 'Customer account', rows: 1 },
          { label: 'Orders', rows: 37 },
          { label: 'Browsing sessions', rows: 3012 },
        ],
      };
    case 'verification_code':
      return { ...base, codeMinutes: 30 };
    case 'verification_letter':
      return {
        ...base,
        statusUrl: undefined,
        codeDays: 30,
        enterCodeUrl: 'https://privacy.example.com/verify/letter',
      };
    case 'download_code':
    case 'lookup_code':
      return { ...base, codeMinutes: 15 };
    case 'request_denied':
      return {
        ...base,
        requestType: 'delete',
        reason: verificationReason('too_few_matches', 'unverifiable', 'delete', language),
      };
    case 'verification_failed':
      // Only why: this notice itself says what follows for the request's type.
      return { ...base, requestType: 'delete', reason: words.unverified };
    case 'request_completed':
      return {
        ...base,
        requestType: 'delete',
        outcomes: [
          { label: 'Browsing sessions', kind: 'deleted', rows: 3012 },
          { label: 'Customer account', kind: 'deidentified', rows: 1 },
          { label: 'Orders', kind: 'retained', rows: 37, period: 'P7Y', reason: 'Tax records.' },
          { label: 'Mailing list', kind: 'told', rows: 0, recipient: 'Email delivery service' },
        ],
      };
    case 'information_needed':
      return { ...base, requestType: 'correct', reason: words.needed };
    case 'request_extended':
      return {
        ...base,
        reason: words.extension,
        deadline: deadlineSentence(EXTENDED, language),
      };
    case 'appeal_received':
      return {
        ...base,
        requestType: 'appeal',
        receivedOn: dateInWords(APPEAL_DUE.basis.receivedOn, language),
        deadline: deadlineSentence(APPEAL_DUE, language),
      };
    case 'appeal_decided':
      return {
        ...base,
        requestType: 'appeal',
        receivedOn: dateInWords(APPEAL_DUE.basis.receivedOn, language),
        appealOutcome: 'denied',
        reason: words.appeal,
        law: lawFactsFor('vcdpa', { country: 'US', region: 'VA' }, language),
      };
    case 'package_ready':
      return { ...base, availableUntil: words.until };
    default:
      return base;
  }
}

/**
 * Every notice in every language, as an email (HTML and text) and as a letter, for people to
 * read before a change ships. Code notices keep their placeholders: codes are filled at sending.
 */
export async function renderNoticePreviews(company: PreviewCompany): Promise<NoticePreviewFile[]> {
  const files: NoticePreviewFile[] = [];
  for (const kind of NOTICE_KINDS) {
    for (const language of LANGUAGES) {
      const facts = previewFacts(kind, language, company);
      const content = noticeTemplate(kind, language)(facts);
      const email = renderEmail(content, language);
      // A letter is answered by post or email, never by "replying to this message".
      const letter = noticeTemplate(
        kind,
        language,
      )({
        ...facts,
        byPost: true,
        companyAddress: company.postalAddress.join(', ') || undefined,
      });
      const { pdf } = await renderLetters([
        {
          content: letter,
          letterhead: {
            companyName: company.companyName,
            addressLines: company.postalAddress,
            contactEmail: company.contactEmail,
          },
          recipient: PREVIEW_RECIPIENT,
          meta: { reference: REFERENCE, date: LETTER_DATE, language, paperSize: company.paperSize },
        },
      ]);
      const stem = `${kind}.${language}`;
      files.push(
        { name: `${stem}.email.html`, contents: email.html },
        { name: `${stem}.email.txt`, contents: `Subject: ${email.subject}\n\n${email.text}\n` },
        { name: `${stem}.letter.pdf`, contents: pdf },
      );
    }
  }
  return files;
}

/** Renders the previews into `outDir` (created if needed) and returns the paths written. */
export async function writeNoticePreviews(
  outDir: string,
  company: PreviewCompany,
): Promise<string[]> {
  const files = await renderNoticePreviews(company);
  await mkdir(outDir, { recursive: true });
  const paths: string[] = [];
  for (const file of files) {
    const path = join(outDir, file.name);
    await writeFile(path, file.contents);
    paths.push(path);
  }
  return paths;
}
