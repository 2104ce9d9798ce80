import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { DomainError, calendarDateIn, formatCalendarDate } from '@rightsdesk/domain';
import {
  REPORT_NAMES,
  ReportName,
  ReportPeriod,
  buildReport,
  dashboardFigures,
  parsePeriod,
  parseReportRequest,
  renderReport,
} from '@rightsdesk/reports';
import { StaffAudit } from '@rightsdesk/staff';
import { DataMapStore } from '@rightsdesk/live-config';
import { CurrentStaff, StaffPage, StaffPrincipal } from '../console-access';
import { sendConsolePage } from '../../web/console-response';
import { ReportsForm, reportsPage } from './reports.page';

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
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    /** The data map in force: the record of processing follows an activated version. */
    private readonly maps: DataMapStore,
    private readonly staffAudit: StaffAudit,
  ) {}

  @Get()
  @StaffPage('admin', 'privacy_officer', 'auditor')
  async page(
    @CurrentStaff() staff: StaffPrincipal,
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const values = this.defaults();
    const from = typeof query.from === 'string' ? query.from : undefined;
    const to = typeof query.to === 'string' ? query.to : undefined;
    if (from !== undefined || to !== undefined)
      values.dashboard = { from: from ?? '', to: to ?? '' };
    let period: ReportPeriod;
    try {
      period = parsePeriod(values.dashboard.from || undefined, values.dashboard.to || undefined);
    } catch (error) {
      return this.refuse(response, staff, values, 'dashboard', error);
    }
    const dashboard = await dashboardFigures(this.context(), period);
    sendConsolePage(
      response,
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
    @Res() response: Response,
  ): Promise<void> {
    const values = this.defaults();
    const report = String(query.report ?? '');
    if (!(REPORT_NAMES as readonly string[]).includes(report)) {
      throw new DomainError('not_found', `there is no report "${report}".`);
    }
    const form = report as ReportName;
    values[form] = Object.fromEntries(
      Object.entries(query).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    const now = new Date();
    try {
      const request = parseReportRequest(report, query);
      const document = await buildReport(
        {
          ...this.context(now),
          privacyContact: this.config.PRIVACY_CONTACT_EMAIL,
          dataMap: this.maps.current().map,
        },
        request,
      );
      const file = await renderReport(document, request.format, now);
      await this.staffAudit.record(staff, 'report.exported', {
        report,
        format: request.format,
        ...('period' in request ? request.period : {}),
        ...('year' in request ? { year: request.year, scope: request.scope } : {}),
      });
      response.setHeader('Content-Type', file.contentType);
      response.setHeader('Content-Length', String(file.body.length));
      response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
      response.setHeader('Cache-Control', 'no-store');
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.end(file.body);
    } catch (error) {
      return this.refuse(response, staff, values, form, error);
    }
  }

  /** Bad input: the page again, with the problems listed and marked on the form (400). */
  private async refuse(
    response: Response,
    staff: StaffPrincipal,
    values: Values,
    form: ReportsForm,
    error: unknown,
  ): Promise<void> {
    if (!(error instanceof DomainError) || error.code !== 'invalid_input') throw error;
    const problems = error.fields.length
      ? error.fields.map((field) => ({ field: field.path, message: sentence(field.message) }))
      : [{ field: 'format', message: sentence(error.message) }];
    let dashboard = null;
    if (form !== 'dashboard') {
      const defaults = this.defaults().dashboard;
      dashboard = await dashboardFigures(this.context(), { from: defaults.from, to: defaults.to });
    }
    sendConsolePage(
      response,
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

  private context(now = new Date()) {
    return {
      db: this.dataSource,
      timeZone: this.config.COMPANY_TIME_ZONE,
      companyName: this.config.COMPANY_NAME,
      now,
    };
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
