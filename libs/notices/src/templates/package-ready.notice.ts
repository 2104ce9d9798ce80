import { NoticeLayout } from '../notice-content';

// The data itself only behind an authenticated, expiring download (GDPR Art. 32): this notice
// never carries a link that works without the one-time code.
export const packageReady: NoticeLayout = (facts, say) => ({
  subject: say('package_ready.subject'),
  greeting: say('notice.greeting'),
  paragraphs: [
    say('package_ready.ready'),
    say('package_ready.how', {
      place: facts.statusUrl
        ? say('package_ready.place_page', { statusUrl: facts.statusUrl })
        : say('package_ready.place_link'),
    }),
    facts.availableUntil
      ? say('package_ready.until', { availableUntil: facts.availableUntil })
      : say('package_ready.limited'),
    say('package_ready.never_by_email'),
    say('package_ready.questions'),
  ],
  closing: say('notice.closing'),
});
