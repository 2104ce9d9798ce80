import { Controller, Get, Inject, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { DomainError } from '@rightsdesk/domain';
import {
  REPORT_FORMATS,
  REPORT_NAMES,
  ReportName,
  buildReport,
  parseReportRequest,
  renderReport,
  reportJsonSchema,
} from '@rightsdesk/reports';
import { DataMapStore } from '@rightsdesk/live-config';
import { AuditTrail } from '@rightsdesk/requests';
import {
  ApiAccessGuard,
  AuthenticatedRequest,
  RequireScope,
  principalActor,
} from '../api-access.guard';

/**
 * Compliance reports for admins and the company's other systems (regs 7101, 7102; GDPR 5(2),
 * 30): each in JSON, CSV and PDF. Figures are computed when asked, from Postgres, so a report
 * is never stale; nothing is stored.
 */
@ApiTags('reports')
@ApiBearerAuth()
@UseGuards(ApiAccessGuard)
@Controller('api/v1/reports')
export class ReportsController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    /** The data map in force: the record of processing follows an activated version. */
    private readonly maps: DataMapStore,
    private readonly audit: AuditTrail,
  ) {}

  @Get()
  @RequireScope('reports:read')
  @ApiOperation({ summary: 'The reports, their parameters and formats' })
  list() {
    return REPORT_NAMES.map((report) => ({
      report,
      parameters: PARAMETERS[report],
      formats: REPORT_FORMATS,
      schema: `/api/v1/reports/${report}/schema`,
    }));
  }

  @Get(':report/schema')
  @RequireScope('reports:read')
  @ApiOperation({ summary: "The JSON Schema (2020-12) of a report's JSON format" })
  schema(@Param('report') report: string) {
    if (!(REPORT_NAMES as readonly string[]).includes(report)) {
      throw new DomainError('not_found', `there is no report "${report}".`);
    }
    return reportJsonSchema(report as ReportName);
  }

  @Get(':report')
  @RequireScope('reports:read')
  @ApiOperation({
    summary:
      'A report as JSON, CSV or PDF: ccpa-metrics (year, scope=california|all), timeliness, request-log and audit-log (from, to: inclusive dates), processing-record',
  })
  @ApiQuery({ name: 'format', required: false, enum: REPORT_FORMATS })
  @ApiQuery({ name: 'from', required: false, example: '2026-01-01' })
  @ApiQuery({ name: 'to', required: false, example: '2026-12-31' })
  @ApiQuery({ name: 'year', required: false, example: '2026' })
  @ApiQuery({ name: 'scope', required: false, enum: ['california', 'all'] })
  async report(
    @Param('report') report: string,
    @Query() query: Record<string, unknown>,
    @Req() caller: AuthenticatedRequest,
    @Res() response: Response,
  ): Promise<void> {
    const request = parseReportRequest(report, query);
    const now = new Date();
    const document = await buildReport(
      {
        db: this.dataSource,
        timeZone: this.config.COMPANY_TIME_ZONE,
        companyName: this.config.COMPANY_NAME,
        privacyContact: this.config.PRIVACY_CONTACT_EMAIL,
        dataMap: this.maps.current().map,
        now,
      },
      request,
    );
    const file = await renderReport(document, request.format, now);
    // Who exported which records, and when (GDPR 5(2)); a staff member's export through the
    // console is recorded the same way.
    await this.audit.append({
      requestId: null,
      actor: principalActor(caller),
      action: 'report.exported',
      data: {
        report,
        format: request.format,
        ...('period' in request ? request.period : {}),
        ...('year' in request ? { year: request.year, scope: request.scope } : {}),
      },
    });
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Length', String(file.body.length));
    response.setHeader(
      'Content-Disposition',
      `${request.format === 'json' ? 'inline' : 'attachment'}; filename="${file.fileName}"`,
    );
    // Reports hold request records: never kept by a shared cache.
    response.setHeader('Cache-Control', 'no-store');
    response.end(file.body);
  }
}

const PARAMETERS: Record<ReportName, string[]> = {
  'ccpa-metrics': ['year (required)', 'scope: california (default) or all'],
  timeliness: ['from (required, YYYY-MM-DD)', 'to (required, inclusive)'],
  'request-log': ['from (required, YYYY-MM-DD)', 'to (required, inclusive)'],
  'audit-log': ['from (required, YYYY-MM-DD)', 'to (required, inclusive)'],
  'processing-record': [],
};
