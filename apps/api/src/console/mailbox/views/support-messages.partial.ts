import type { MailboxMessage } from '@rightsdesk/persistence';
import { StaffPrincipal, roleAllowed } from '@rightsdesk/staff';
import { SafeHtml, html } from '@rightsdesk/html';
import { say } from '../../i18n/console-words';
import { staffTime } from '../../i18n/staff-clock';
import { mailboxMessagePath } from './mailbox-triage.page';

/** Who may open a support message from a request's page (each opening is audited). */
const MESSAGE_READERS = ['admin', 'privacy_officer'] as const;

/**
 * The support messages that belong to a request (the one it was entered from, replies quoting
 * its reference), oldest first: when each was sent and, for the roles that may, a link to read it.
 */
export function supportMessagesSection(
  messages: readonly MailboxMessage[] | undefined,
  staff: StaffPrincipal,
): SafeHtml {
  if (!messages?.length) return html``;
  const readable = roleAllowed(staff.role, MESSAGE_READERS);
  return html`<h2 id="support-messages">${say('mailbox.request.heading')}</h2>
    <ul>
      ${messages.map((message) => {
        const date = staffTime(message.receivedAt);
        return html`<li>
          ${
            readable
              ? html`<a href="${mailboxMessagePath(message.id)}"
                  >${say('mailbox.request.read', { date })}</a
                >`
              : date
          }
          (${say(`mailbox.status.${message.status}`)})
        </li>`;
      })}
    </ul>`;
}
