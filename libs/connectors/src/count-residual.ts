import type { PostgresSystem } from '@rightsdesk/data-map';
import { buildResidualCountQuery } from './erasure.builder';
import { planErasure } from './erasure-plan';
import { subjectKeys, type Queryable } from './subject-keys';

/**
 * Per linked table, how many of the person's rows still hold what erasure must remove: any row of
 * a table whose rows are deleted, and kept rows where a field rule has not taken effect (a name
 * not masked, an email not hashed, a phone not null). All zeros is the proof a deletion request
 * asks for (regs 7022(b)).
 */
export async function countResidual(
  system: PostgresSystem,
  db: Queryable,
  roots: Readonly<Record<string, readonly string[]>>,
): Promise<Record<string, number>> {
  const steps = planErasure(system);
  const keys = await subjectKeys(
    system,
    db,
    roots,
    steps.map((step) => step.table),
  );
  const residual: Record<string, number> = {};
  for (const table of Object.keys(system.tables)) {
    const step = steps.find((candidate) => candidate.table === table);
    if (!step) continue;
    const tableKeys = keys[table] ?? [];
    const query =
      tableKeys.length === 0
        ? null
        : buildResidualCountQuery(
            table,
            step.primaryKey,
            tableKeys,
            step.action === 'delete' ? 'delete' : step.fields,
          );
    residual[table] = query
      ? Number((await db.query<{ count: string }>(query.text, query.values)).rows[0]?.count ?? 0)
      : 0;
  }
  return residual;
}
