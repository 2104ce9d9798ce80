import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { StaffUser, dataSourceOptions } from '@rightsdesk/persistence';
import { verifyPassword } from '@rightsdesk/staff';
import { runCli } from '../support/app-processes';
import { freshDatabase, ownDatabaseUrl } from '../support/fresh-database';

/** This file owns its database: the commands create the first staff members in it. */
const DATABASE_URL = ownDatabaseUrl('auth_cli');

function cli(args: string[], env: Record<string, string> = {}) {
  return runCli(args, { DATABASE_URL, ...env });
}

describe('staff commands (built cli)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    await freshDatabase(DATABASE_URL);
  }, 30_000);
  afterAll(() => dataSource?.destroy());

  const member = (email: string) => dataSource.getRepository(StaffUser).findOneByOrFail({ email });

  it('creates the first admin with a generated password, shown once, that matches the stored argon2id hash', async () => {
    const created = await cli([
      'create-admin',
      '--email',
      'First.Admin@Example.com',
      '--name',
      'First Admin',
    ]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('created admin first.admin@example.com');
    const password = /password \(shown once[^)]*\): (\S+)/.exec(created.stdout)?.[1] as string;
    expect(password).toMatch(/^[a-z2-9]{6}(-[a-z2-9]{6}){3}$/);
    dataSource = await new DataSource(dataSourceOptions(DATABASE_URL)).initialize();
    const admin = await member('first.admin@example.com');
    expect(admin.role).toBe('admin');
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(admin.passwordHash as string, password)).toBe(true);
    const [event] = await dataSource.query(
      `SELECT actor, data FROM request_events WHERE action = 'staff.created'`,
    );
    expect(event).toMatchObject({ actor: 'cli', data: { staffUserId: admin.id, role: 'admin' } });
  }, 60_000);

  it('takes the password from RIGHTSDESK_STAFF_PASSWORD and never prints it', async () => {
    const created = await cli(
      ['create-admin', '--email', 'second@example.com', '--name', 'Second', '--role', 'auditor'],
      { RIGHTSDESK_STAFF_PASSWORD: 'a long chosen passphrase' },
    );
    expect(created.code).toBe(0);
    expect(created.stdout).not.toContain('a long chosen passphrase');
    const auditor = await member('second@example.com');
    expect(auditor.role).toBe('auditor');
    expect(await verifyPassword(auditor.passwordHash as string, 'a long chosen passphrase')).toBe(
      true,
    );
  }, 60_000);

  it.each([
    [
      ['--email', 'first.admin@example.com', '--name', 'Again'],
      {},
      'first.admin@example.com already has a staff account.',
    ],
    [
      ['--email', 'weak@example.com', '--name', 'Weak'],
      { RIGHTSDESK_STAFF_PASSWORD: 'short' },
      'Use at least 12 characters',
    ],
    [['--email', 'x@example.com'], {}, '--name is required'],
    [['--name', 'No Email'], {}, '--email is required'],
    [
      ['--email', 'y@example.com', '--name', 'Y', '--role', 'owner'],
      {},
      '--role must be admin, privacy_officer or auditor',
    ],
  ])(
    'refuses %j with one line that says why',
    async (args, env, message) => {
      const refused = await cli(['create-admin', ...args], env);
      expect(refused.code).toBe(1);
      const lines = refused.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`rightsdesk: ${message}`);
    },
    60_000,
  );

  it('gives the demo admin and officer new working passwords on every run', async () => {
    const first = await cli(['demo-staff']);
    const second = await cli(['demo-staff']);
    const parse = (stdout: string) =>
      stdout
        .trim()
        .split('\n')
        .map((line) => line.split('\t'));
    const [[role, email, password], [officerRole, officerEmail]] = parse(second.stdout);
    expect([role, email, officerRole, officerEmail]).toEqual([
      'admin',
      'admin@rightsdesk.example',
      'privacy_officer',
      'officer@rightsdesk.example',
    ]);
    expect(parse(first.stdout)[0][2]).not.toBe(password);
    const admin = await member('admin@rightsdesk.example');
    expect(await verifyPassword(admin.passwordHash as string, password)).toBe(true);
    expect(await verifyPassword(admin.passwordHash as string, parse(first.stdout)[0][2])).toBe(
      false,
    );
  }, 60_000);
});
