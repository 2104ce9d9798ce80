/**
 * More than one person in a database matches the name and postal address a request gives (two
 * people of the same name at one address). Fulfilment never guesses between them, since the
 * wrong guess discloses or erases a bystander's data: the request stops for an officer, who is
 * told how many matched and their keys (no personal data).
 */
export class AmbiguousPersonError extends Error {
  readonly code = 'ambiguous_person';

  constructor(
    readonly system: string,
    readonly table: string,
    readonly keys: readonly string[],
  ) {
    super(
      `${keys.length} people in ${system}.${table} match the name and postal address given ` +
        `(keys ${keys.slice(0, 10).join(', ')}); none was chosen. Find the person by hand, or ` +
        `ask them for an order number and enter the request again.`,
    );
    this.name = 'AmbiguousPersonError';
  }
}
