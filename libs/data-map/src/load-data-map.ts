import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
} from 'yaml';
import { malformedTextPath } from '@rightsdesk/domain';
import { DataMapInvalidError, type DataMapIssue } from './data-map-invalid.error';
import type { DataMap } from './data-map.schema';
import type { MapIssue } from './map-issue';
import { checkDataMap, type DataMapCheckOptions } from './validate-data-map';

/**
 * Parses a data map from YAML text and validates it, or throws DataMapInvalidError listing every
 * issue with its dotted path and YAML line. Pure: reading the file is the caller's job.
 */
export function parseDataMap(
  yamlText: string,
  source?: string,
  options: DataMapCheckOptions = {},
): DataMap {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new DataMapInvalidError(
      document.errors.map((error) => ({
        path: '(yaml)',
        message: error.message.split('\n')[0] ?? error.message,
        line: error.linePos?.[0].line,
      })),
      source,
    );
  }
  const aliases = aliasIssues(document, lineCounter);
  if (aliases.length > 0) throw new DataMapInvalidError(aliases, source);
  const parsed: unknown = document.toJS();
  // The map is stored and shown as text: a NUL or broken character in it could not be.
  const malformed = malformedTextPath({ text: yamlText, map: parsed });
  if (malformed) {
    const message = 'holds a NUL character, half of a surrogate pair or bytes that are not UTF-8';
    const path = malformed === 'text' ? '(document)' : malformed.replace(/^map\./, '');
    throw new DataMapInvalidError([{ path, message }], source);
  }
  const result = checkDataMap(parsed, options);
  if (!result.ok) {
    throw new DataMapInvalidError(
      result.issues.map((issue) => placeIssue(issue, document, lineCounter)),
      source,
    );
  }
  return result.map;
}

/**
 * Aliases (`*name`) are refused: a data map has no need to repeat a node, and expanding them
 * is how an alias bomb exhausts memory (the YAML library's guard throws, it does not report).
 */
function aliasIssues(document: Document, lineCounter: LineCounter): DataMapIssue[] {
  // One issue per line: a bomb repeats the same alias many times over.
  const byLine = new Map<number | undefined, DataMapIssue>();
  visit(document, {
    Alias(_key, alias) {
      const line = alias.range ? lineCounter.linePos(alias.range[0]).line : undefined;
      if (byLine.has(line)) return;
      byLine.set(line, {
        path: '(yaml)',
        message: `Aliases are not allowed in a data map: write out the value of *${alias.source} in full.`,
        line,
      });
    },
  });
  return [...byLine.values()];
}

/**
 * Gives an issue its dotted path and a YAML line: the line of the key the path ends at, or of the
 * closest enclosing key that exists (a missing key is reported where its parent is named).
 */
export function placeIssue(
  issue: MapIssue,
  document?: Document,
  lineCounter?: LineCounter,
): DataMapIssue {
  const placed: DataMapIssue = {
    path: issue.path.length ? issue.path.join('.') : '(document)',
    message: issue.message,
  };
  if (!document || !lineCounter) return placed;
  for (let depth = issue.path.length; depth >= 1; depth -= 1) {
    const offset = keyOffset(document, issue.path.slice(0, depth));
    if (offset !== undefined) return { ...placed, line: lineCounter.linePos(offset).line };
  }
  return placed;
}

function keyOffset(document: Document, path: readonly (string | number)[]): number | undefined {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find(
      (item) => isScalar(item.key) && String(item.key.value) === String(last),
    );
    return isNode(pair?.key) ? pair.key.range?.[0] : undefined;
  }
  if (isSeq(parent) && typeof last === 'number') {
    const item: unknown = parent.items[last];
    return isNode(item) ? item.range?.[0] : undefined;
  }
  return undefined;
}
