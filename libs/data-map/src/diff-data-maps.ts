import type { DataMap } from './data-map.schema';

/** One difference between two data maps, at the dotted path where it starts. */
export interface DataMapChange {
  kind: 'added' | 'removed' | 'changed';
  /** Dotted path, e.g. `systems.shop.tables.orders.erasure.period`. */
  path: string;
  /** What the path names, for people: `table shop.orders`, `field shop.orders.email`. */
  subject: string;
  /** The attribute of the subject that changed (`erasure.period`), empty when it is the whole. */
  attribute: string;
  /** The value before and after, as short text; a whole table or field is summarised. */
  before?: string;
  after?: string;
}

/**
 * What activating `next` would change compared with `current`: systems, tables, fields and
 * recipients added or removed, and every attribute changed (erasure rules, retention,
 * categories, recipients, links). The document's own `version` is left out: the stored version
 * number is what requests record. Pure, so the console shows it before anything takes effect.
 */
export function diffDataMaps(current: DataMap, next: DataMap): DataMapChange[] {
  const changes: DataMapChange[] = [];
  const { version: _a, ...before } = current;
  const { version: _b, ...after } = next;
  walk(before, after, [], changes);
  return changes;
}

function walk(before: unknown, after: unknown, path: string[], changes: DataMapChange[]): void {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) {
      const inBefore = before[key] !== undefined;
      const inAfter = after[key] !== undefined;
      const at = [...path, key];
      if (inBefore && inAfter) walk(before[key], after[key], at, changes);
      else if (inAfter) changes.push(change('added', at, { after: summary(after[key]) }));
      else if (inBefore) changes.push(change('removed', at, { before: summary(before[key]) }));
    }
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    changes.push(change('changed', path, { before: summary(before), after: summary(after) }));
  }
}

function change(
  kind: DataMapChange['kind'],
  path: string[],
  values: { before?: string; after?: string },
): DataMapChange {
  const { subject, attribute } = describePath(path);
  return { kind, path: path.join('.'), subject, attribute, ...values };
}

/** Names the system, table, field or recipient a path is about, and the rest of the path. */
export function describePath(path: readonly string[]): { subject: string; attribute: string } {
  const rest = (from: number) => path.slice(from).join('.');
  const [root, name, group, table, fieldGroup, field] = path;
  if (root === 'recipients' && name) return { subject: `recipient ${name}`, attribute: rest(2) };
  if (root !== 'systems' || !name) return { subject: 'the map', attribute: rest(0) };
  if (group !== 'tables' || !table) return { subject: `system ${name}`, attribute: rest(2) };
  if (fieldGroup !== 'fields' || !field) {
    return { subject: `table ${name}.${table}`, attribute: rest(4) };
  }
  return { subject: `field ${name}.${table}.${field}`, attribute: rest(6) };
}

/** A value as one short line: scalars and lists in JSON, a table or field by its main facts. */
function summary(value: unknown): string {
  if (!isRecord(value)) return JSON.stringify(value) ?? 'nothing';
  if (isRecord(value.fields)) {
    const count = Object.keys(value.fields).length;
    return `a table with ${count} ${count === 1 ? 'field' : 'fields'}`;
  }
  if (isRecord(value.tables)) {
    const count = Object.keys(value.tables).length;
    return `a ${String(value.connector)} system with ${count} ${count === 1 ? 'table' : 'tables'}`;
  }
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
