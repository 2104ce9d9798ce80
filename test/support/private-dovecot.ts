import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { freePort, waitUntil } from './app-processes';

const DOVECOT = process.env.DOVECOT_BIN ?? '/usr/sbin/dovecot';
const AS_ROOT = process.getuid?.() === 0;

/** A mailbox account on the private server. */
export interface MailboxAccount {
  user: string;
  password: string;
}

/**
 * A Dovecot IMAP server of a test's own (Debian's dovecot-imapd and dovecot-lmtpd), in a temporary
 * directory on free ports, with plain-text logins for the accounts it is given. Mail reaches it
 * over LMTP, the SMTP dialect a mail server uses to hand messages to the mailbox store, exactly as
 * the company's own mail server would deliver to it. The test may crash it and start it again with
 * its mail; stopped for good, its directory is removed.
 */
export class PrivateDovecot {
  /** A new server with these accounts, started. */
  static async started(accounts: MailboxAccount[]): Promise<PrivateDovecot> {
    const dovecot = new PrivateDovecot(await freePort(), await freePort(), accounts);
    await dovecot.start();
    return dovecot;
  }

  private child: ChildProcess | undefined;
  private readonly dir = mkdtempSync(join(tmpdir(), 'rightsdesk-dovecot-'));

  constructor(
    readonly imapPort: number,
    readonly lmtpPort: number,
    accounts: MailboxAccount[],
  ) {
    if (!existsSync(DOVECOT)) {
      throw new Error(
        `Dovecot is not installed (${DOVECOT}): apt-get install -y dovecot-imapd dovecot-lmtpd`,
      );
    }
    chmodSync(this.dir, 0o755);
    for (const sub of ['run', 'state', 'mail']) mkdirSync(join(this.dir, sub));
    const mailOwner = AS_ROOT ? 'dovecot' : userInfo().username;
    if (AS_ROOT) {
      const id = (flag: string) => Number(execFileSync('id', [flag, mailOwner]).toString());
      chownSync(join(this.dir, 'mail'), id('-u'), id('-g'));
    }
    writeFileSync(
      join(this.dir, 'users'),
      accounts.map((a) => `${a.user}:{PLAIN}${a.password}\n`).join(''),
    );
    writeFileSync(this.config, this.configText(mailOwner));
  }

  /** The IMAP URL the product is configured with (IMAP_URL); credentials go separately. */
  get imapUrl(): string {
    return `imap://127.0.0.1:${this.imapPort}`;
  }

  private get config(): string {
    return join(this.dir, 'dovecot.conf');
  }

  /** Delivers a message to the given mailboxes over LMTP; resolves once Dovecot has saved it. */
  async deliver(message: Mail.Options): Promise<void> {
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: this.lmtpPort,
      lmtp: true,
      secure: false,
      ignoreTLS: true,
    });
    try {
      await transport.sendMail(message);
    } finally {
      transport.close();
    }
  }

  /** Delivers a raw RFC 5322 message as it is, byte for byte (malformed ones included). */
  async deliverRaw(to: string, raw: string | Buffer, from = 'sender@example.net'): Promise<void> {
    await this.deliver({ envelope: { from, to: [to] }, raw });
  }

  async start(): Promise<void> {
    const child = spawn(DOVECOT, ['-F', '-c', this.config], { stdio: 'ignore' });
    this.child = child;
    await waitUntil(
      async () => child.exitCode === null && (await this.answers(this.imapPort)),
      10_000,
      () => `Dovecot to answer on port ${this.imapPort} (log: ${join(this.dir, 'log')})`,
    );
  }

  /** Kills the server and its children at once, as a crash would; the mail on disk stays. */
  async crash(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
    // The master's children (logins, imap sessions) notice their master is gone and exit.
    await waitUntil(async () => !(await this.answers(this.imapPort)), 10_000);
  }

  /** Stops the server for good and removes its directory. */
  async stop(): Promise<void> {
    await this.crash();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private answers(port: number): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('data', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
  }

  private configText(mailOwner: string): string {
    const dir = this.dir;
    return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/log
protocols = imap lmtp
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = ${AS_ROOT ? 'dovenull' : mailOwner}
default_internal_user = ${AS_ROOT ? 'dovecot' : mailOwner}
mail_location = maildir:${dir}/mail/%u
first_valid_uid = 0
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${mailOwner} gid=${mailOwner} home=${dir}/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${this.imapPort}
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = ${this.lmtpPort}
  }
  unix_listener lmtp {
    mode = 0600
  }
}
`;
  }
}
