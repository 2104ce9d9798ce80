import { z } from 'zod';
import { CCPA_METRIC_TYPES, DENIAL_CATEGORIES, RESPONSE_NATURES } from './request-categories';
import type { ReportName } from './report-parameters';

/*
 * The JSON body of each report. These zod schemas are the source: the JSON Schema files in
 * libs/reports/schemas are generated from them (z.toJSONSchema, kept equal by a unit test) and
 * served at GET /api/v1/reports/{report}/schema, and tests validate every JSON report with them.
 */

const count = z.number().int().min(0);
const instant = z.iso.datetime({ offset: true });
const calendarDate = z.iso.date();
const nullableDays = z.number().min(0).nullable();
const shareOf = z.number().min(0).max(1).nullable();

export const ccpaMetricsSchema = z.strictObject({
  report: z.literal('ccpa-metrics'),
  version: z.literal(1),
  year: z.number().int(),
  scope: z.enum(['california', 'all']),
  scopeStatement: z.string(),
  /** Requests of the year from people who gave no residence (outside the California scope). */
  withoutResidence: count,
  timeZone: z.string(),
  generatedAt: instant,
  rows: z.array(
    z.strictObject({
      type: z.enum(CCPA_METRIC_TYPES),
      label: z.string(),
      received: count,
      compliedInWhole: count,
      compliedInPart: count,
      complied: count,
      denied: count,
      deniedUnverifiable: count,
      deniedNotConsumer: count,
      deniedExempt: count,
      deniedOther: count,
      withdrawn: count,
      pending: count,
      appealed: count,
      medianDaysToRespond: nullableDays,
      meanDaysToRespond: nullableDays,
    }),
  ),
});

const timelinessFigures = {
  received: count,
  answered: count,
  onTime: count,
  late: count,
  extended: count,
  open: count,
  overdue: count,
  onTimeShare: shareOf,
  lateShare: shareOf,
  extendedShare: shareOf,
};

export const timelinessSchema = z.strictObject({
  report: z.literal('timeliness'),
  version: z.literal(1),
  from: calendarDate,
  to: calendarDate,
  timeZone: z.string(),
  generatedAt: instant,
  regimes: z.array(z.strictObject({ regime: z.string(), ...timelinessFigures })),
  months: z.array(
    z.strictObject({
      month: z.string().regex(/^\d{4}-\d{2}$/),
      regime: z.string(),
      ...timelinessFigures,
    }),
  ),
});

export const requestLogSchema = z.strictObject({
  report: z.literal('request-log'),
  version: z.literal(1),
  from: calendarDate,
  to: calendarDate,
  timeZone: z.string(),
  generatedAt: instant,
  requests: z.array(
    z.strictObject({
      reference: z.string(),
      receivedOn: calendarDate,
      nature: z.string(),
      regime: z.string(),
      regimeLabel: z.string(),
      residenceCountry: z.string().nullable(),
      residenceRegion: z.string().nullable(),
      residenceLabel: z.string(),
      manner: z.string(),
      status: z.string(),
      respondedOn: calendarDate.nullable(),
      response: z.enum(RESPONSE_NATURES),
      responseLabel: z.string(),
      denialCategory: z.enum(DENIAL_CATEGORIES).nullable(),
      denialBasis: z.string().nullable(),
      dueOn: calendarDate,
      extended: z.boolean(),
      appealOf: z.string().nullable(),
      personalDataPurged: z.boolean(),
    }),
  ),
});

export const auditLogSchema = z.strictObject({
  report: z.literal('audit-log'),
  version: z.literal(1),
  from: calendarDate,
  to: calendarDate,
  timeZone: z.string(),
  generatedAt: instant,
  chain: z.strictObject({
    intact: z.boolean(),
    checkedRows: count,
    unsealedRows: count,
    firstBreak: z
      .strictObject({
        seq: z.string(),
        chainSeq: z.string().nullable(),
        reference: z.string().nullable(),
        at: instant,
        action: z.string(),
        problem: z.enum(['hash_mismatch', 'prev_hash_mismatch', 'missing_row']),
        explanation: z.string(),
      })
      .nullable(),
  }),
  events: z.array(
    z.strictObject({
      seq: z.string(),
      chainSeq: z.string().nullable(),
      at: instant,
      reference: z.string().nullable(),
      actor: z.string(),
      /** The staff member's or API key's name the actor id stands for, if any. */
      actorName: z.string().nullable(),
      action: z.string(),
      fromStatus: z.string().nullable(),
      toStatus: z.string().nullable(),
      reason: z.string().nullable(),
      data: z.record(z.string(), z.unknown()),
      hash: z.string().nullable(),
      check: z.enum(['verified', 'first_break', 'after_break', 'unsealed']),
    }),
  ),
});

export const processingRecordSchema = z.strictObject({
  report: z.literal('processing-record'),
  version: z.literal(1),
  generatedAt: instant,
  controller: z.strictObject({ name: z.string(), contact: z.string() }),
  dataMapVersion: z.number().int(),
  activities: z.array(
    z.strictObject({
      system: z.string(),
      dataset: z.string(),
      label: z.string(),
      purpose: z.string().nullable(),
      legalBases: z.array(z.string()),
      legitimateInterest: z.string().nullable(),
      dataCategories: z.array(z.string()),
      recipients: z.array(z.strictObject({ name: z.string(), role: z.string() })),
      transfers: z.array(z.string()),
      retention: z.string().nullable(),
      sources: z.array(z.string()),
      automatedDecisionMaking: z.string().nullable(),
      erasure: z.string(),
    }),
  ),
});

export const REPORT_SCHEMAS: Record<ReportName, z.ZodType> = {
  'ccpa-metrics': ccpaMetricsSchema,
  timeliness: timelinessSchema,
  'request-log': requestLogSchema,
  'audit-log': auditLogSchema,
  'processing-record': processingRecordSchema,
};

/** The JSON Schema (draft 2020-12) of a report's JSON body. */
export function reportJsonSchema(report: ReportName): Record<string, unknown> {
  return {
    $id: `https://rightsdesk.dev/schemas/reports/${report}.v1.json`,
    title: `Rightsdesk ${report} report, version 1`,
    ...(z.toJSONSchema(REPORT_SCHEMAS[report]) as Record<string, unknown>),
  };
}
