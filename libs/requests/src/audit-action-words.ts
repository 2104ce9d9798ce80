/**
 * What an audit-trail action says to staff: in a request's timeline and in the audit-log PDF.
 * The trail keeps stable codes (`request.approve`) for machines; people read these words
 * ("Request approved"). Staff pages are in English, as the console is.
 */
const ACTION_WORDS: Readonly<Record<string, string>> = {
  'request.received': 'Request received',
  'request.request_verification': 'Verification asked for',
  'request.verify': 'Identity verified',
  'request.submit_for_review': 'Sent for review',
  'request.approve': 'Request approved',
  'request.deny': 'Request denied',
  'request.extend': 'Deadline extended',
  'request.ask_for_info': 'More information asked for',
  'request.info_received': 'Information received',
  'request.assign': 'Request assigned',
  'request.note_added': 'Internal note added',
  'request.cancel': 'Request cancelled',
  'request.start': 'Fulfilment started',
  'request.complete': 'Request completed',
  'request.fail': 'Fulfilment failed',
  'request.retry': 'Failed steps retried',
  'request.expire': 'Expired unverified',
  'request.appeal': 'Appeal received',
  'request.appeal_decided': 'Appeal decided',
  'agent.authorization_received': "Agent's signed permission received",
  'intake.document_attached': 'Scanned letter or call note attached',
  'intake.document_downloaded': 'Scanned letter or call note downloaded',
  'correspondence.inbound_received': 'Message from the person received (support mailbox)',
  'mailbox.message_read': 'Support message opened',
  'mailbox.attachment_downloaded': 'File from a support message downloaded',
  'mailbox.message_converted': 'Entered from a support message',
  'mailbox.message_filed': 'Support message filed as not a request',
  'answer.file_downloaded': "File sent with the person's answer downloaded",
  'verification.code_sent': 'Verification code emailed',
  'verification.email_confirmed': 'Email address confirmed',
  'verification.code_posted': 'Verification code posted (the person has no email)',
  'verification.posted_code_confirmed': 'Code from the verification letter confirmed',
  'verification.code_read_out': 'Code read out on a call, entered by staff',
  'verification.wrong_code': 'Wrong code entered',
  'verification.needs_more': 'More details asked for to verify',
  'verification.person_limited':
    'Alert: too many codes or wrong codes for this email address across its requests; refused for the hour',
  'notice.rendered': 'Notice written',
  'notice.sent': 'Notice emailed',
  'notice.captured': 'Notice kept (no mail server)',
  'notice.bounced': 'Email bounced',
  'notice.unconfirmed': 'Email may have been sent: to be checked',
  'notice.confirmed_sent': 'Email confirmed as sent',
  'notice.resend_ordered': 'Email to be sent again',
  'notice.archive_confirmed': 'Email confirmed as sent by the archive copy',
  'notice.archive_resend': 'Email not in the archive copy (never accepted): sent again',
  'notice.archive_missing': 'Email not in the archive copy after sending again: to be checked',
  'notice.mailed': 'Letter mailed',
  'notice.returned': 'Letter returned undelivered',
  'fulfilment.erase_done': 'Data erased in a source',
  'fulfilment.correct_done': 'Correction written in a source',
  'fulfilment.withdraw_consent_done': 'Consent withdrawn in a source',
  'fulfilment.access_done': 'Access package built',
  'download.code_sent': 'Download code emailed',
  'access.downloaded': 'Package downloaded',
};

/** An action in words; a code not listed (a new action) is still read from its code. */
export function auditActionInWords(action: string): string {
  if (Object.hasOwn(ACTION_WORDS, action)) return ACTION_WORDS[action];
  const words = action.replace(/^[a-z]+\./, '').replace(/[._]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Who did it, in words: a member of staff by name, another system by its API key's name, and
 * the person or Rightsdesk itself by what they are. `names` holds the names the trail's actor
 * ids stand for (`staff:<id>`, `api:<id>`).
 */
export function auditActorInWords(actor: string, names: Readonly<Record<string, string>>): string {
  if (Object.hasOwn(names, actor)) return names[actor];
  if (actor === 'subject') return 'the person who asked';
  if (actor === 'policy') return 'automatic approval policy';
  if (actor === 'system' || actor === 'worker') return 'Rightsdesk (automatic)';
  if (actor === 'mailbox') return 'the support mailbox (automatic)';
  if (actor.startsWith('staff:')) return 'a former member of staff';
  if (actor.startsWith('api:')) return 'a removed API key';
  return actor;
}
