import { NoticeLayout, SECRET_PLACEHOLDERS } from '../notice-content';

export const downloadCode: NoticeLayout = (facts, say) => ({
  subject: say('download_code.subject'),
  greeting: say('notice.greeting'),
  paragraphs: [
    say('download_code.asked'),
    say('download_code.code', { code: SECRET_PLACEHOLDERS.code }),
    say('download_code.works_for', { minutes: facts.codeMinutes ?? 15 }),
    say('download_code.not_you'),
  ],
  closing: say('notice.closing'),
});
