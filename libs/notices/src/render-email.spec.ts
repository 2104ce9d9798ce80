import { noticeTemplate } from './notice-catalogue';
import { renderEmail } from './render-email';

const facts = {
  reference: 'RD-7K3M-Q9XD',
  receivedOn: '2026-11-25',
  companyName: 'Example Shop',
  contactEmail: 'privacy@example.com',
  datasets: [
    { label: 'Account <customers>', rows: 1 },
    { label: 'Browsing sessions', rows: 3012 },
  ],
};

describe(renderEmail.name, () => {
  it('writes the English access notice with the reference, totals and no data itself', () => {
    const email = renderEmail(noticeTemplate('access_completed', 'en')(facts), 'en');
    expect(email.subject).toBe('Your data access request RD-7K3M-Q9XD is complete');
    expect(email.text).toContain('We found 3,013 records about you');
    expect(email.text).toContain('- Browsing sessions: 3,012');
    expect(email.html).toContain('<html lang="en">');
    expect(email.text).toContain('never send it by email');
  });

  it('writes the Spanish notice in Spanish', () => {
    const email = renderEmail(noticeTemplate('access_completed', 'es')(facts), 'es');
    expect(email.subject).toBe('Su solicitud de acceso a datos RD-7K3M-Q9XD se ha completado');
    expect(email.text).toContain('Encontramos 3013 registros');
    expect(email.html).toContain('<html lang="es">');
  });

  it('escapes every value in the HTML form', () => {
    const email = renderEmail(noticeTemplate('access_completed', 'en')(facts), 'en');
    expect(email.html).toContain('Account &lt;customers&gt;');
    expect(email.html).not.toContain('<customers>');
  });

  it('says plainly when nothing was found', () => {
    const email = renderEmail(
      noticeTemplate('access_completed', 'en')({ ...facts, datasets: [] }),
      'en',
    );
    expect(email.text).toContain('found no records about you');
    expect(email.html).not.toContain('<table');
  });
});

describe('access notices', () => {
  it('tells how to download the data, and never holds the data itself', () => {
    const email = renderEmail(noticeTemplate('access_completed', 'en')(facts), 'en');
    expect(email.text).toContain('choose "Download your data"');
    expect(email.text).toContain('one-time code');
    const spanish = renderEmail(noticeTemplate('access_completed', 'es')(facts), 'es');
    expect(spanish.text).toContain('Descargar sus datos');
  });

  it('keeps the download code a placeholder until sending, in both languages', () => {
    for (const language of ['en', 'es'] as const) {
      const email = renderEmail(
        noticeTemplate('download_code', language)({ ...facts, codeMinutes: 15 }),
        language,
      );
      expect(email.text).toContain('{{code}}');
      expect(email.text).toContain('15');
      expect(email.subject).toContain('RD-7K3M-Q9XD');
    }
  });
});
