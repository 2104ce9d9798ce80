import type { ClientBase } from 'pg';

/** The part of an EXPLAIN (FORMAT JSON) node the access-path assertions read. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/** The plan Postgres chooses for a query with these parameter values (a custom plan). */
export async function explain(
  client: ClientBase,
  text: string,
  values: unknown[],
  options: { seqscan: boolean },
): Promise<PlanNode> {
  await client.query('BEGIN');
  try {
    // SET LOCAL: the setting ends with the transaction, so the pooled client is left as it was.
    if (!options.seqscan) await client.query('SET LOCAL enable_seqscan = off');
    const result = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      `EXPLAIN (FORMAT JSON) ${text}`,
      values,
    );
    return result.rows[0]!['QUERY PLAN'][0].Plan;
  } finally {
    await client.query('ROLLBACK');
  }
}

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

/**
 * How each table in the plan is read: "index" when rows are reached only through an index
 * condition (Index Scan or Index Only Scan with an Index Cond, or a Bitmap Heap Scan fed by
 * Bitmap Index Scans), otherwise the node type. A full index scan without a condition counts as
 * a scan, since its cost grows with the table like a Seq Scan does.
 */
export function tableAccess(plan: PlanNode): { table: string; access: string }[] {
  return nodesOf(plan)
    .filter((node) => node['Relation Name'] !== undefined)
    .map((node) => ({ table: node['Relation Name'] ?? '', access: accessOf(node) }));
}

function accessOf(node: PlanNode): string {
  const type = node['Node Type'];
  if ((type === 'Index Scan' || type === 'Index Only Scan') && node['Index Cond'] !== undefined)
    return 'index';
  if (type === 'Bitmap Heap Scan') {
    const indexScans = nodesOf(node).filter((child) => child['Node Type'] === 'Bitmap Index Scan');
    if (indexScans.length > 0 && indexScans.every((child) => child['Index Cond'] !== undefined))
      return 'index';
  }
  return type;
}
