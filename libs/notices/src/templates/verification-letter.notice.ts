import { NoticeLayout, SECRET_PLACEHOLDERS } from '../notice-content';
import { courtesyLines, deadlineLines } from './notice-sentence';

/**
 * The code that verifies a person who wrote or called without an email address, sent by post
 * (CCPA regs 7060-7062: a method that fits how they reached us). The letter says nothing about
 * them beyond the address block: only the reference, the code and how to use it.
 */
export const verificationLetter: NoticeLayout = (facts, say) => ({
  subject: say('verification_letter.subject'),
  greeting: say('notice.greeting'),
  paragraphs: [
    say('verification_letter.received'),
    say('verification_letter.code', { code: SECRET_PLACEHOLDERS.code }),
    say('verification_letter.online', { enterUrl: facts.enterCodeUrl ?? '' }),
    say('verification_letter.call'),
    say('verification_letter.works_for', { days: facts.codeDays ?? 30 }),
    ...courtesyLines(facts, say),
    ...deadlineLines(facts),
    say('verification_letter.not_you'),
  ],
  closing: say('notice.closing'),
});
