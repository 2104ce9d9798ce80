import { createHash } from 'node:crypto';
import { DICTIONARIES } from '../i18n/dictionaries';
import { PRIVACY_CENTER_CSP } from '../../web/content-security-policy';
import { homePage } from './home.page';

const en = DICTIONARIES.en;

describe('PRIVACY_CENTER_CSP', () => {
  it("allows the page's own style element, exactly as rendered, and no script", () => {
    const page = homePage(
      {
        contact: {
          name: 'Example Shop',
          postalAddress: ['1 Main St', 'Oakland CA'],
          supportEmail: 'a@b.c',
        },
      },
      en,
    ).toString();
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
    expect(styles).toHaveLength(1);
    // A browser applies the style only if the hash of its exact text is in the policy.
    const hash = createHash('sha256').update(styles[0]).digest('base64');
    expect(PRIVACY_CENTER_CSP).toContain(`style-src 'sha256-${hash}'`);
    expect(page).not.toMatch(/<script|style="/);
    expect(PRIVACY_CENTER_CSP).toContain("default-src 'none'");
  });
});

describe(homePage.name, () => {
  it('links a form for each right a person can start, and no form that does not exist', () => {
    const page = homePage(
      {
        contact: {
          name: 'Shop',
          postalAddress: ['1 Main St', 'Oakland CA'],
          supportEmail: 'a@b.c',
        },
      },
      en,
    ).toString();
    const forms = [...page.matchAll(/href="\/requests\/new\/([a-z_]+)"/g)].map((match) => match[1]);
    expect(forms).toEqual(['access', 'correct', 'delete', 'withdraw_consent']);
  });
});
