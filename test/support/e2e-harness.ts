import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@rightsdesk/persistence';
import { mintApiKey } from './api-keys';
import { AppProcess, freePort } from './app-processes';
import { removeDatabaseOnlyDataMap } from './database-only-data-map';
import { E2eApi } from './e2e-api';
import {
  E2eDatabases,
  E2eSecrets,
  e2eProcessEnv,
  e2eSecrets,
  freshE2eDatabases,
} from './e2e-environment';
import { MailboxAccount, PrivateDovecot } from './private-dovecot';
import { SmtpSink } from './smtp-sink';

/** The archive mailbox of an `archive` spec: the SMTP sink files a copy of what it accepts for it. */
export const ARCHIVE_MAILBOX: MailboxAccount = {
  user: 'archive@rightsdesk.test',
  password: 'archive-secret',
};

export interface E2eOptions {
  /** Names the spec's own databases (see freshE2eDatabases) and its queue prefix. */
  name: string;
  /** Seeds a shop of the spec's own with this many people; otherwise the shared test shop. */
  shopPeople?: number;
  /** Applies the migrations before any app starts, for specs that write rows first. */
  migrate?: boolean;
  /** The processes to run, started in this order (none: the spec starts them itself). */
  apps?: ReadonlyArray<'api' | 'worker'>;
  /** Starts a local SMTP server and points SMTP_URL at it. */
  smtp?: boolean;
  /**
   * With `smtp`: a Dovecot of the spec's own holds the archive mailbox (MAIL_ARCHIVE_*), which the
   * SMTP server files a copy of every message it accepts for the archive address in.
   */
  archive?: boolean;
  /** The settings this spec runs with, over the common ones (see e2eProcessEnv). */
  env?: NodeJS.ProcessEnv | ((baseUrl: string) => Promise<NodeJS.ProcessEnv>);
}

/**
 * Rightsdesk as a spec meets it end to end: the built api (and worker) as processes on a free
 * port, against databases of the spec's own, with a real SMTP server when asked; the spec reads
 * Rightsdesk's database through `dataSource` and calls the HTTP API through `http`.
 */
export class E2eRightsdesk {
  readonly smtp = new SmtpSink();
  readonly apps = new Map<'api' | 'worker', AppProcess>();
  /** The archive mailbox's server, in an `archive` spec. */
  dovecot: PrivateDovecot | undefined;
  dataSource: DataSource;
  baseUrl: string;
  env: NodeJS.ProcessEnv;
  http: E2eApi;

  /** Set when started: the spec's databases and the keys its processes share with it. */
  databases: E2eDatabases;
  readonly secrets: E2eSecrets = e2eSecrets();

  constructor(private readonly options: E2eOptions) {}

  /** For beforeAll; pair with stop() in afterAll, which also cleans up after a failed start. */
  async start(): Promise<this> {
    const options = this.options;
    this.databases = await freshE2eDatabases(options.name, {
      shopPeople: options.shopPeople,
      migrate: options.migrate,
    });
    const port = await freePort();
    this.baseUrl = `http://127.0.0.1:${port}`;
    const extra =
      typeof options.env === 'function' ? await options.env(this.baseUrl) : (options.env ?? {});
    this.env = e2eProcessEnv(this.databases, this.secrets, `e2e-${options.name}`, {
      PORT: String(port),
      PUBLIC_URL: this.baseUrl,
      ...(options.smtp ? { SMTP_URL: await this.smtp.start() } : {}),
      ...(options.archive ? await this.startArchive() : {}),
      ...extra,
    });
    for (const name of options.apps ?? ['api', 'worker']) await this.startApp(name);
    this.dataSource = await new DataSource(
      dataSourceOptions(this.databases.rightsdesk),
    ).initialize();
    this.http = new E2eApi(this.baseUrl);
    return this;
  }

  /** Starts the archive mailbox's server; the settings that point Rightsdesk at it. */
  private async startArchive(): Promise<NodeJS.ProcessEnv> {
    const dovecot = await PrivateDovecot.started([ARCHIVE_MAILBOX]);
    this.dovecot = dovecot;
    this.smtp.fileArchiveCopies(ARCHIVE_MAILBOX.user, dovecot);
    return {
      MAIL_ARCHIVE_ADDRESS: ARCHIVE_MAILBOX.user,
      MAIL_ARCHIVE_IMAP_URL: dovecot.imapUrl,
      MAIL_ARCHIVE_IMAP_USER: ARCHIVE_MAILBOX.user,
      MAIL_ARCHIVE_IMAP_PASSWORD: ARCHIVE_MAILBOX.password,
    };
  }

  get api(): AppProcess {
    return this.app('api');
  }

  get worker(): AppProcess {
    return this.app('worker');
  }

  app(name: 'api' | 'worker'): AppProcess {
    const app = this.apps.get(name);
    if (!app) throw new Error(`this spec runs no ${name}`);
    return app;
  }

  /** Starts (or starts again) an app, with `env` over the spec's, and waits until it is up. */
  async startApp(name: 'api' | 'worker', env: NodeJS.ProcessEnv = {}): Promise<AppProcess> {
    const app = new AppProcess(name, { ...this.env, ...env }).start();
    this.apps.set(name, app);
    await app.waitForOutput(name === 'api' ? /api listening/ : /worker started/, 60_000);
    return app;
  }

  /** An API key with `scopes`, minted as an admin would; returns the key itself. */
  async apiKey(name: string, scopes: string[]): Promise<string> {
    return mintApiKey(this.env, name, scopes);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.apps.values()].map((app) => app.stop()));
    if (this.smtp.listening) await this.smtp.stop();
    await this.dovecot?.stop();
    if (this.dataSource?.isInitialized) await this.dataSource.destroy();
    await removeDatabaseOnlyDataMap(this.env?.DATA_MAP_PATH);
  }
}
