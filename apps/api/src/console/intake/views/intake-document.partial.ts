import { IntakeDocumentSummary } from '@rightsdesk/intake';
import { StaffPrincipal, roleAllowed } from '@rightsdesk/staff';
import { SafeHtml, html } from '@rightsdesk/html';
import { say } from '../../i18n/console-words';
import { dateTimeIn } from '../../review/views/review-words';

/** Who may open the letter or call note: those who act on requests (each opening is audited). */
export const DOCUMENT_READERS = ['admin', 'privacy_officer'] as const;

export function intakeDocumentPath(requestId: string): string {
  return `/console/intake/${requestId}/document`;
}

/**
 * The scanned letter or call note entered with the request: what it is and, for the roles that
 * may read it, a link that downloads it (recorded on the request's timeline).
 */
export function intakeDocumentSection(
  requestId: string,
  document: IntakeDocumentSummary | null | undefined,
  staff: StaffPrincipal,
  timeZone: string,
): SafeHtml {
  if (!document) return html``;
  const summary = say('intake.document.summary', {
    fileName: document.fileName,
    kind: say('intake.document.kind', { type: document.contentType.split('/')[1] }),
    size: Math.max(1, Math.round(document.byteSize / 1024)),
    date: dateTimeIn(document.attachedAt.toISOString(), timeZone),
  });
  return html`<h2 id="document">${say('intake.document.heading')}</h2>
    <p>${summary}</p>
    ${
      roleAllowed(staff.role, DOCUMENT_READERS) &&
      html`<p><a href="${intakeDocumentPath(requestId)}">${say('intake.document.download')}</a></p>`
    }`;
}
