/** One problem found in a data map: where (a dotted path, and the YAML line when known) and what. */
export interface DataMapIssue {
  path: string;
  message: string;
  line?: number;
}

export function formatDataMapIssue(issue: DataMapIssue): string {
  return `${issue.path}: ${issue.message}${issue.line === undefined ? '' : ` (line ${issue.line})`}`;
}

/**
 * A data map that cannot be used. The message lists every issue, one per line, so an admin
 * fixes them in one pass instead of one per attempt.
 */
export class DataMapInvalidError extends Error {
  readonly code = 'DATA_MAP_INVALID';

  constructor(
    readonly issues: readonly DataMapIssue[],
    source?: string,
  ) {
    super(
      [
        `data map${source ? ` ${source}` : ''} is invalid (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}):`,
        ...issues.map(formatDataMapIssue),
      ].join('\n'),
    );
    this.name = 'DataMapInvalidError';
  }
}
