import { Inject, Injectable } from '@nestjs/common';
import type { MailboxMessage, MailboxPosition } from '@rightsdesk/persistence';
import { MailboxMessages } from './mailbox-messages';
import { MAILBOX_SETTINGS, MailboxSettings } from './mailbox-settings';

/** How the support mailbox is doing, for the console (triage count, queue health). */
export interface MailboxState {
  /** False when IMAP_URL is unset: the mailbox is not read. */
  configured: boolean;
  drafts: number;
  /** Of the waiting messages: no sender could be read, too big to read, files left out. */
  troubles: { malformed: number; tooBig: number; filesLeftOut: number };
  position: MailboxPosition | null;
}

/** Longest triage list shown on one page; the oldest come first. */
const TRIAGE_PAGE = 200;

/** What the console shows of the support mailbox without opening any message. */
@Injectable()
export class MailboxTriageQuery {
  constructor(
    @Inject(MAILBOX_SETTINGS) private readonly settings: MailboxSettings | null,
    private readonly messages: MailboxMessages,
  ) {}

  drafts(): Promise<MailboxMessage[]> {
    return this.messages.drafts(TRIAGE_PAGE);
  }

  /** How many messages wait for an officer (the navigation's count). */
  waiting(): Promise<number> {
    return this.messages.countDrafts();
  }

  async state(): Promise<MailboxState> {
    return {
      configured: this.settings !== null,
      drafts: await this.messages.countDrafts(),
      troubles: await this.messages.draftTroubles(),
      position: this.settings ? await this.messages.position(this.settings.mailbox) : null,
    };
  }

  ofRequest(requestId: string): Promise<MailboxMessage[]> {
    return this.messages.ofRequest(requestId);
  }
}
