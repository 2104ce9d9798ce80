import { z } from 'zod';
import { DomainError, RequestStatus, statusInWords } from '@rightsdesk/domain';
import { ChainBreak, GENESIS_HASH, SealedEvent, findChainBreak } from '@rightsdesk/persistence';
import {
  AuditEventRow,
  auditActionInWords,
  auditActorInWords,
  auditEventWithReference,
  auditEventsInPeriod,
} from '@rightsdesk/requests';
import { ReportContext } from './report-context';
import type { ReportDocument } from './report-document';
import type { ReportPeriod } from './report-parameters';
import { auditLogSchema } from './report-schemas';
import { shortTimeIn, timeWithZone, zoneInWords } from '@rightsdesk/messages';

export type AuditLog = z.infer<typeof auditLogSchema>;
export type ChainVerification = AuditLog['chain'];

export const AUDIT_LOG_MAX_ROWS = 100_000;
const CHAIN_BATCH = 10_000;

/** Null request_id: a staff action that concerns no request (signing in, managing staff). */
type EventRow = AuditEventRow;

const EXPLANATIONS: Record<ChainBreak['problem'], string> = {
  hash_mismatch: 'the row no longer matches its own hash: it was altered after it was sealed',
  prev_hash_mismatch:
    'the row does not link to the row before it in the chain: that link was altered or replaced',
  missing_row: 'the chain position before this row is missing: a sealed row was deleted',
};

/**
 * Checks the whole audit chain from its first row (a link can only be checked from its
 * predecessor), in batches so memory stays flat, with the same findChainBreak the sealer's
 * tests use. Names the first broken link by row, chain position and request reference.
 */
export async function verifyAuditChain(
  context: ReportContext,
  batchSize = CHAIN_BATCH,
): Promise<ChainVerification> {
  let after = { chainSeq: 0n, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const rows = (await context.db.query(
      `SELECT seq::text, chain_seq::text, request_id, at, actor, action, from_status, to_status,
         reason, data, prev_hash, hash, '' AS reference
       FROM request_events e WHERE e.chain_seq > $1 ORDER BY e.chain_seq LIMIT $2`,
      // e.chain_seq: the bare name would sort by the text column of the select list (1, 10, 2…).
      [after.chainSeq.toString(), batchSize],
    )) as EventRow[];
    if (rows.length === 0) break;
    const broken = findChainBreak(rows.map(sealedEvent), after);
    if (broken) {
      const row = await auditEventWithReference(context.db, broken.seq);
      checked += rows.findIndex((candidate) => candidate.seq === broken.seq) + 1;
      return {
        intact: false,
        checkedRows: checked,
        unsealedRows: await unsealed(context),
        firstBreak: {
          seq: row.seq,
          chainSeq: row.chain_seq,
          reference: row.reference ?? null,
          at: new Date(row.at).toISOString(),
          action: row.action,
          problem: broken.problem,
          explanation: EXPLANATIONS[broken.problem],
        },
      };
    }
    checked += rows.length;
    const last = rows[rows.length - 1];
    after = { chainSeq: BigInt(last.chain_seq as string), hash: last.hash as string };
  }
  return {
    intact: true,
    checkedRows: checked,
    unsealedRows: await unsealed(context),
    firstBreak: null,
  };
}

/** The audit trail of the period (by event time) and the verification of the chain it sits in. */
export async function auditLog(context: ReportContext, period: ReportPeriod): Promise<AuditLog> {
  const chain = await verifyAuditChain(context);
  const rows: EventRow[] = await auditEventsInPeriod(
    context.db,
    period,
    context.timeZone,
    AUDIT_LOG_MAX_ROWS + 1,
  );
  if (rows.length > AUDIT_LOG_MAX_ROWS) {
    throw new DomainError(
      'invalid_input',
      `the audit log from ${period.from} to ${period.to} holds more than ${AUDIT_LOG_MAX_ROWS} events; ask for a shorter period.`,
      [{ path: 'to', message: 'choose a shorter period' }],
    );
  }
  const breakAt = chain.firstBreak?.chainSeq ? BigInt(chain.firstBreak.chainSeq) : null;
  return {
    report: 'audit-log',
    version: 1,
    from: period.from,
    to: period.to,
    timeZone: context.timeZone,
    generatedAt: context.now.toISOString(),
    chain,
    events: rows.map((row) => ({
      seq: row.seq,
      chainSeq: row.chain_seq,
      at: new Date(row.at).toISOString(),
      reference: row.reference,
      actor: row.actor,
      actorName: row.actor_name ?? null,
      action: row.action,
      fromStatus: row.from_status,
      toStatus: row.to_status,
      reason: row.reason,
      data: row.data,
      hash: row.hash,
      check:
        row.chain_seq === null
          ? 'unsealed'
          : breakAt === null || BigInt(row.chain_seq) < breakAt
            ? 'verified'
            : BigInt(row.chain_seq) === breakAt
              ? 'first_break'
              : 'after_break',
    })),
  };
}

