import { LANGUAGES } from '@rightsdesk/domain';
import { NOTICE_KINDS, NoticeKind, noticeTemplate } from '../notice-catalogue';
import { NoticeFacts, SECRET_PLACEHOLDERS } from '../notice-content';
import { renderEmail } from '../render-email';

const minimal: NoticeFacts = {
  reference: 'RD-7K3M-Q9XD',
  receivedOn: '2026-11-25',
  companyName: 'Example Shop',
  contactEmail: 'privacy@example.com',
};
const full: NoticeFacts = {
  ...minimal,
  requestType: 'delete',
  deadline: {
    sentence: 'We will answer by 9 January 2027.',
    rule: 'The law gives us 45 days from the day we received your request, 25 November 2026 (CCPA regs 7021(b)).',
  },
  statusUrl: 'https://privacy.example.com/requests/RD-7K3M-Q9XD?t=abc',
  reason: 'we could not match the details you gave',
  appealOutcome: 'denied',
  law: {
    label: 'Virginia VCDPA',
    appeal: true,
    court: false,
    authorities: 'the Virginia Attorney General (www.oag.state.va.us)',
  },
  availableUntil: 'December 30, 2026',
  codeMinutes: 15,
};

function withoutSecrets(text: string): string {
  return Object.values(SECRET_PLACEHOLDERS).reduce(
    (rest, value) => rest.split(value).join(''),
    text,
  );
}

describe('notice catalogue', () => {
  const cases = NOTICE_KINDS.flatMap((kind) =>
    LANGUAGES.flatMap((language) => [
      { kind, language, facts: minimal, label: 'minimal' },
      { kind, language, facts: full, label: 'full' },
    ]),
  );

  it.each(cases)(
    '$kind in $language with $label facts has a subject, greeting, body and no placeholder',
    ({ kind, language, facts }) => {
      const content = noticeTemplate(kind, language)(facts);
      expect(content.subject).toContain('RD-7K3M-Q9XD');
      expect(content.greeting.trim()).not.toBe('');
      expect(content.paragraphs.length).toBeGreaterThan(0);
      expect(content.paragraphs.every((paragraph) => paragraph.trim() !== '')).toBe(true);
      expect(content.closing).toContain('Example Shop');
      const email = renderEmail(content, language);
      for (const text of [email.subject, email.text, email.html]) {
        expect(text).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/);
        expect(withoutSecrets(text)).not.toContain('{{');
        expect(text).not.toMatch(/\.\.(?!\.)/);
      }
    },
  );

  it('offers every kind in every language', () => {
    expect(NOTICE_KINDS).toEqual(
      expect.arrayContaining<NoticeKind>([
        'request_received',
        'verification_failed',
        'information_needed',
        'request_extended',
        'appeal_received',
        'appeal_decided',
        'package_ready',
      ]),
    );
  });
});
