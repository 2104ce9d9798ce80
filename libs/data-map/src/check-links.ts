import type { DataMap, PostgresSystem } from './data-map.schema';
import { linkPath } from './link-graph';
import type { MapIssue } from './map-issue';
import { systemsOf } from './mapped-system';

/**
 * Checks how rows link to a person: every name a link uses exists, link paths have no cycles,
 * and every linked table reaches a table that is found by an identity attribute. Without these
 * a lookup would silently miss rows (an incomplete access response, GDPR Art. 15) or fail.
 */
export function checkLinks(map: DataMap): MapIssue[] {
  const issues: MapIssue[] = [];
  for (const { name: systemName, ...system } of systemsOf(map, 'postgres')) {
    for (const [tableName, table] of Object.entries(system.tables)) {
      const link = table.link;
      if (!link) continue;
      const at = ['systems', systemName, 'tables', tableName, 'link'];
      const issue = (path: string[], message: string): void => {
        issues.push({ path: [...at, ...path], message });
      };

      if (!link.identity && link.via === undefined) issue([], 'needs identity, via, or both');

      if (link.identity) {
        const column = link.identity.email;
        const field = table.fields[column];
        if (!field) issue(['identity', 'email'], unknownField(column, tableName));
        else if (field.category !== 'email') {
          issue(
            ['identity', 'email'],
            `field "${column}" has category "${field.category}"; an email identity column must have category "email"`,
          );
        }
      }

      if (link.system !== undefined) {
        issues.push(...checkExternalLink(map, systemName, tableName, table));
        continue;
      }
      if (link.via === undefined) {
        if (link.column !== undefined) issue(['column'], 'only used with via');
        if (link.references !== undefined) issue(['references'], 'only used with via');
        continue;
      }
      if (link.column === undefined) issue(['column'], 'required with via');
      else if (!table.fields[link.column]) issue(['column'], unknownField(link.column, tableName));

      if (link.via === tableName) {
        issue(['via'], 'a table cannot link via itself');
        continue;
      }
      const parent = system.tables[link.via];
      if (!parent) {
        issue(['via'], `unknown table "${link.via}"`);
        continue;
      }
      if (link.references !== undefined && !parent.fields[link.references]) {
        issue(['references'], unknownField(link.references, link.via));
      }
      const stated = link.column === undefined ? undefined : table.fields[link.column]?.foreign_key;
      const implied = `${link.via}.${link.references ?? parent.primary_key}`;
      if (stated !== undefined && stated !== implied) {
        issues.push({
          path: [
            'systems',
            systemName,
            'tables',
            tableName,
            'fields',
            link.column ?? '',
            'foreign_key',
          ],
          message: `conflicts with link.via, which implies ${implied}`,
        });
      }
      issues.push(...checkPath(system, systemName, tableName));
    }
  }
  return issues;
}

/**
 * A link to a table of another database: that system must be a Postgres system of the map whose
 * table finds the person by identity itself, and the link compares with its primary key, the
 * keys a location holds. A chain across databases would need an order of look-ups the map does
 * not state, so it is refused rather than half-followed.
 */
function checkExternalLink(
  map: DataMap,
  systemName: string,
  tableName: string,
  table: PostgresSystem['tables'][string],
): MapIssue[] {
  const link = table.link ?? {};
  const at = ['systems', systemName, 'tables', tableName, 'link'];
  const issues: MapIssue[] = [];
  const issue = (path: string[], message: string): void => {
    issues.push({ path: [...at, ...path], message });
  };
  if (link.via === undefined) issue(['via'], 'required with system');
  if (link.column === undefined) issue(['column'], 'required with system');
  else if (!table.fields[link.column]) issue(['column'], unknownField(link.column, tableName));
  if (link.references !== undefined)
    issue(['references'], "not used with system: the other table's primary key is compared");
  const other = link.system === undefined ? undefined : map.systems[link.system];
  if (link.system === systemName) {
    issue(['system'], 'names this system; leave system out to link within one database');
  } else if (!other) {
    issue(['system'], `unknown system "${link.system}"`);
  } else if (other.connector !== 'postgres') {
    issue(['system'], `"${link.system}" is a ${other.connector} system, not a database`);
  } else if (link.via !== undefined) {
    const parent = other.tables[link.via];
    if (!parent) issue(['via'], `unknown table "${link.via}" in system "${link.system}"`);
    else if (!parent.link?.identity || parent.link.system !== undefined) {
      issue(
        ['via'],
        `"${link.system}.${link.via}" must find people by identity (an email link) to be linked from another database`,
      );
    }
  }
  return issues;
}

function checkPath(system: PostgresSystem, systemName: string, tableName: string): MapIssue[] {
  const at = ['systems', systemName, 'tables', tableName, 'link'];
  const { tables, cycle } = linkPath(system, tableName);
  const shown = tables.join(' -> ');
  // Each problem is reported once, where it is: a cycle on the tables in it, a dead end on the
  // table whose parent has no link. Tables that merely lead into either stay quiet.
  if (cycle) {
    const inCycle = tables[tables.length - 1] === tableName;
    return inCycle
      ? [{ path: [...at, 'via'], message: `link path cycles back to "${tableName}" (${shown})` }]
      : [];
  }
  const reachesIdentity = tables.some((name) => system.tables[name]?.link?.identity !== undefined);
  const parent = system.tables[tables[1] ?? ''];
  if (reachesIdentity || tables.length !== 2 || !parent || parent.link) return [];
  return [{ path: at, message: `no path to a table with an identity link (${shown})` }];
}

export function unknownField(column: string, tableName: string): string {
  return `unknown field "${column}" in table "${tableName}"`;
}
