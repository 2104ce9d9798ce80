import type { Say } from '@rightsdesk/messages';
import { NoticeFacts, NoticeLayout } from '../notice-content';
import { asSentence } from './notice-sentence';
import { rightsAfterRefusal } from './rights-sentences';

export const requestDenied: NoticeLayout = (facts, say) => ({
  subject: say('request_denied.subject'),
  greeting: say('notice.greeting'),
  paragraphs: [
    say('request_denied.could_not'),
    say('request_denied.reason', { reason: asSentence(reasonOf(facts, say)) }),
    ...rightsAfterRefusal(facts, say, {
      page: 'request_denied.appeal_page',
      email: 'request_denied.appeal_email',
    }),
    say('request_denied.new_request'),
  ],
  closing: say('notice.closing'),
});

/** The ground in the person's language, then the officer's own words: "The law requires …: …". */
function reasonOf(facts: NoticeFacts, say: Say): string {
  const ground = facts.denialReason ? say(`denial_reason.${facts.denialReason}`) : undefined;
  if (ground && facts.reason) return `${ground}: ${facts.reason}`;
  return ground ?? facts.reason ?? say('request_denied.default_reason');
}
