import { NoticeLayout } from '../notice-content';
import { asSentence } from './notice-sentence';

export const requestDenied: NoticeLayout = (facts, say) => ({
  subject: say('request_denied.subject'),
  greeting: say('notice.greeting'),
  paragraphs: [
    say('request_denied.could_not'),
    say('request_denied.reason', {
      reason: asSentence(facts.reason ?? say('request_denied.default_reason')),
    }),
    facts.statusUrl ? say('request_denied.appeal_page') : say('request_denied.appeal_email'),
    say('request_denied.complain'),
    say('request_denied.new_request'),
  ],
  closing: say('notice.closing'),
});
