import { NoticeLayout } from '../notice-content';
import { asSentence, deadlineLines } from './notice-sentence';
import { unmatchedWords } from '../correction-words';

// CCPA regs 7020: a deficient request is answered with how to fix it; the 45 days still run
// from receipt (regs 7021(b)). Under the UK GDPR the clock stops until the answer (Art. 12A).
export const informationNeeded: NoticeLayout = (facts, say) => ({
  subject: say('information_needed.subject'),
  greeting: say('notice.greeting'),
  paragraphs: [
    say('information_needed.need'),
    facts.unmatchedCorrections?.length
      ? say('information_needed.correction_unmatched', {
          problems: unmatchedWords(say, facts.unmatchedCorrections),
        })
      : facts.reason
        ? say('information_needed.what', { reason: asSentence(facts.reason) })
        : say('information_needed.be_precise'),
    facts.statusUrl ? say('information_needed.send_from_page') : say('information_needed.reply'),
    say('information_needed.only_what_we_ask'),
    ...deadlineLines(facts),
    say(
      facts.clockPausedForInformation
        ? 'information_needed.clock_paused'
        : 'information_needed.clock',
    ),
  ],
  closing: say('notice.closing'),
});
