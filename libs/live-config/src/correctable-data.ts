import type { CorrectableDataset, CorrectionRules, PeopleWords } from '@rightsdesk/data-map';
import type { Language } from '@rightsdesk/domain';

/**
 * What a person may ask to correct under the data map in force, named in the map's words for
 * people: the privacy center's correction form and the console's intake form offer the same
 * fields and records, so both read them here rather than one from the other.
 */
export class CorrectableData {
  constructor(
    private readonly rules: CorrectionRules,
    private readonly words: PeopleWords,
  ) {}

  /** Fields offered one by one: those of datasets with one record per person. */
  get fields(): readonly string[] {
    const plain = this.rules.datasets.filter((dataset) => !dataset.namedBy);
    return this.rules.correctableFields.filter((field) =>
      plain.some((dataset) => dataset.fields.includes(field)),
    );
  }

  /** A dataset whose records a person names (their addresses), corrected record by record. */
  get recordDataset(): CorrectableDataset | undefined {
    return this.rules.datasets.find((dataset) => dataset.namedBy);
  }

  /** A correctable field in the map's words for people ("Phone number"), never its column name. */
  fieldLabel(field: string, language: Language): string {
    const datasets = this.rules.datasets;
    const dataset =
      datasets.find((candidate) => !candidate.namedBy && candidate.fields.includes(field)) ??
      datasets.find((candidate) => candidate.fields.includes(field));
    if (!dataset) return field;
    return this.words.field(dataset.system, dataset.table, field, language);
  }

  /** The dataset whose records a person names, in the map's words ("Your saved addresses"). */
  recordDatasetLabel(language: Language): string | undefined {
    const dataset = this.recordDataset;
    return dataset && this.words.dataset(dataset.system, dataset.table, language);
  }

  /** A kind of record a person names one of theirs by ("Billing address"), in the map's words. */
  kindLabel(kind: string, language: Language): string {
    const dataset = this.recordDataset;
    if (!dataset) return kind;
    return (
      this.words.record(dataset.system, dataset.table, { by: 'kind', value: kind }, language)
        .kind ?? kind
    );
  }
}
