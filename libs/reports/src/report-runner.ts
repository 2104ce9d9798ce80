import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { DataMapInForce } from '@rightsdesk/live-config';
import { buildReport } from './build-report';
import { DashboardFigures, dashboardFigures } from './dashboard.query';
import type { ReportContext } from './report-context';
import type { ReportDocument } from './report-document';
import type { ReportPeriod, ReportRequest } from './report-parameters';

/**
 * The reports as the api runs them: dates in the company's time zone, its name and contact from
 * the configuration, the record of processing from the data map in force, and the queries run
 * in the current transaction (or on their own outside one). Figures are computed when asked,
 * from Postgres, so a report is never stale; nothing is stored.
 */
@Injectable()
export class ReportRunner {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly maps: DataMapInForce,
  ) {}

  /** What every report reads besides its parameters, as of `now`. */
  context(now = new Date()): ReportContext {
    return {
      db: this.txHost.tx,
      timeZone: this.config.COMPANY_TIME_ZONE,
      companyName: this.config.COMPANY_NAME,
      now,
    };
  }

  /** The figures of one report, laid out for every format. */
  build(request: ReportRequest, now = new Date()): Promise<ReportDocument> {
    return buildReport(
      {
        ...this.context(now),
        privacyContact: this.config.PRIVACY_CONTACT_EMAIL,
        dataMap: this.maps.current().map,
      },
      request,
    );
  }

  /** What the admin dashboard charts for requests received in the period. */
  dashboard(period: ReportPeriod, now = new Date()): Promise<DashboardFigures> {
    return dashboardFigures(this.context(now), period);
  }
}
