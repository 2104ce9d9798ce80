import type { OpenedMailboxMessage } from '@rightsdesk/mailbox';
import { FILED_REASON_MAX } from '@rightsdesk/mailbox';
import { StaffPrincipal, roleAllowed } from '@rightsdesk/staff';
import { say } from '../../i18n/console-words';
import { staffTime } from '../../i18n/staff-clock';
import { ACTING_ROLES } from '../../review/review-form';
import { textareaField } from '../../review/views/review-fields';
import { ConsoleFieldError, consoleErrorSummary, errorFor } from '../../views/console-forms';
import { SafeHtml, csrfField, html, renderConsolePage } from '../../views/console-layout';
import { MAILBOX_PATH, kilobytes, mailboxMessagePath } from './mailbox-triage.page';

export interface MailboxMessagePageInput {
  staff: StaffPrincipal;
  opened: OpenedMailboxMessage;
  /** The reference of the request it belongs to, when it belongs to one. */
  reference: string | null;
  errors: readonly ConsoleFieldError[];
  reason?: string;
}

/** Where the intake form opens prefilled from this message. */
export function intakeFromMessagePath(id: string): string {
  return `/console/intake?message=${id}`;
}

/**
 * One support message, opened (the opening is on the audit trail): who sent it, when, what it
 * says as plain text (never its HTML), its files; and for a draft, the two ways out.
 */
export function mailboxMessagePage(input: MailboxMessagePageInput): SafeHtml {
  const { message, content, attachments } = input.opened;
  const body = html`${consoleErrorSummary(input.errors)}
    <dl class="summary-list">
      <dt>${say('mailbox.message.from')}</dt>
      <dd>
        ${
          content?.from
            ? `${content.fromName ? `${content.fromName} ` : ''}<${content.from}>`
            : say('mailbox.message.unknownSender')
        }
      </dd>
      <dt>${say('mailbox.message.subject')}</dt>
      <dd>${content?.subject || say('mailbox.message.noSubject')}</dd>
      <dt>${say('mailbox.message.sent')}</dt>
      <dd>${staffTime(message.receivedAt)}</dd>
      <dt>${say('mailbox.message.status')}</dt>
      <dd>${say(`mailbox.status.${message.status}`)}</dd>
      ${
        input.reference &&
        html`<dt>${say('mailbox.message.request')}</dt>
          <dd><a href="/console/requests/${message.requestId}">${input.reference}</a></dd>`
      }
      ${
        message.filedReason &&
        html`<dt>${say('mailbox.message.filedReason')}</dt>
          <dd>${message.filedReason}</dd>`
      }
    </dl>
    <h2>${say('mailbox.message.text')}</h2>
    ${
      content
        ? html`<pre class="message-text">${content.text}</pre>`
        : html`<p>${say('mailbox.message.tooBig')}</p>`
    }
    ${
      (attachments.length > 0 || message.refusedAttachments.length > 0) &&
      html`<h2>${say('mailbox.message.files')}</h2>
        <ul>
          ${attachments.map(
            (file) =>
              html`<li>
                <a href="${mailboxMessagePath(message.id)}/files/${file.position}"
                  >${say('mailbox.message.file', {
                    number: file.position + 1,
                    kind: say('intake.document.kind', { type: file.contentType.split('/')[1] }),
                    size: kilobytes(file.byteSize),
                  })}</a
                >
              </li>`,
          )}
          ${message.refusedAttachments.map(
            (refused) =>
              html`<li>
                ${say('mailbox.message.refused', {
                  size: kilobytes(refused.byteSize),
                  reason: refused.reason,
                })}
              </li>`,
          )}
        </ul>`
    }
    ${message.status === 'draft' && roleAllowed(input.staff.role, ACTING_ROLES) && triage(input)}`;
  return renderConsolePage({
    title: say('mailbox.message.title'),
    staff: input.staff,
    body,
    current: MAILBOX_PATH,
    hasErrors: input.errors.length > 0,
  });
}

function triage(input: MailboxMessagePageInput): SafeHtml {
  const id = input.opened.message.id;
  return html`<h2>${say('mailbox.triage.heading')}</h2>
    <p>
      <a class="button" href="${intakeFromMessagePath(id)}">${say('mailbox.triage.toRequest')}</a>
    </p>
    <p class="hint">${say('mailbox.triage.toRequestHint')}</p>
    <form method="post" action="${mailboxMessagePath(id)}/file" novalidate>
      ${csrfField(input.staff)}
      ${textareaField({
        name: 'reason',
        label: say('mailbox.triage.reason'),
        idPrefix: '',
        hint: say('mailbox.triage.reasonHint'),
        value: input.reason,
        error: errorFor(input.errors, 'reason'),
        maxlength: FILED_REASON_MAX,
      })}
      <button type="submit" class="button">${say('mailbox.triage.file')}</button>
    </form>`;
}
