import { NoticeLayout, SECRET_PLACEHOLDERS } from '../notice-content';
import { courtesyLines, deadlineLines } from './notice-sentence';

export const verificationCode: NoticeLayout = (facts, say) => ({
  subject: say('verification_code.subject'),
  greeting: say('notice.greeting'),
  paragraphs: [
    say('verification_code.received'),
    say('verification_code.code', SECRET_PLACEHOLDERS),
    say('verification_code.works_for', { minutes: facts.codeMinutes ?? 30 }),
    ...courtesyLines(facts, say),
    ...deadlineLines(facts),
    facts.statusUrl ? say('verification_code.follow') : '',
    say('verification_code.not_you'),
  ].filter(Boolean),
  closing: say('notice.closing'),
});
