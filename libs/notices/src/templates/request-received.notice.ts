import { NoticeLayout } from '../notice-content';
import { courtesyLines, deadlineLines } from './notice-sentence';

// CCPA regs 7021(a): confirm receipt within 10 business days, with how verification works and
// when to expect an answer.
export const requestReceived: NoticeLayout = (facts, say) => ({
  subject: say('request_received.subject'),
  greeting: say('notice.greeting'),
  paragraphs: [
    say('request_received.received', { type: facts.requestType ?? 'none' }),
    facts.requestType === 'withdraw_consent'
      ? say('request_received.no_proof')
      : say('request_received.verification'),
    ...(facts.deadline
      ? [
          ...(facts.courtesyLaw ? courtesyLines(facts, say) : [say('request_received.due')]),
          ...deadlineLines(facts),
        ]
      : [say('request_received.no_due')]),
    facts.statusUrl ? say('request_received.follow') : '',
    say('request_received.free'),
  ].filter(Boolean),
  closing: say('notice.closing'),
});
