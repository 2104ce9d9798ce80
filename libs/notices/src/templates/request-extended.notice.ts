import { NoticeLayout } from '../notice-content';
import { asSentence, deadlineLines } from './notice-sentence';

// Sent before the original deadline, with the reason: CCPA regs 7021(b) (45 more days), GDPR
// Art. 12(3) (two more months), Colorado appeals (60 more days).
export const requestExtended: NoticeLayout = (facts, say) => ({
  subject: say('request_extended.subject'),
  greeting: say('notice.greeting'),
  paragraphs: [
    say('request_extended.still_working'),
    say('request_extended.why', {
      reason: asSentence(facts.reason ?? say('request_extended.default_reason')),
    }),
    say('request_extended.law'),
    ...(facts.deadline ? deadlineLines(facts) : [say('request_extended.no_due')]),
    facts.statusUrl ? say('request_extended.follow') : '',
    say('request_extended.questions'),
  ].filter(Boolean),
  closing: say('notice.closing'),
});
