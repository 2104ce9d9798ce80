import { Controller, Get, Param, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@rightsdesk/domain';
import {
  ExportReportUseCase,
  REPORT_FORMATS,
  REPORT_NAMES,
  ReportName,
  parseReportRequest,
  reportJsonSchema,
} from '@rightsdesk/reports';
import { FileReply } from '../../web/reply';
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
  constructor(private readonly exports: ExportReportUseCase) {}

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
  ): Promise<FileReply> {
    const request = parseReportRequest(report, query);
    // Recorded as the caller's export (GDPR 5(2)), as a staff member's through the console is.
    const file = await this.exports.run(request, principalActor(caller));
    // Reports hold request records: never kept by a shared cache (FileReply: no-store).
    return new FileReply(file.body, {
      contentType: file.contentType,
      fileName: file.fileName,
      disposition: request.format === 'json' ? 'inline' : 'attachment',
    });
  }
}

const PARAMETERS: Record<ReportName, string[]> = {
  'ccpa-metrics': ['year (required)', 'scope: california (default) or all'],
  timeliness: ['from (required, YYYY-MM-DD)', 'to (required, inclusive)'],
  'request-log': ['from (required, YYYY-MM-DD)', 'to (required, inclusive)'],
  'audit-log': ['from (required, YYYY-MM-DD)', 'to (required, inclusive)'],
  'processing-record': [],
};
