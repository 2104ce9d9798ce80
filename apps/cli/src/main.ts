import 'reflect-metadata';
import { Client } from 'pg';
import { ConfigError, analyticsDatabaseUrlFor, loadConfig } from '@rightsdesk/config';
import { DataMapInvalidError, readDataMapFile } from '@rightsdesk/data-map';
import { ServiceUnreachableError, checkPostgres } from '@rightsdesk/observability';
import { ApiKeyService } from '@rightsdesk/api-keys';
import { ensureDatabase, runMigrations } from '@rightsdesk/persistence';
import { readSeedMeta, seedShop, shopSchemaHash } from '@demo/shop';
import { writeNoticePreviews } from '@rightsdesk/notices';
import { randomBytes } from 'node:crypto';
import { DomainError } from '@rightsdesk/domain';
import { keptMail } from '@rightsdesk/requests';
import { StaffProvisioning, StaffRole, isStaffRole } from '@rightsdesk/staff';
import { withApplication } from './command-line.module';

const USAGE = `usage: rightsdesk <command>
  migrate                          create the database if needed and apply migrations
  seed-shop [--people N] [--seed S] [--database-url URL] [--analytics-database-url URL] [--if-empty]
                                   fill the demo shop database and its analytics database with N
                                   deterministic people (default 1000); with --if-empty, only when
                                   the two do not already hold a complete seed by this version
  check-data-map [FILE]            validate a data map (default DATA_MAP_PATH)
  create-api-key --name NAME --scopes requests:write,requests:read,...
                                   create a key for another system; the key is printed once
  kept-mail [--reference RD-XXXX-XXXX] [--last N]
                                   print mail kept instead of sent (no SMTP_URL: a developer set-up),
                                   e.g. to read a verification code in the demo
  create-admin --email EMAIL --name NAME [--role admin|privacy_officer|auditor]
                                   create a staff member (the first admin); the password comes from
                                   RIGHTSDESK_STAFF_PASSWORD, or a strong one is generated and printed once
  demo-staff                       (npm start) create or refresh the demo admin and officer with new
                                   passwords and print them
  preview-notices [--out DIR]      render every notice in every language as email (HTML, text) and
                                   letter (PDF) with sample facts, into DIR (default tmp/notice-previews)`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const options = parseOptions(rest);
  const config = loadConfig();
  switch (command) {
    case 'migrate': {
      await checkPostgres(serverUrl(config.DATABASE_URL), 'DATABASE_URL');
      const applied = await runMigrations(config.DATABASE_URL);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
      return;
    }
    case 'seed-shop': {
      const databaseUrl = options['database-url'] ?? config.SHOP_DATABASE_URL;
      const analyticsDatabaseUrl =
        options['analytics-database-url'] ??
        (options['database-url'] === undefined
          ? config.ANALYTICS_DATABASE_URL
          : analyticsDatabaseUrlFor(databaseUrl));
      const people = positiveInt(options.people ?? '1000', '--people');
      await checkPostgres(serverUrl(databaseUrl), 'SHOP_DATABASE_URL');
      await ensureDatabase(databaseUrl);
      await ensureDatabase(analyticsDatabaseUrl);
      if ('if-empty' in options && (await shopIsSeeded(databaseUrl, analyticsDatabaseUrl))) {
        console.log(
          'demo shop already seeded; keeping its data (run seed-shop without --if-empty to reseed)',
        );
        return;
      }
      const report = await seedShop({
        databaseUrl,
        analyticsDatabaseUrl,
        people,
        seed: options.seed === undefined ? undefined : positiveInt(options.seed, '--seed'),
        onProgress: (message) => console.log(message),
      });
      console.log(
        `seeded ${people.toLocaleString('en-US')} people in ${(report.elapsedMs / 1000).toFixed(1)} s`,
      );
      return;
    }
    case 'check-data-map': {
      const path = options._ ?? config.DATA_MAP_PATH;
      const map = await readDataMapFile(path);
      console.log(
        `${path}: valid (version ${map.version}, ${Object.keys(map.systems).length} system(s))`,
      );
      return;
    }
    case 'create-api-key': {
      const name = options.name?.trim();
      if (!name) throw new UsageError('--name is required');
      const scopes = (options.scopes ?? '').split(',').filter(Boolean);
      const created = await withApplication(config, (app) =>
        app
          .get(ApiKeyService)
          .create(name, scopes)
          .catch((error: Error) => {
            throw new UsageError(error.message);
          }),
      );
      console.log(created.key);
      return;
    }
    case 'kept-mail': {
      const last = positiveInt(options.last ?? '5', '--last');
      const client = new Client({ connectionString: config.DATABASE_URL });
      await client.connect();
      try {
        // Only mail never sent is shown: with an SMTP server configured there is none.
        const rows = await keptMail(
          { query: async (sql, parameters) => (await client.query(sql, parameters)).rows },
          options.reference ?? null,
          last,
        );
        if (rows.length === 0) console.log('no kept mail');
        for (const row of rows.reverse()) {
          console.log(
            `--- ${row.reference} ${new Date(row.created_at).toISOString()}\nTo: ${row.recipient}\nSubject: ${row.subject}\n\n${row.body_text}\n`,
          );
        }
      } finally {
        await client.end();
      }
      return;
    }
    case 'create-admin': {
      const email = options.email?.trim();
      const name = options.name?.trim();
      const role = options.role ?? 'admin';
      if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) throw new UsageError('--email is required');
      if (!name) throw new UsageError('--name is required');
      if (!isStaffRole(role))
        throw new UsageError('--role must be admin, privacy_officer or auditor');
      const given = process.env.RIGHTSDESK_STAFF_PASSWORD;
      const password = given ?? generatedPassword();
      await withApplication(config, (app) =>
        app
          .get(StaffProvisioning)
          .createWithPassword({ email, name, role }, password)
          .catch((error: unknown) => {
            throw error instanceof DomainError ? new UsageError(error.message) : error;
          }),
      );
      console.log(
        `created ${role} ${email.toLowerCase()}; sign in at ${config.PUBLIC_URL}/console/sign-in`,
      );
      if (!given) {
        console.log(`password (shown once; keep it in a password manager): ${password}`);
      }
      return;
    }
    case 'demo-staff': {
      const demo: Array<{ email: string; name: string; role: StaffRole }> = [
        { email: 'admin@rightsdesk.example', name: 'Ada Admin', role: 'admin' },
        { email: 'officer@rightsdesk.example', name: 'Oscar Officer', role: 'privacy_officer' },
      ];
      await withApplication(config, async (app) => {
        for (const member of demo) {
          const password = generatedPassword();
          await app.get(StaffProvisioning).provisionDemo(member, password);
          console.log(`${member.role}\t${member.email}\t${password}`);
        }
      });
      return;
    }
    case 'preview-notices': {
      const outDir = options.out ?? 'tmp/notice-previews';
      const written = await writeNoticePreviews(outDir, {
        companyName: config.COMPANY_NAME,
        contactEmail: config.PRIVACY_CONTACT_EMAIL,
        postalAddress: config.COMPANY_POSTAL_ADDRESS,
        paperSize: config.LETTER_PAPER_SIZE,
      });
      for (const path of written) console.log(path);
      console.log(`${written.length} files written to ${outDir}`);
      return;
    }
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

