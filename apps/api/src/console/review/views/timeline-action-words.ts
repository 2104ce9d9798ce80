/**
 * What an audit trail action says to a privacy officer reading the request's timeline. The
 * trail keeps stable codes (`request.approve`); the page shows words. A code not listed here
 * (a new action) is still shown readably, from its code.
 */
const ACTION_WORDS: Record<string, string> = {
  'request.received': 'Request received',
  'request.request_verification': 'Verification asked for',
  'request.verify': 'Identity verified',
  'request.submit_for_review': 'Sent for review',
  'request.approve': 'Approved',
  'request.deny': 'Denied',
  'request.extend': 'Deadline extended',
  'request.ask_for_info': 'More information asked for',
  'request.info_received': 'Information received',
  'request.assign': 'Assigned',
  'request.note_added': 'Internal note added',
  'request.cancel': 'Cancelled',
  'request.start': 'Fulfilment started',
  'request.complete': 'Completed',
  'request.fail': 'Fulfilment failed',
  'request.retry': 'Failed steps retried',
  'request.expire': 'Expired unverified',
  'request.appeal': 'Appealed',
  'request.appeal_decided': 'Appeal decided',
  'agent.authorization_received': "Agent's signed permission received",
  'verification.code_sent': 'Verification code emailed',
  'verification.email_confirmed': 'Email address confirmed',
  'verification.wrong_code': 'Wrong code entered',
  'verification.needs_more': 'More details asked for to verify',
  'notice.rendered': 'Notice written',
  'notice.sent': 'Notice emailed',
  'notice.captured': 'Notice kept (no mail server)',
  'notice.bounced': 'Email bounced',
  'notice.mailed': 'Letter mailed',
  'notice.returned': 'Letter returned undelivered',
  'fulfilment.erase_done': 'Data erased in a source',
  'fulfilment.correct_done': 'Correction written in a source',
  'fulfilment.withdraw_consent_done': 'Consent withdrawn in a source',
  'fulfilment.access_done': 'Access package built',
  'download.code_sent': 'Download code emailed',
  'access.downloaded': 'Package downloaded',
};

export function timelineActionInWords(action: string): string {
  const known = ACTION_WORDS[action];
  if (known) return known;
  const words = action.replace(/^[a-z]+\./, '').replace(/[._]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
