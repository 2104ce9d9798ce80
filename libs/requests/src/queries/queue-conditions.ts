/**
 * A WHERE clause over requests `r` (and their person `s`) built from parts, with numbered
 * parameters: everything a person typed is bound, never written into the SQL.
 */
export class QueueConditions {
  private readonly parts: string[] = ['TRUE'];
  readonly values: unknown[] = [];
  /** Whether a condition reads the person's identity (s.*), so counts must join it too. */
  joinsSubject = false;

  add(sql: string): void {
    this.parts.push(`(${sql})`);
  }

  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  sql(): string {
    return this.parts.join(' AND ');
  }
}
