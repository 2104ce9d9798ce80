import type { CorrectableDataset } from '@rightsdesk/data-map';
import { DomainError, type FieldProblem, type NamedCorrection } from '@rightsdesk/domain';
import type { CorrectionInput } from './submit-request.schema';

/**
 * What a correction request asks, read against the data map (regs 7023; GDPR Art. 16): each
 * entry names one dataset and, where a person holds several records there (addresses), which
 * one. A plain `{ field, value }` still works for a field of a dataset with one row per person;
 * naming a field of a dataset with several records without saying which one is refused, so a
 * correction can never change every address at once.
 */
export function resolveCorrections(
  input: readonly CorrectionInput[],
  datasets: readonly CorrectableDataset[],
): NamedCorrection[] {
  const problems: FieldProblem[] = [];
  const resolved: NamedCorrection[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  input.forEach((entry, index) => {
    const at = `corrections.${index}`;
    if ('field' in entry) {
      const holders = datasets.filter((dataset) => dataset.fields.includes(entry.field));
      if (holders.length === 0)
        return problem(`${at}.field`, `"${entry.field}" cannot be corrected here`);
      const named = holders.find((dataset) => dataset.namedBy);
      if (named)
        return problem(
          `${at}.field`,
          `"${entry.field}" is held in "${named.table}", where a person has several records: name the dataset and the record (by ${named.namedBy?.column}: ${named.namedBy?.kinds.join(', ')})`,
        );
      for (const dataset of holders) {
        const same = resolved.find(
          (done) => done.table === dataset.table && done.system === dataset.system,
        );
        if (same) same.changes[entry.field] = entry.value;
        else
          resolved.push({
            system: dataset.system,
            table: dataset.table,
            record: null,
            changes: { [entry.field]: entry.value },
          });
      }
      return;
    }
    const dataset = datasets.find((candidate) => candidate.table === entry.dataset);
    if (!dataset)
      return problem(
        `${at}.dataset`,
        `"${entry.dataset}" cannot be corrected here; datasets that can: ${datasets.map((d) => d.table).join(', ')}`,
      );
    const changes = Object.entries(entry.changes).filter(([, value]) => value !== '');
    if (changes.length === 0) return problem(`${at}.changes`, 'must give at least one new value');
    for (const [field] of changes)
      if (!dataset.fields.includes(field))
        problem(
          `${at}.changes.${field}`,
          `"${field}" cannot be corrected in "${dataset.table}"; fields that can: ${dataset.fields.join(', ')}`,
        );
    const record = entry.record;
    if (dataset.namedBy && !record)
      problem(
        `${at}.record`,
        `say which record of "${dataset.table}" to correct: by ${dataset.namedBy.column} (${dataset.namedBy.kinds.join(', ')}) or by a current value`,
      );
    if (record?.by === 'kind') {
      if (!dataset.namedBy)
        problem(`${at}.record`, `records of "${dataset.table}" are not named by a kind`);
      else if (!dataset.namedBy.kinds.includes(record.value))
        problem(
          `${at}.record.value`,
          `"${record.value}" is not a kind of "${dataset.table}"; kinds: ${dataset.namedBy.kinds.join(', ')}`,
        );
    }
    if (record?.by === 'current_value' && !dataset.fields.includes(record.field))
      problem(`${at}.record.field`, `"${record.field}" is not a field of "${dataset.table}"`);
    resolved.push({
      system: dataset.system,
      table: dataset.table,
      record: record ?? null,
      changes: Object.fromEntries(changes),
    });
  });
  if (problems.length > 0)
    throw new DomainError(
      'invalid_input',
      `${problems.map((entry) => entry.message).join('; ')}. Fields that can be corrected: ${[...new Set(datasets.flatMap((dataset) => dataset.fields))].sort().join(', ')}.`,
      problems,
    );
  return resolved;
}
