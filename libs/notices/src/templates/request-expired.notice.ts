import { NoticeLayout } from '../notice-content';

export const requestExpired: NoticeLayout = (_facts, say) => ({
  subject: say('request_expired.subject'),
  greeting: say('notice.greeting'),
  paragraphs: [
    say('request_expired.closed'),
    say('request_expired.protects'),
    say('request_expired.new_request'),
  ],
  closing: say('notice.closing'),
});
