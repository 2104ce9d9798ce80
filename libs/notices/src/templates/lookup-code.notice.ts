import { NoticeLayout, SECRET_PLACEHOLDERS } from '../notice-content';

/** The code a person asked for on "Find my request", having lost the link to their request. */
export const lookupCode: NoticeLayout = (facts, say) => ({
  subject: say('lookup_code.subject'),
  greeting: say('notice.greeting'),
  paragraphs: [
    say('lookup_code.asked'),
    say('lookup_code.code', { code: SECRET_PLACEHOLDERS.code }),
    say('lookup_code.works_for', { minutes: facts.codeMinutes ?? 15 }),
    say('lookup_code.new_link'),
    say('lookup_code.not_you'),
  ],
  closing: say('notice.closing'),
});
