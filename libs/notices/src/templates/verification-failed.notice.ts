import { NoticeLayout } from '../notice-content';
import { asSentence } from './notice-sentence';

// CCPA regs 7022(a), 7023, 7024(a): an unverified copy falls back to categories; an unverified
// deletion or correction is refused, and the person is told why. `facts.reason` says why
// identity was not confirmed; this notice adds what follows.
export const verificationFailed: NoticeLayout = (facts, say) => ({
  subject: say('verification_failed.subject'),
  greeting: say('notice.greeting'),
  paragraphs: [
    say('verification_failed.could_not'),
    facts.reason ? asSentence(facts.reason) : '',
    say('verification_failed.what_follows', { type: facts.requestType ?? 'none' }),
    say('verification_failed.try_again'),
    facts.statusUrl
      ? say('verification_failed.appeal_page')
      : say('verification_failed.appeal_email'),
    say('verification_failed.complain'),
  ].filter(Boolean),
  closing: say('notice.closing'),
});
