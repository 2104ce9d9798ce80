import { TestApi } from '../../support/api-app';
import { createStaffMember } from '../../support/staff';
import { browser, formToken, signInThroughPage, startConsole } from './console.support';

describe('console: signing in and out', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startConsole();
  });
  afterAll(() => api.close());

  it('sends a signed-out visitor to the sign-in page and back to where they were going', async () => {
    const agent = browser(api);
    await agent
      .get('/console/admin?page=2')
      .expect(303)
      .expect('location', '/console/sign-in?next=%2Fconsole%2Fadmin%3Fpage%3D2');
  });

  it('signs in with email and password into an httpOnly SameSite session, and out again', async () => {
    const member = await createStaffMember(api.dataSource, 'privacy_officer');
    const agent = browser(api);
    const page = await agent.get('/console/sign-in?next=/console').expect(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    const signedIn = await agent
      .post('/console/sign-in')
      .type('form')
      .send({
        _csrf: formToken(page.text),
        email: member.email.toUpperCase(),
        password: member.password,
        next: '/console',
      })
      .expect(303)
      .expect('location', '/console');
    const cookie = (signedIn.headers['set-cookie'] as unknown as string[]).find((value) =>
      value.startsWith('rd_staff='),
    );
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const home = await agent.get('/console').expect(200);
    expect(home.text).toContain(member.name);
    expect(home.text).toContain('Privacy officer');
    expect(home.text).not.toContain('href="/console/admin/users"');

    await agent
      .post('/console/sign-out')
      .type('form')
      .send({ _csrf: formToken(home.text) })
      .expect(303)
      .expect('location', '/console/sign-in');
    await agent.get('/console').expect(303);
  });

  it('refuses a wrong password with one message that does not say whether the account exists', async () => {
    const member = await createStaffMember(api.dataSource, 'auditor');
    const agent = browser(api);
    const page = await agent.get('/console/sign-in').expect(200);
    const wrong = await agent
      .post('/console/sign-in')
      .type('form')
      .send({
        _csrf: formToken(page.text),
        email: member.email,
        password: 'not the password at all',
      })
      .expect(401);
    const unknown = await agent
      .post('/console/sign-in')
      .type('form')
      .send({
        _csrf: formToken(page.text),
        email: 'nobody@staff.example.com',
        password: 'whatever it is',
      })
      .expect(401);
    expect(wrong.text).toContain('The email address or password is not right.');
    expect(unknown.text).toContain('The email address or password is not right.');
    expect(wrong.text).not.toContain('not the password at all');
  });

  it('signs in through the page helper', async () => {
    const member = await createStaffMember(api.dataSource, 'admin');
    const agent = await signInThroughPage(api, member);
    const admin = await agent.get('/console/admin').expect(200);
    expect(admin.text).toContain('API keys');
  });
});