function parseOptions(args: string[]): Record<string, string | undefined> {
  const options: Record<string, string | undefined> = {};
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--if-empty') {
      options['if-empty'] = 'true';
    } else if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2);
      options[key] = inline ?? args[++index];
    } else {
      options._ = arg;
    }
  }
  return options;
}

/**
 * Whether both demo databases hold a complete seed by this code's schema. A shop seeded before
 * sessions moved to the analytics database (or a seed cut short) is seeded again.
 */
async function shopIsSeeded(databaseUrl: string, analyticsDatabaseUrl: string): Promise<boolean> {
  for (const url of [databaseUrl, analyticsDatabaseUrl]) {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const meta = await readSeedMeta(client);
      if (meta?.status !== 'complete' || meta.schemaHash !== shopSchemaHash()) return false;
    } finally {
      await client.end();
    }
  }
  return true;
}

function positiveInt(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new UsageError(`${flag} must be a positive whole number`);
  return number;
}

/** 120 random bits as 24 letters and digits in groups: strong, and easy to type once. */
function generatedPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(24);
  const characters = [...bytes].map((byte) => alphabet[byte % alphabet.length]).join('');
  return characters.match(/.{6}/g)?.join('-') ?? characters;
}

function serverUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/postgres';
  return parsed.toString();
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof ServiceUnreachableError ||
    error instanceof DataMapInvalidError ||
    error instanceof UsageError;
  console.error(`rightsdesk: ${known ? (error as Error).message : (error as Error).stack}`);
  process.exit(1);
});
