import { createHash } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { referencesQuotedIn } from '@rightsdesk/domain';
import {
  ScannedDocumentType,
  intakeDocumentProblem,
  scannedDocumentTypeOf,
} from '@rightsdesk/intake';
import type { MailboxMessageProblem, RefusedAttachment } from '@rightsdesk/persistence';

/** What a support message says, as staff read it once it is opened; sealed while stored. */
export interface InboundMessageContent {
  /** The sender's address, or null when none could be read (a malformed message). */
  from: string | null;
  fromName: string | null;
  subject: string;
  text: string;
}

/** A PDF, JPEG or PNG that came with the message, judged by its bytes. */
export interface InboundAttachment {
  fileName: string;
  contentType: ScannedDocumentType;
  content: Buffer;
}

/** A message read whole from the mailbox, with its attachments sorted into kept and refused. */
export interface InboundMessage {
  messageId: string;
  receivedAt: Date;
  byteSize: number;
  problem: MailboxMessageProblem | null;
  content: InboundMessageContent;
  attachments: InboundAttachment[];
  refusedAttachments: RefusedAttachment[];
  /** References the message quotes (subject first, then its text): the request it answers. */
  quotedReferences: string[];
}

/** A Date header more than a day ahead of the mailbox's own clock is not believed. */
const CLOCK_SKEW_MS = 24 * 3600_000;

/**
 * Reads a delivered message: who sent it, when, what it says, and which attachments may be kept
 * (PDF, JPEG, PNG by their first bytes, at most the intake cap, as for scanned letters). A
 * message with no readable sender is kept whole as text and marked malformed, so nothing is lost.
 * One without a Message-ID is known by a digest of its bytes, the same for every reader.
 */
export async function readInboundMessage(raw: Buffer, arrivedAt: Date): Promise<InboundMessage> {
  const parsed = await simpleParser(raw, { skipImageLinks: true }).catch(() => undefined);
  // A message the parser gives up on would block the mailbox if refused: keep it as text.
  if (!parsed) return unparsedMessage(raw, arrivedAt);
  const sender = parsed.from?.value.find((address) => address.address?.includes('@'));
  const dated = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : undefined;
  const receivedAt =
    dated && dated.getTime() <= arrivedAt.getTime() + CLOCK_SKEW_MS ? dated : arrivedAt;
  const subject = parsed.subject ?? '';
  const text = sender ? bodyText(parsed.text, parsed.html) : raw.toString('utf8');
  const kept: InboundAttachment[] = [];
  const refused: RefusedAttachment[] = [];
  for (const attachment of parsed.attachments) {
    const problem = intakeDocumentProblem({ fileName: '', content: attachment.content });
    const contentType = scannedDocumentTypeOf(attachment.content);
    if (problem || !contentType) {
      refused.push({ byteSize: attachment.size, reason: problem ?? 'wrong_type' });
    } else {
      const fileName = (attachment.filename ?? `attachment-${kept.length + 1}`).slice(0, 255);
      kept.push({ fileName, contentType, content: attachment.content });
    }
  }
  return {
    messageId: parsed.messageId?.slice(0, 998) ?? digestId(raw),
    receivedAt,
    byteSize: raw.length,
    problem: sender ? null : 'malformed',
    content: { from: sender?.address ?? null, fromName: sender?.name || null, subject, text },
    attachments: kept,
    refusedAttachments: refused,
    quotedReferences: referencesQuotedIn(`${subject}\n${text}`),
  };
}

/** The Message-ID stood in for a message too big to read: the server's, or its place. */
export function oversizedMessageId(
  messageId: string | null,
  uidValidity: string,
  uid: number,
): string {
  return messageId ?? `<${uidValidity}.${uid}@too-big.rightsdesk.invalid>`;
}

function unparsedMessage(raw: Buffer, arrivedAt: Date): InboundMessage {
  const text = raw.toString('utf8');
  return {
    messageId: digestId(raw),
    receivedAt: arrivedAt,
    byteSize: raw.length,
    problem: 'malformed',
    content: { from: null, fromName: null, subject: '', text },
    attachments: [],
    refusedAttachments: [],
    quotedReferences: referencesQuotedIn(text),
  };
}

function digestId(raw: Buffer): string {
  return `<${createHash('sha256').update(raw).digest('hex')}@no-message-id.rightsdesk.invalid>`;
}

function bodyText(text: string | undefined, html: string | false | undefined): string {
  if (text) return text;
  // A message sent as HTML only: its words without the markup, never the markup rendered.
  return html
    ? html
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : '';
}
