import { ParsedMail } from 'mailparser';
import { StaffPasswordToken } from '@rightsdesk/persistence';
import { TestApi } from '../../support/api-app';
import { SmtpSink } from '../../support/smtp-sink';
import { createStaffMember } from '../../support/staff';
import {
  browser,
  formToken,
  signInThroughPage,
  startConsole,
  visibleText,
} from './console.support';

/** The recipients of a parsed email, as text. */
function sentTo(mail: ParsedMail): string {
  const to = mail.to;
  return (Array.isArray(to) ? to : to ? [to] : []).map((address) => address.text).join(', ');
}

const LINK = /http:\/\/localhost:3000(\/console\/password\/reset\/[A-Za-z0-9_-]{43})/;

describe('console: password reset by email', () => {
  let api: TestApi;
  const smtp = new SmtpSink();

  beforeAll(async () => {
    api = await startConsole({ SMTP_URL: await smtp.start(), PUBLIC_URL: 'http://localhost:3000' });
  });
  afterAll(async () => {
    await api.close();
    await smtp.stop();
  });

  async function askForReset(email: string) {
    const agent = browser(api);
    const page = await agent.get('/console/password/forgot').expect(200);
    const asked = await agent
      .post('/console/password/forgot')
      .type('form')
      .send({ _csrf: formToken(page.text), email })
      .expect(303)
      .expect('location', '/console/password/sent');
    const sent = await agent.get(asked.headers.location).expect(200);
    return visibleText(sent.text);
  }

  it('answers the same for an address with and without an account, and emails only the member', async () => {
    const member = await createStaffMember(api.dataSource, 'privacy_officer');
    const forMember = await askForReset(member.email.toUpperCase());
    const forNobody = await askForReset('no-such-member@staff.example.com');
    expect(forMember).toBe(forNobody);
    expect(forMember).toContain('If that address belongs to a staff account');

    const mail = await smtp.waitFor((message) => sentTo(message).includes(member.email));
    expect(mail.subject).toContain('Reset your');
    expect(mail.text).toContain('within 30 minutes');
    expect(smtp.messages.some((message) => sentTo(message).includes('no-such-member'))).toBe(false);
  });

  it('sets a new password once through the emailed link, ending every session', async () => {
    const member = await createStaffMember(api.dataSource, 'admin');
    const signedIn = await signInThroughPage(api, member);
    await askForReset(member.email);
    const mail = await smtp.waitFor(
      (message) => sentTo(message).includes(member.email) && LINK.test(message.text ?? ''),
    );
    const path = LINK.exec(mail.text ?? '')?.[1] as string;
    const token = path.split('/').pop() as string;
    // Only a keyed hash of the token is stored.
    const stored = await api.dataSource
      .getRepository(StaffPasswordToken)
      .findBy({ staffUserId: member.id });
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toContain(token);

    const agent = browser(api);
    const page = await agent.get(path).expect(200);
    expect(visibleText(page.text)).toContain(`Choose a password for ${member.email}`);
    const weak = await agent
      .post(path)
      .type('form')
      .send({ _csrf: formToken(page.text), password: 'short', confirm: 'short' })
      .expect(400);
    expect(visibleText(weak.text)).toContain('Use at least 12 characters');
    const mismatch = await agent
      .post(path)
      .type('form')
      .send({
        _csrf: formToken(page.text),
        password: 'a brand new passphrase',
        confirm: 'another one entirely',
      })
      .expect(400);
    expect(visibleText(mismatch.text)).toContain('The two passwords are not the same.');
    await agent
      .post(path)
      .type('form')
      .send({
        _csrf: formToken(page.text),
        password: 'a brand new passphrase',
        confirm: 'a brand new passphrase',
      })
      .expect(303)
      .expect('location', '/console/sign-in');

    await signedIn.get('/console').expect(303); // the old session ended
    await signInThroughPage(api, { email: member.email, password: 'a brand new passphrase' });
    const old = browser(api);
    const signInPage = await old.get('/console/sign-in').expect(200);
    await old
      .post('/console/sign-in')
      .type('form')
      .send({ _csrf: formToken(signInPage.text), email: member.email, password: member.password })
      .expect(401);

    // Single use: the link is spent.
    const again = await browser(api).get(path).expect(410);
    expect(visibleText(again.text)).toContain('This link does not work any more');
    const events = (await api.dataSource.query(
      `SELECT action, actor FROM request_events WHERE data->>'staffUserId' = $1 OR actor = $2 ORDER BY seq`,
      [member.id, `staff:${member.id}`],
    )) as Array<{ action: string; actor: string }>;
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['staff.password_reset_requested', 'staff.password_reset']),
    );
  });

  it('refuses an expired link and a made-up one', async () => {
    const member = await createStaffMember(api.dataSource, 'auditor');
    await askForReset(member.email);
    const mail = await smtp.waitFor((message) => sentTo(message).includes(member.email));
    const path = LINK.exec(mail.text ?? '')?.[1] as string;
    await api.dataSource.query(
      `UPDATE staff_password_tokens SET expires_at = now() - interval '1 second' WHERE staff_user_id = $1`,
      [member.id],
    );
    await browser(api).get(path).expect(410);
    await browser(api)
      .get(`/console/password/reset/${'x'.repeat(43)}`)
      .expect(410);
    await browser(api).get('/console/password/reset/short').expect(410);
  });

  it('refuses a reset form without its form token', async () => {
    const agent = browser(api);
    await agent.get('/console/password/forgot').expect(200);
    const refused = await agent
      .post('/console/password/forgot')
      .type('form')
      .send({ email: 'someone@staff.example.com' })
      .expect(403);
    expect(visibleText(refused.text)).toContain(
      'This form has expired; reload the page and try again.',
    );
  });
});
