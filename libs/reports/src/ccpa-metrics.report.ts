import { z } from 'zod';
import type { RequestStatus } from '@rightsdesk/domain';
import { ccpaMetricsGroups, ccpaRequestsWithoutResidence } from '@rightsdesk/requests';
import { CcpaGroup, summariseCcpaGroups } from './ccpa-metrics-groups';
import { ccpaTypeOf, denialCategory } from './request-categories';
import type { ReportContext } from './report-context';
import type { ReportDocument } from './report-document';
import type { CcpaScope } from './report-parameters';
import { ccpaMetricsSchema } from './report-schemas';
import { timeWithZone, zoneInWords } from '@rightsdesk/messages';

export type CcpaMetrics = z.infer<typeof ccpaMetricsSchema>;

const RESPONDED: readonly RequestStatus[] = ['completed', 'denied', 'expired'];

const SCOPE_STATEMENTS: Record<CcpaScope, string> = {
  california:
    'California residents only: requests from people who gave a California residence, whatever law they were handled under. People who gave no residence are not known California consumers and are not counted here.',
  all: 'All individuals: every request the company received, whatever law it was handled under.',
};

/**
 * The regs 7102(a) metrics for one calendar year, computed in Postgres in one pass over the
 * year's requests, grouped and hashed (about 1.3 s for 714,284 requests; docs/benchmarks.md).
 * - A request belongs to the year it was received in, in the company's time zone, whenever it
 *   was answered: one received on 30 December and answered in January counts in December's year.
 * - Complied with in part: a copy that fell back to categories (regs 7024(a)), or an erasure
 *   that kept rows under a legal exception (regs 7022(f)).
 * - Days to respond: calendar days from the date of receipt to the date of the response
 *   (completion, denial, or expiry for want of verification), as the 45-day clock counts them
 *   (regs 7021(b)). Withdrawn and open requests have no response and are left out.
 * - An appeal is not a new request: the appealed request keeps its own outcome and is counted
 *   once, with "appealed" saying how many were.
 * - Scope "california" counts California consumers (regs 7102(a)): people who gave a California
 *   residence. Someone who gave none is not a known California consumer, so is left out; the
 *   report says how many such requests the year had ("No residence given").
 */
export async function ccpaMetrics(
  context: ReportContext,
  year: number,
  scope: CcpaScope,
): Promise<CcpaMetrics> {
  // Grouped by the raw columns everything counted depends on, so Postgres hashes a year's
  // requests into a few hundred groups instead of sorting them all for a median; the categories
  // and figures follow from the groups in TypeScript (docs/benchmarks.md: 1,000,000 requests).
  const [groups, withoutResidence] = await Promise.all([
    ccpaMetricsGroups(context.db, year, context.timeZone, scope),
    ccpaRequestsWithoutResidence(context.db, year, context.timeZone),
  ]);
  return {
    report: 'ccpa-metrics',
    version: 1,
    year,
    scope,
    scopeStatement: SCOPE_STATEMENTS[scope],
    withoutResidence,
    timeZone: context.timeZone,
    generatedAt: context.now.toISOString(),
    rows: summariseCcpaGroups(
      groups.flatMap((group): CcpaGroup[] => {
        const metric = ccpaTypeOf(group.type);
        if (!metric) return [];
        return [
          {
            metric,
            status: group.status,
            compliedInPart: group.complied_in_part,
            denial: denialCategory(group.status, group.denial_basis),
            // Only a response stops the clock; a withdrawn request has none (regs 7102(a)).
            days: RESPONDED.includes(group.status) ? group.days : null,
            requests: group.requests,
            appealed: group.appealed,
          },
        ];
      }),
    ),
  };
}

const COLUMNS = [
  { key: 'label', label: 'Request type', width: 2.2 },
  { key: 'received', label: 'Received', numeric: true },
  { key: 'complied', label: 'Complied (whole or part)', numeric: true, width: 1.3 },
  { key: 'compliedInPart', label: 'of which in part', numeric: true },
  { key: 'denied', label: 'Denied', numeric: true },
  { key: 'deniedUnverifiable', label: 'unverifiable', numeric: true },
  { key: 'deniedNotConsumer', label: 'not a consumer', numeric: true },
  { key: 'deniedExempt', label: 'exempt', numeric: true },
  { key: 'deniedOther', label: 'other', numeric: true },
  { key: 'withdrawn', label: 'Withdrawn', numeric: true },
  { key: 'pending', label: 'Pending', numeric: true },
  { key: 'appealed', label: 'Appealed', numeric: true },
  { key: 'medianDaysToRespond', label: 'Median days', numeric: true },
  { key: 'meanDaysToRespond', label: 'Mean days', numeric: true },
];

export function ccpaMetricsDocument(metrics: CcpaMetrics): ReportDocument {
  const table = {
    title: `Requests received in ${metrics.year}`,
    columns: [{ key: 'type', label: 'Type' }, ...COLUMNS],
    rows: metrics.rows,
  };
  return {
    name: 'ccpa-metrics',
    title: `CCPA request metrics ${metrics.year}`,
    fileName: `ccpa-metrics-${metrics.year}-${metrics.scope}`,
    timeZone: metrics.timeZone,
    facts: [
      ['Calendar year', String(metrics.year)],
      ['Who is counted', metrics.scopeStatement],
      [
        'No residence given',
        metrics.scope === 'california'
          ? `${metrics.withoutResidence} requests received in ${metrics.year} came from people who gave no residence; they are not in these figures (see the "all individuals" scope).`
          : `${metrics.withoutResidence} of these requests came from people who gave no residence.`,
      ],
      // Staff read times in the company's zone, named (the same rule as the console's pages).
      ['Dates in', zoneInWords(metrics.timeZone, 'en')],
      ['Generated', timeWithZone(metrics.generatedAt, 'en', metrics.timeZone)],
    ],
    notes: [
      'Cal. Code Regs. tit. 11, § 7102(a). A request counts in the year it was received. Complied with in part: a copy that fell back to categories (§ 7024(a)) or a deletion that kept data under a legal exception (§ 7022(f)).',
      'Days to respond: calendar days from the date of receipt to the date of the response (completion, denial, or expiry for want of verification), counted in the company time zone. Withdrawn and pending requests have no response and are not in the median or mean; an even count takes the mean of the middle two.',
      'An appeal is not counted as a new request; "Appealed" says how many of the requests were appealed.',
    ],
    charts: [
      {
        title: 'Requests by type and outcome',
        kind: 'bar',
        categories: metrics.rows.map((row) => row.label),
        series: [
          { name: 'Received', values: metrics.rows.map((row) => row.received) },
          { name: 'Complied (whole or part)', values: metrics.rows.map((row) => row.complied) },
          { name: 'Denied', values: metrics.rows.map((row) => row.denied) },
        ],
      },
    ],
    tables: [{ ...table, columns: COLUMNS }],
    csv: table,
    json: metrics,
  };
}
