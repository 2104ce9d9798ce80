import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError } from '@rightsdesk/domain';
import { StaffUser, openFromBytes, sealToBytes } from '@rightsdesk/persistence';
import { StaffPrincipal } from './staff-principal';
import { StaffSessions } from './staff-sessions';
import { STAFF_SETTINGS, StaffSettings } from './staff-settings';
import { StaffAudit } from './staff-audit';
import { newTotpSecret, otpauthUri, totpCounter, verifyTotp } from './totp';

export type SecondFactorState =
  | { kind: 'off' }
  /** A secret was made and shown; it works once the member confirms a code from it. */
  | { kind: 'pending'; secret: Buffer; uri: string }
  | { kind: 'on'; since: Date };

/**
 * The optional second factor: a TOTP authenticator app (RFC 6238). The secret is sealed at rest
 * (AES-256-GCM, bound to the member's id), shown only while being set up, and only counts once
 * the member proves their app has it by entering a code.
 */
@Injectable()
export class StaffSecondFactor {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly staffAudit: StaffAudit,
    private readonly sessions: StaffSessions,
    @Inject(STAFF_SETTINGS) private readonly settings: StaffSettings,
  ) {}

  async state(staffUserId: string): Promise<SecondFactorState> {
    const user = await this.txHost.tx.getRepository(StaffUser).findOneByOrFail({ id: staffUserId });
    if (user.totpEnabledAt) return { kind: 'on', since: user.totpEnabledAt };
    if (!user.totpSecret) return { kind: 'off' };
    const secret = openFromBytes(this.settings.sealKey, user.id, user.totpSecret);
    return { kind: 'pending', secret, uri: otpauthUri(secret, this.issuer, user.email) };
  }

  /** Makes a new secret to set up (replacing one not yet confirmed). */
  async begin(staff: StaffPrincipal): Promise<void> {
    const user = await this.txHost.tx.getRepository(StaffUser).findOneByOrFail({ id: staff.id });
    if (user.totpEnabledAt) {
      throw new DomainError('invalid_state', 'Two-step sign-in is already on; turn it off first.');
    }
    await this.txHost.tx.getRepository(StaffUser).update(
      { id: user.id },
      {
        totpSecret: sealToBytes(this.settings.sealKey, user.id, newTotpSecret()),
        totpLastCounter: null,
      },
    );
  }

  /** Turns it on when the code matches the pending secret; false when it does not. */
  async confirm(staff: StaffPrincipal, code: string, now = new Date()): Promise<boolean> {
    const state = await this.state(staff.id);
    if (state.kind !== 'pending') {
      throw new DomainError(
        'invalid_state',
        state.kind === 'on'
          ? 'Two-step sign-in is already on.'
          : 'Start setting up two-step sign-in first.',
      );
    }
    const counter = verifyTotp(state.secret, code, now);
    if (counter === null) return false;
    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      await manager.update(
        StaffUser,
        { id: staff.id },
        { totpEnabledAt: now, totpLastCounter: String(counter) },
      );
      // Other browsers signed in with the password alone must now pass the second step too.
      await manager.query(
        `UPDATE staff_sessions SET ended_at = now(), ended_reason = 'second_factor_changed'
         WHERE staff_user_id = $1 AND ended_at IS NULL AND id <> $2`,
        [staff.id, staff.sessionId],
      );
      await this.staffAudit.record(staff, 'staff.second_factor_enabled', {});
    });
    return true;
  }

  /** Turns it off, with a current code as proof that the member (not a borrowed session) asks. */
  async disable(staff: StaffPrincipal, code: string, now = new Date()): Promise<boolean> {
    const user = await this.txHost.tx.getRepository(StaffUser).findOneByOrFail({ id: staff.id });
    if (!user.totpEnabledAt || !user.totpSecret) {
      throw new DomainError('invalid_state', 'Two-step sign-in is not on.');
    }
    const secret = openFromBytes(this.settings.sealKey, user.id, user.totpSecret);
    const lastUsed = user.totpLastCounter === null ? null : Number(user.totpLastCounter);
    if (verifyTotp(secret, code, now, lastUsed) === null) return false;
    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      await manager.update(
        StaffUser,
        { id: staff.id },
        { totpEnabledAt: null, totpSecret: null, totpLastCounter: String(totpCounter(now)) },
      );
      await this.staffAudit.record(staff, 'staff.second_factor_disabled', {});
    });
    return true;
  }

  /** An admin removes a member's lost authenticator; the member's sessions end. */
  async removeFor(admin: StaffPrincipal, staffUserId: string): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const result = await manager.update(
        StaffUser,
        { id: staffUserId },
        { totpEnabledAt: null, totpSecret: null },
      );
      if (!result.affected) throw new DomainError('not_found', 'There is no such staff member.');
      await this.sessions.endAllFor(staffUserId, 'second_factor_changed', manager);
      await this.staffAudit.record(admin, 'staff.second_factor_removed', { staffUserId });
    });
  }

  private get issuer(): string {
    return `${this.settings.companyName} privacy console`;
  }
}
