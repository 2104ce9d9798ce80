import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DomainError } from '@rightsdesk/domain';
import {
  STAFF_ROLE_LABELS,
  StaffDirectory,
  StaffMailer,
  StaffSecondFactor,
  StaffSettings,
  isStaffRole,
} from '@rightsdesk/staff';
import { CurrentStaff, StaffPage, StaffPrincipal } from '../console-access';
import { Flash, consolePage, consoleRedirect } from '../../web/console-response';
import { parsePageForm, FormBody, formText } from '../../web/page-form';
import { Reply } from '../../web/reply';
import { STAFF_MAILER, STAFF_SETTINGS } from '../console-settings';
import { ConsoleFieldError } from '../views/console-forms';
import { ConsoleFlash } from '../views/console-layout';
import { inviteStaffForm } from './admin.forms';
import {
  invitationLinkPage,
  inviteStaffPage,
  staffListPage,
  staffMemberPage,
} from './views/admin-users.page';
import { say } from '../i18n/console-words';

/**
 * Administration of staff users (admins only): invite with a role, change roles, deactivate,
 * end sessions, new password links, remove a lost authenticator. Each change is audited.
 */
@ApiExcludeController()
@Controller('console/admin/users')
@StaffPage('admin')
export class AdminUsersController {
  constructor(
    private readonly directory: StaffDirectory,
    private readonly secondFactor: StaffSecondFactor,
    @Inject(STAFF_MAILER) private readonly mailer: StaffMailer,
    @Inject(STAFF_SETTINGS) private readonly settings: StaffSettings,
  ) {}

  @Get()
  async list(
    @CurrentStaff() staff: StaffPrincipal,
    @Flash() flash: ConsoleFlash | undefined,
  ): Promise<Reply> {
    const members = await this.directory.list();
    return consolePage(staffListPage({ staff, members, flash }));
  }

  @Get('new')
  showInvite(@CurrentStaff() staff: StaffPrincipal): Reply {
    return consolePage(inviteStaffPage({ staff }));
  }

  @Post()
  async invite(@CurrentStaff() staff: StaffPrincipal, @Body() body: FormBody): Promise<Reply> {
    const values = {
      name: formText(body, 'name').trim(),
      email: formText(body, 'email').trim(),
      role: formText(body, 'role').trim(),
    };
    const role = isStaffRole(values.role) ? values.role : undefined;
    const form = parsePageForm(inviteStaffForm, values);
    if (!form.ok) {
      return consolePage(
        inviteStaffPage({ staff, values: { ...values, role }, errors: form.errors }),
        400,
      );
    }
    let invited;
    try {
      invited = await this.directory.invite(staff, form.data);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'invalid_state') throw error;
      const taken = [{ field: 'email', message: error.message }];
      return consolePage(
        inviteStaffPage({ staff, values: { ...values, role }, errors: taken }),
        409,
      );
    }
    return this.deliverLink(staff, invited, 'invite');
  }

  @Get(':id')
  show(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Flash() flash: ConsoleFlash | undefined,
  ): Promise<Reply> {
    return this.renderMember(staff, id, { flash });
  }

  @Post(':id/role')
  async changeRole(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: FormBody,
  ): Promise<Reply> {
    const role = formText(body, 'role').trim();
    try {
      const changed = await this.directory.changeRole(staff, id, role);
      return consoleRedirect(`/console/admin/users/${id}`, {
        kind: 'success',
        text: say('users.roleChanged', {
          name: changed.name,
          role: STAFF_ROLE_LABELS[changed.role as keyof typeof STAFF_ROLE_LABELS],
        }),
      });
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === 'not_found') throw error;
      return this.renderMember(staff, id, {
        errors: [{ field: 'role', message: error.message }],
        status: error.code === 'invalid_input' ? 400 : 409,
      });
    }
  }

  @Post(':id/deactivate')
  async deactivate(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<Reply> {
    const member = await this.directory.deactivate(staff, id);
    return consoleRedirect(`/console/admin/users/${id}`, {
      kind: 'success',
      text: say('users.deactivated', { name: member.name }),
    });
  }

  @Post(':id/reactivate')
  async reactivate(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<Reply> {
    const member = await this.directory.reactivate(staff, id);
    return consoleRedirect(`/console/admin/users/${id}`, {
      kind: 'success',
      text: say('users.reactivated', { name: member.name }),
    });
  }

  @Post(':id/sessions/end')
  async endSessions(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
  ): Promise<Reply> {
    const ended = await this.directory.endSessions(staff, id);
    // Ending your own sessions signs you out here too.
    if (id === staff.id) return consoleRedirect('/console/sign-in');
    return consoleRedirect(`/console/admin/users/${id}`, {
      kind: 'success',
      text: say('users.sessionsEnded', { count: ended }),
    });
  }

  @Post(':id/invitation')
  async reinvite(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<Reply> {
    const invited = await this.directory.reinvite(staff, id);
    return this.deliverLink(staff, invited, 'reinvite');
  }

  @Post(':id/two-step/remove')
  async removeSecondFactor(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
  ): Promise<Reply> {
    const member = await this.directory.find(id);
    await this.secondFactor.removeFor(staff, member.id);
    return consoleRedirect(`/console/admin/users/${id}`, {
      kind: 'success',
      text: say('users.secondFactorReset', { name: member.name }),
    });
  }

  /** Emails the link; without working mail, shows it once so the admin can pass it on. */
  private async deliverLink(
    staff: StaffPrincipal,
    invited: { user: { id: string; name: string; email: string }; inviteUrl: string },
    kind: 'invite' | 'reinvite',
  ): Promise<Reply> {
    const { user, inviteUrl } = invited;
    let mailProblem = say('users.mailNotSetUp');
    if (this.mailer.delivers) {
      try {
        await this.mailer.send({
          to: user.email,
          subject: say('users.inviteMail.subject', { company: this.settings.companyName }),
          text: say('users.inviteMail.text', {
            name: user.name,
            inviter: staff.name,
            company: this.settings.companyName,
            hours: String(this.settings.inviteHours),
            url: inviteUrl,
          }),
        });
        return consoleRedirect(`/console/admin/users/${user.id}`, {
          kind: 'success',
          text:
            kind === 'invite'
              ? say('users.invited', { name: user.name, email: user.email })
              : say('users.reinvited', { email: user.email }),
        });
      } catch {
        mailProblem = say('users.mailFailed');
      }
    }
    return consolePage(
      invitationLinkPage({ staff, member: user, url: inviteUrl, mailProblem }),
      201,
    );
  }

  private async renderMember(
    staff: StaffPrincipal,
    id: string,
    extra: { flash?: ConsoleFlash; errors?: ConsoleFieldError[]; status?: number },
  ): Promise<Reply> {
    const user = await this.directory.find(id);
    const entry = (await this.directory.list()).find((member) => member.id === user.id);
    if (!entry) throw new DomainError('not_found', say('users.notFound'));
    return consolePage(
      staffMemberPage({
        staff,
        member: { ...entry, isYou: entry.id === staff.id },
        flash: extra.flash,
        errors: extra.errors,
      }),
      extra.status ?? 200,
    );
  }
}