async function unsealed(context: ReportContext): Promise<number> {
  const [row] = (await context.db.query(
    'SELECT count(*)::int AS count FROM request_events WHERE chain_seq IS NULL',
  )) as Array<{ count: number }>;
  return row.count;
}

function sealedEvent(row: EventRow): SealedEvent {
  return {
    seq: row.seq,
    chainSeq: row.chain_seq,
    requestId: row.request_id,
    at: new Date(row.at),
    actor: row.actor,
    action: row.action,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    reason: row.reason,
    data: row.data,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Each row's chain check as the PDF says it (the CSV and JSON keep the code). */
const CHECK_WORDS: Record<AuditLog['events'][number]['check'], string> = {
  verified: 'Verified',
  first_break: 'First broken row',
  after_break: 'After the break',
  unsealed: 'Not sealed yet',
};

/** A status in words for the PDF (the CSV and JSON keep the code). */
function inWords(status: string | null): string {
  return status ? statusInWords(status as RequestStatus) : '';
}

export function chainStatement(chain: ChainVerification, timeZone: string): string {
  if (chain.firstBreak) {
    const where = chain.firstBreak.reference ? ` (request ${chain.firstBreak.reference})` : '';
    const what = `“${auditActionInWords(chain.firstBreak.action)}” of ${timeWithZone(chain.firstBreak.at, 'en', timeZone)}`;
    return `BROKEN at row ${chain.firstBreak.seq}, chain position ${chain.firstBreak.chainSeq}${where}, ${what}: ${chain.firstBreak.explanation}. ${chain.checkedRows} rows checked.`;
  }
  return `intact: all ${chain.checkedRows} sealed rows verified from the first${chain.unsealedRows > 0 ? `; ${chain.unsealedRows} newest rows not sealed yet` : ''}.`;
}

export function auditLogDocument(log: AuditLog): ReportDocument {
  const actions = new Map<string, number>();
  for (const event of log.events) {
    const words = auditActionInWords(event.action);
    actions.set(words, (actions.get(words) ?? 0) + 1);
  }
  const top = [...actions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
  const rows = log.events.map((event) => ({
    ...event,
    data: JSON.stringify(event.data),
    transition:
      event.fromStatus || event.toStatus
        ? `${inWords(event.fromStatus)} → ${inWords(event.toStatus)}`
        : null,
  }));
  // The PDF's table shows each time in the zone its "Dates in" line names; the CSV and JSON keep
  // the exact UTC instant for machines.
  const tableRows = rows.map((row) => ({
    ...row,
    at: shortTimeIn(row.at, 'en', log.timeZone),
    // "Request approved by Olu Officer": staff read what happened, never a code or an id.
    happened: `${auditActionInWords(row.action)} by ${auditActorInWords(row.actor, row.actorName ? { [row.actor]: row.actorName } : {})}`,
    check: CHECK_WORDS[row.check],
  }));
  return {
    name: 'audit-log',
    title: `Audit log ${log.from} to ${log.to}`,
    fileName: `audit-log-${log.from}-${log.to}`,
    timeZone: log.timeZone,
    facts: [
      ['Events at', `${log.from} to ${log.to} (inclusive)`],
      ['Events', String(log.events.length)],
      ['Hash chain', chainStatement(log.chain, log.timeZone)],
      // Staff read times in the company's zone, named (the same rule as the console's pages).
      ['Dates in', zoneInWords(log.timeZone, 'en')],
      ['Generated', timeWithZone(log.generatedAt, 'en', log.timeZone)],
    ],
    notes: [
      'Each event is sealed into one chain: a sha256 over the previous hash and the row. The check runs over the whole chain, since a link can only be verified from the row before it (GDPR Art. 5(2); regs 7101).',
    ],
    charts: [
      {
        title: 'Events by action (the ten most frequent)',
        kind: 'bar',
        categories: top.map(([action]) => action),
        series: [{ name: 'Events', values: top.map(([, count]) => count) }],
      },
    ],
    tables: [
      {
        title: 'Events',
        columns: [
          { key: 'chainSeq', label: 'Position', numeric: true, width: 0.8 },
          { key: 'at', label: 'At', width: 1.9 },
          { key: 'reference', label: 'Request', width: 1.3 },
          { key: 'happened', label: 'What happened', width: 2.8 },
          { key: 'transition', label: 'Status', width: 1.8 },
          { key: 'reason', label: 'Reason', width: 2 },
          { key: 'check', label: 'Check', width: 0.9 },
        ],
        rows: tableRows,
      },
    ],
    csv: {
      title: 'Events',
      columns: [
        'seq',
        'chainSeq',
        'at',
        'reference',
        'actor',
        'actorName',
        'action',
        'fromStatus',
        'toStatus',
        'reason',
        'data',
        'hash',
        'check',
      ].map((key) => ({ key, label: key })),
      rows,
    },
    json: log,
  };
}
