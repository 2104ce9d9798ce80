import { StaffPrincipal, StaffRole } from '@rightsdesk/staff';
import { html } from '@rightsdesk/html';
import { csrfField, renderConsolePage } from './console-layout';

const staff = (role: StaffRole): StaffPrincipal => ({
  id: '5d1c0f4e-0000-4000-8000-000000000001',
  email: 'ada@example.com',
  name: 'Ada <Admin>',
  role,
  sessionId: '5d1c0f4e-0000-4000-8000-000000000002',
  csrfToken: 'token"with<quotes>',
});

describe(renderConsolePage.name, () => {
  it.each([
    ['admin', true],
    ['privacy_officer', false],
    ['auditor', false],
  ] as const)('shows Administration links to %s: %s', (role, shown) => {
    const page = renderConsolePage({
      title: 'Queue',
      staff: staff(role),
      body: html`<p>x</p>`,
    }).toString();
    expect(page.includes('href="/console/admin/users"')).toBe(shown);
    expect(page.includes('href="/console/admin/api-keys"')).toBe(shown);
    expect(page).toContain('href="/console/requests"');
  });

  it('escapes who is signed in and carries the session token in the sign-out form', () => {
    const page = renderConsolePage({
      title: 'Queue',
      staff: staff('auditor'),
      body: html``,
    }).toString();
    expect(page).toContain('Ada &lt;Admin&gt;');
    expect(page).toContain('Auditor (read-only)');
    expect(page).toMatch(
      /action="\/console\/sign-out"[\s\S]*name="_csrf" value="token&quot;with&lt;quotes&gt;"/,
    );
  });

  it('has one main landmark, a skip link, no script, and marks the current page', () => {
    const page = renderConsolePage({
      title: 'Users',
      staff: staff('admin'),
      body: html``,
      current: '/console/admin/users',
    }).toString();
    expect(page.match(/<main /g)).toHaveLength(1);
    expect(page).toContain('<a class="skip-link" href="#main">');
    expect(page).not.toMatch(/<script/i);
    expect(page).toMatch(/<a href="\/console\/admin\/users"\s+aria-current="page">Users<\/a>/);
    expect(page).not.toMatch(/href="\/console\/admin\/api-keys"\s+aria-current/);
    expect(page).toContain('<title>Users – Rightsdesk console</title>');
  });

  it('announces a success as a status and an error as an alert', () => {
    const ok = renderConsolePage({
      title: 'T',
      staff: staff('admin'),
      body: html``,
      flash: { kind: 'success', text: 'Saved <b>' },
    }).toString();
    expect(ok).toContain('<div class="flash" role="status"><p>Saved &lt;b&gt;</p></div>');
    const bad = renderConsolePage({
      title: 'T',
      staff: staff('admin'),
      body: html``,
      flash: { kind: 'error', text: 'No' },
    }).toString();
    expect(bad).toContain('role="alert"');
  });

  it('builds the hidden form-token field', () => {
    expect(csrfField({ csrfToken: 'abc' }).toString()).toBe(
      '<input type="hidden" name="_csrf" value="abc" />',
    );
  });
});
