import { NoticeLayout } from '../notice-content';
import { asSentence } from './notice-sentence';

// The decision gives reasons and, if the appeal is denied, how to contact the authority of the
// person's law, e.g. the state Attorney General (Va. Code 59.1-577(C); C.R.S. 6-1-1306(3)).
export const appealDecided: NoticeLayout = (facts, say) => ({
  subject: say('appeal_decided.subject'),
  greeting: say('notice.greeting'),
  paragraphs: [
    say('appeal_decided.looked_again'),
    facts.appealOutcome ? say('appeal_decided.decision', { outcome: facts.appealOutcome }) : '',
    facts.reason ? say('appeal_decided.reasons', { reason: asSentence(facts.reason) }) : '',
    facts.appealOutcome === 'granted' || !facts.law?.authorities
      ? ''
      : say('appeal_decided.complain', { authority: facts.law.authorities }),
    say('appeal_decided.questions'),
  ].filter(Boolean),
  closing: say('notice.closing'),
});
