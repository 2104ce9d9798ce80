import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { DomainError, calendarDateIn, formatCalendarDate } from '@rightsdesk/domain';
import {
  ExportReportUseCase,
  REPORT_NAMES,
  ReportName,
  ReportPeriod,
  ReportRunner,
  parsePeriod,
  parseReportRequest,
} from '@rightsdesk/reports';
import { staffActor } from '@rightsdesk/staff';
import { CurrentStaff, StaffPage, StaffPrincipal } from '../console-access';
import { consolePage } from '../../web/console-response';
import { FileReply, HtmlReply } from '../../web/reply';
import { ReportsForm, reportsPage } from './reports.page';
import { say } from '../i18n/console-words';

type Values = Record<ReportsForm, Record<string, string>>;

/**
 * /console/reports: the dashboard and the report downloads, for admins and auditors (who may
 * read reports but change nothing). Downloads are GET forms: they change nothing, so they need
 * no form token, and each is recorded in the audit trail (who exported what, GDPR 5(2)).
 */
@ApiExcludeController()
@Controller('console/reports')
export class ReportPagesController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reports: ReportRunner,
    private readonly exports: ExportReportUseCase,
  ) {}

  @Get()
  @StaffPage('admin', 'privacy_officer', 'auditor')
  async page(
    @CurrentStaff() staff: StaffPrincipal,
    @Query() query: Record<string, unknown>,
  ): Promise<HtmlReply> {
    const values = this.defaults();
    const from = typeof query.from === 'string' ? query.from : undefined;
    const to = typeof query.to === 'string' ? query.to : undefined;
    if (from !== undefined || to !== undefined)
      values.dashboard = { from: from ?? '', to: to ?? '' };
    let period: ReportPeriod;
    try {
      period = parsePeriod(values.dashboard.from || undefined, values.dashboard.to || undefined);
    } catch (error) {
      return this.refuse(staff, values, 'dashboard', error);
    }
    const dashboard = await this.reports.dashboard(period);
    return consolePage(
      reportsPage({
        staff,
        dashboard,
        values,
        errors: null,
        timeZone: this.config.COMPANY_TIME_ZONE,
      }),
    );
  }

  @Get('download')
  @StaffPage('admin', 'privacy_officer', 'auditor')
  async download(
    @CurrentStaff() staff: StaffPrincipal,
    @Query() query: Record<string, unknown>,
  ): Promise<FileReply | HtmlReply> {
    const values = this.defaults();
    const report = String(query.report ?? '');
    if (!(REPORT_NAMES as readonly string[]).includes(report)) {
      throw new DomainError('not_found', say('reports.notFound', { report }));
    }
    const form = report as ReportName;
    values[form] = Object.fromEntries(
      Object.entries(query).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    try {
      const request = parseReportRequest(report, query);
      const file = await this.exports.run(request, staffActor(staff));
      return new FileReply(file.body, { contentType: file.contentType, fileName: file.fileName });
    } catch (error) {
      return this.refuse(staff, values, form, error);
    }
  }

  /** Bad input: the page again, with the problems listed and marked on the form (400). */
  private async refuse(
    staff: StaffPrincipal,
    values: Values,
    form: ReportsForm,
    error: unknown,
  ): Promise<HtmlReply> {
    if (!(error instanceof DomainError) || error.code !== 'invalid_input') throw error;
    const problems = error.fields.length
      ? error.fields.map((field) => ({ field: field.path, message: sentence(field.message) }))
      : [{ field: 'format', message: sentence(error.message) }];
    let dashboard = null;
    if (form !== 'dashboard') {
      const defaults = this.defaults().dashboard;
      dashboard = await this.reports.dashboard({ from: defaults.from, to: defaults.to });
    }
    return consolePage(
      reportsPage({
        staff,
        dashboard,
        values,
        errors: { form, problems },
        timeZone: this.config.COMPANY_TIME_ZONE,
      }),
      400,
    );
  }

  /** The last twelve months to today for dated reports, and last year for the CCPA metrics. */
  private defaults(): Values {
    const today = calendarDateIn(new Date(), this.config.COMPANY_TIME_ZONE);
    // The first day of the month eleven months back: twelve months including this one.
    const back =
      today.month === 12
        ? { year: today.year, month: 1 }
        : { year: today.year - 1, month: today.month + 1 };
    const from = formatCalendarDate({ ...back, day: 1 });
    const period = { from, to: formatCalendarDate(today) };
    return {
      dashboard: { ...period },
      'ccpa-metrics': { year: String(today.year - 1), scope: 'california', format: 'pdf' },
      timeliness: { ...period, format: 'pdf' },
      'request-log': { ...period, format: 'csv' },
      'audit-log': { ...period, format: 'pdf' },
      'processing-record': { format: 'pdf' },
    };
  }
}

/** Messages from the parameter rules start lower-case ("year is required"); a page shows sentences. */
function sentence(message: string): string {
  const text = message.endsWith('.') ? message : `${message}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
