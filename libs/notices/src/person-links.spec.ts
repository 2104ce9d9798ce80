import { redactPersonLinks } from './person-links';

const token = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1_';

describe(redactPersonLinks.name, () => {
  it.each([
    [
      'replaces a status link in text, with its site and language',
      `Follow it here: https://privacy.shop.example/status/${token}?lang=es (yours alone).`,
      'Follow it here: {{status_url}} (yours alone).',
    ],
    [
      'replaces a one-click confirmation link in HTML',
      `<a href="https://privacy.shop.example/verify/link/${token}">confirm</a>`,
      '<a href="{{verify_url}}">confirm</a>',
    ],
    [
      'replaces the same link twice',
      `https://x.example/status/${token} and https://x.example/status/${token}`,
      '{{status_url}} and {{status_url}}',
    ],
    [
      'leaves a copy that holds placeholders already',
      'Follow it here: {{status_url}}',
      'Follow it here: {{status_url}}',
    ],
    [
      'leaves a link to a page that carries no secret',
      'See https://privacy.shop.example/status/find',
      'See https://privacy.shop.example/status/find',
    ],
  ])('%s', (_case, stored, redacted) => {
    expect(redactPersonLinks(stored)).toBe(redacted);
  });
});
