import { NoticeLayout } from '../notice-content';
import { asSentence } from './notice-sentence';
import { rightsAfterRefusal } from './rights-sentences';

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
    ...rightsAfterRefusal(facts, say, {
      page: 'verification_failed.appeal_page',
      email: 'verification_failed.appeal_email',
    }),
  ].filter(Boolean),
  closing: say('notice.closing'),
});
