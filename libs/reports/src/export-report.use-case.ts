import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@rightsdesk/requests';
import { RenderedReport, renderReport } from './build-report';
import type { ReportRequest } from './report-parameters';
import { ReportRunner } from './report-runner';

/**
 * A report as a file, and who exported which records, when (GDPR 5(2)): a staff member in the
 * console and another system through the API are recorded the same way. The audit row is
 * written once the file is made, so a refused export (a PDF of too many rows) records nothing.
 */
@Injectable()
export class ExportReportUseCase {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly reports: ReportRunner,
    private readonly audit: AuditTrail,
  ) {}

  /** `actor` as the audit trail names it (`staff:<id>`, `api:<key id>`). */
  async run(request: ReportRequest, actor: string): Promise<RenderedReport> {
    const now = new Date();
    const document = await this.reports.build(request, now);
    const file = await renderReport(document, request.format, now);
    await this.txHost.withTransaction(() =>
      this.audit.append({
        requestId: null,
        actor,
        action: 'report.exported',
        data: {
          report: request.report,
          format: request.format,
          ...('period' in request ? request.period : {}),
          ...('year' in request ? { year: request.year, scope: request.scope } : {}),
        },
      }),
    );
    return file;
  }
}
