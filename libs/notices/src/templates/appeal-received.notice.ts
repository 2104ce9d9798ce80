import { NoticeLayout } from '../notice-content';
import { deadlineLines } from './notice-sentence';

// Appeals run on their own clock from receipt of the appeal (Va. Code 59.1-577(C): 60 days).
export const appealReceived: NoticeLayout = (facts, say) => ({
  subject: say('appeal_received.subject'),
  greeting: say('notice.greeting'),
  paragraphs: [
    say('appeal_received.received'),
    say('appeal_received.look_again'),
    ...(facts.deadline
      ? [say('appeal_received.due'), ...deadlineLines(facts)]
      : [say('appeal_received.no_due')]),
    facts.statusUrl ? say('appeal_received.follow') : '',
    say('appeal_received.free'),
  ].filter(Boolean),
  closing: say('notice.closing'),
});
