import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { StaffUser } from '@rightsdesk/persistence';
import { StaffRole, StaffSessions, hashPassword } from '@rightsdesk/staff';
import type { TestApi } from './api-app';

export interface StaffCredentials {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  password: string;
}

/** A staff member with a known password, written straight to the database (the tests' admin). */
export async function createStaffMember(
  dataSource: DataSource,
  role: StaffRole,
  overrides: Partial<Pick<StaffCredentials, 'email' | 'name' | 'password'>> = {},
): Promise<StaffCredentials> {
  const tag = randomUUID().slice(0, 8);
  const email = (
    overrides.email ?? `${role.replace('_', '-')}-${tag}@staff.example.com`
  ).toLowerCase();
  const name = overrides.name ?? `Test ${role.replace('_', ' ')} ${tag}`;
  const password = overrides.password ?? `correct horse ${tag} battery`;
  const saved = await dataSource.getRepository(StaffUser).save({
    email,
    name,
    role,
    passwordHash: await hashPassword(password),
    passwordChangedAt: new Date(),
  });
  return { id: saved.id, email, name, role, password };
}

export interface StaffSessionForTests extends StaffCredentials {
  /** The Cookie header value for supertest: `.set('Cookie', session.cookie)`. */
  cookie: string;
  /** The session's form token: `_csrf` in forms, `X-CSRF-Token` on the API. */
  csrfToken: string;
}

/**
 * A signed-in staff member of the in-process api, without going through the sign-in page (the
 * sign-in tests do that): for tests of pages and routes that need a role.
 */
export async function staffSession(api: TestApi, role: StaffRole): Promise<StaffSessionForTests> {
  const member = await createStaffMember(api.dataSource, role);
  const sessions = api.app.get(StaffSessions);
  const { token, sessionId } = await sessions.start(member.id);
  return { ...member, cookie: `rd_staff=${token}`, csrfToken: sessions.csrfTokenFor(sessionId) };
}
