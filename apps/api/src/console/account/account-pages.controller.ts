import { Controller, Get, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import QRCode from 'qrcode';
import { StaffNotifyChoice, StaffSecondFactor, StaffSessions } from '@rightsdesk/staff';
import { CurrentStaff, StaffPage, StaffPrincipal } from '../console-access';
import { Flash, consolePage, consoleRedirect } from '../../web/console-response';
import { Reply } from '../../web/reply';
import { ConsoleFieldError } from '../views/console-forms';
import { ConsoleFlash } from '../views/console-layout';
import { accountPage, twoStepSetupPage } from './views/account.page';
import { say } from '../i18n/console-words';

const codeOf = (request: Request): string => {
  const value = (request.body as Record<string, unknown> | undefined)?.code;
  return typeof value === 'string' ? value.replace(/\s/g, '') : '';
};
const CODE_FORMAT = say('form.error.codeFormat');

/** A member's own account: two-step sign-in (TOTP), their sessions, how they hear. Any role. */
@ApiExcludeController()
@Controller('console/account')
export class AccountPagesController {
  constructor(
    private readonly secondFactor: StaffSecondFactor,
    private readonly sessions: StaffSessions,
    private readonly notifyChoice: StaffNotifyChoice,
  ) {}

  @Get()
  @StaffPage()
  show(
    @CurrentStaff() staff: StaffPrincipal,
    @Flash() flash: ConsoleFlash | undefined,
  ): Promise<Reply> {
    return this.render(staff, { flash });
  }

  /** Immediate emails or a daily digest; anything else is a 400 (the global filter's page). */
  @Post('notifications')
  @StaffPage()
  async chooseNotifications(
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
  ): Promise<Reply> {
    const choice = (request.body as Record<string, unknown> | undefined)?.notifyBy;
    const notifyBy = await this.notifyChoice.choose(staff, choice);
    return consoleRedirect('/console/account', {
      kind: 'success',
      text: say('account.notifySaved', { choice: say(`account.notify.${notifyBy}`) }),
    });
  }

  @Post('two-step/start')
  @StaffPage()
  async start(@CurrentStaff() staff: StaffPrincipal): Promise<Reply> {
    await this.secondFactor.begin(staff);
    return consoleRedirect('/console/account/two-step');
  }

  @Get('two-step')
  @StaffPage()
  setup(@CurrentStaff() staff: StaffPrincipal): Promise<Reply> {
    return this.renderSetup(staff);
  }

  @Post('two-step/confirm')
  @StaffPage()
  async confirm(@CurrentStaff() staff: StaffPrincipal, @Req() request: Request): Promise<Reply> {
    const code = codeOf(request);
    if (!/^\d{6}$/.test(code)) {
      return this.renderSetup(staff, [{ field: 'code', message: CODE_FORMAT }], 400);
    }
    if (!(await this.secondFactor.confirm(staff, code))) {
      const message = say('twoStep.error.codeWrong');
      return this.renderSetup(staff, [{ field: 'code', message }], 400);
    }
    return consoleRedirect('/console/account', {
      kind: 'success',
      text: say('twoStep.turnedOn'),
    });
  }

  @Post('two-step/disable')
  @StaffPage()
  async disable(@CurrentStaff() staff: StaffPrincipal, @Req() request: Request): Promise<Reply> {
    const code = codeOf(request);
    const ok = /^\d{6}$/.test(code) && (await this.secondFactor.disable(staff, code));
    if (!ok) {
      const message = /^\d{6}$/.test(code) ? say('form.error.codeWrongOrUsed') : CODE_FORMAT;
      return this.render(staff, { errors: [{ field: 'code', message }] }, 400);
    }
    return consoleRedirect('/console/account', {
      kind: 'success',
      text: say('twoStep.turnedOff'),
    });
  }

  private async render(
    staff: StaffPrincipal,
    extra: { flash?: ConsoleFlash; errors?: ConsoleFieldError[] },
    status = 200,
  ): Promise<Reply> {
    const state = await this.secondFactor.state(staff.id);
    const sessions = await this.sessions.openSessionsOf(staff.id);
    return consolePage(
      accountPage({
        staff,
        secondFactor: state.kind === 'on' ? state : { kind: state.kind },
        sessions,
        idleMinutes: this.sessions.idleMinutes,
        absoluteHours: this.sessions.absoluteHours,
        notifyBy: await this.notifyChoice.of(staff.id),
        ...extra,
      }),
      status,
    );
  }

  private async renderSetup(
    staff: StaffPrincipal,
    errors: ConsoleFieldError[] = [],
    status = 200,
  ): Promise<Reply> {
    const state = await this.secondFactor.state(staff.id);
    if (state.kind !== 'pending') return consoleRedirect('/console/account');
    const svg = await QRCode.toString(state.uri, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    const qrSvg = svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
    return consolePage(twoStepSetupPage({ staff, secret: state.secret, qrSvg, errors }), status);
  }
}
