/** One problem with one field; `field` is the form field's name, e.g. `postalAddress.line1`. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * What the person typed, to refill the form. Either the flat body multer gives for dotted names
 * (`{ 'postalAddress.line1': '…', purposes: ['a', 'b'] }`) or the nested object parsed from it.
 */
export type FormValues = Readonly<Record<string, unknown>>;

/** The element id for a field name; dots become dashes so ids work in CSS selectors too. */
export function fieldId(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** Read access to the errors and values of one re-rendered form. */
export class FormState {
  constructor(
    readonly errors: readonly FieldError[] = [],
    private readonly values: FormValues = {},
  ) {}

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  /** The first message for a field: a field shows one problem at a time. */
  error(name: string): string | undefined {
    return this.errors.find((error) => error.field === name)?.message;
  }

  /** The single text value typed for a field, or '' when there is none. */
  value(name: string): string {
    const found = this.lookup(name);
    if (Array.isArray(found)) return typeof found[0] === 'string' ? found[0] : '';
    return typeof found === 'string' || typeof found === 'number' ? String(found) : '';
  }

  /** Every value chosen for a multi-value field (checkbox group). */
  list(name: string): string[] {
    const found = this.lookup(name);
    if (Array.isArray(found)) return found.filter((item) => typeof item === 'string');
    return typeof found === 'string' ? [found] : [];
  }

  /** Whether anything was typed under a name prefix, e.g. `agent.` to open the agent section. */
  hasAnyValue(prefix: string): boolean {
    const flat = Object.keys(this.values).some(
      (key) => key.startsWith(prefix) && this.value(key) !== '',
    );
    const nested = this.lookup(prefix.replace(/\.$/, ''));
    return flat || (typeof nested === 'object' && nested !== null);
  }

  private lookup(name: string): unknown {
    if (Object.prototype.hasOwnProperty.call(this.values, name)) return this.values[name];
    let current: unknown = this.values;
    for (const part of name.split('.')) {
      if (typeof current !== 'object' || current === null) return undefined;
      if (!Object.prototype.hasOwnProperty.call(current, part)) return undefined;
      current = (current as Record<string, unknown>)[part];
    }
    return current;
  }
}
