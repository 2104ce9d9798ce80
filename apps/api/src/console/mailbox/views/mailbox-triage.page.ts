import type { MailboxMessage } from '@rightsdesk/persistence';
import type { StaffPrincipal } from '@rightsdesk/staff';
import { say } from '../../i18n/console-words';
import { staffTime } from '../../i18n/staff-clock';
import { ConsoleFlash, SafeHtml, html, renderConsolePage } from '../../views/console-layout';

export const MAILBOX_PATH = '/console/mailbox';

export function mailboxMessagePath(id: string): string {
  return `${MAILBOX_PATH}/${id}`;
}

/** A message's size as staff read it, never under 1 KB. */
export function kilobytes(byteSize: number): number {
  return Math.max(1, Math.round(byteSize / 1024));
}

export interface MailboxTriagePageInput {
  staff: StaffPrincipal;
  configured: boolean;
  drafts: readonly MailboxMessage[];
  count: number;
  flash?: ConsoleFlash;
}

/**
 * The triage list: support messages that quote no reference, oldest first, with nothing of the
 * person in clear (no sender, no subject): those are read by opening the message, which is
 * audited. Plain links, so the list is worked by keyboard alone.
 */
export function mailboxTriagePage(input: MailboxTriagePageInput): SafeHtml {
  const body = html`${!input.configured && html`<div class="warning"><p>${say('mailbox.off')}</p></div>`}
    <p>${say('mailbox.intro')}</p>
    <p>${say('mailbox.waiting', { count: input.count })}</p>
    ${input.drafts.length > 0 && draftTable(input.drafts)}`;
  return renderConsolePage({
    title: say('mailbox.title'),
    staff: input.staff,
    body,
    flash: input.flash,
    current: MAILBOX_PATH,
  });
}

function draftTable(drafts: readonly MailboxMessage[]): SafeHtml {
  const columns = ['received', 'size', 'files', 'note', 'open'] as const;
  return html`<div class="table-wrap">
    <table>
      <caption class="visually-hidden">
        ${say('mailbox.caption')}
      </caption>
      <thead>
        <tr>
          ${columns.map((column) => html`<th scope="col">${say(`mailbox.column.${column}`)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${drafts.map(
          (draft, index) =>
            html`<tr>
              <td>${staffTime(draft.receivedAt)}</td>
              <td>${say('mailbox.size', { size: kilobytes(draft.byteSize) })}</td>
              <td>
                ${draft.refusedAttachments.length > 0 && say('mailbox.files', { refused: draft.refusedAttachments.length })}
              </td>
              <td>${draft.problem && say(`mailbox.problem.${draft.problem}`)}</td>
              <td>
                <a href="${mailboxMessagePath(draft.id)}"
                  >${say('mailbox.open', { number: index + 1 })}</a
                >
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
