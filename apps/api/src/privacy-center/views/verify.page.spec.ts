import { DICTIONARIES } from '../i18n/dictionaries';

const en = DICTIONARIES.en;
import { verifyPage } from './verify.page';

const base = {
  statusToken: 'tok',
  reference: 'RD-AAAA-BBBB',
  csrfToken: 'csrf',
  askCode: true,
  dataPoints: [],
  askDeclaration: false,
};

describe(verifyPage.name, () => {
  it('asks only for the code when the email code is enough', () => {
    const page = verifyPage(base, en).toString();
    expect(page).toContain('name="code"');
    expect(page).not.toContain('name="phone"');
    expect(page).not.toContain('name="declaration"');
    expect(page).toContain('action="/verify/tok/code"');
  });

  it('speaks of our letter, not an email, to a person whose code came by post', () => {
    const page = verifyPage({ ...base, byPost: true }, en).toString();
    expect(page).toContain('Enter the 6-digit code from the letter we posted to you.');
    expect(page).toContain('It is in our letter, under your reference number.');
    expect(page).toContain('Send me a new code');
    expect(page).not.toMatch(/emailed|email from us/);
  });

  it('asks for the extra details and the declaration when the tier needs them', () => {
    const page = verifyPage(
      {
        ...base,
        askCode: false,
        dataPoints: ['name', 'phone', 'postal_address', 'last_order_number'],
        askDeclaration: true,
      },
      en,
    ).toString();
    expect(page).not.toContain('name="code"');
    for (const name of [
      'name',
      'phone',
      'postalAddress.line1',
      'postalAddress.postalCode',
      'lastOrderNumber',
      'declaration',
    ]) {
      expect(page).toContain(`name="${name}"`);
    }
  });

  it('ties a wrong-code message to the field and links it from the summary', () => {
    const page = verifyPage(
      { ...base, errors: [{ field: 'code', message: en.verify.wrongCode(2) }] },
      en,
    ).toString();
    expect(page).toContain(
      '<a href="#code">6-digit code: That code is not right. You have 2 tries left.</a>',
    );
    expect(page).toMatch(/aria-describedby="code-hint code-error"/);
    expect(page).toContain('<title>Error: Confirm it is you');
  });

  it('links an expired code to the "send a new code" button', () => {
    const page = verifyPage(
      { ...base, errors: [{ field: 'resend', message: en.verify.expired }] },
      en,
    ).toString();
    expect(page).toContain('<a href="#resend">Send a new code: Your code has expired.');
    expect(page).toContain('id="resend"');
  });
});
