import { Messages } from '../i18n/messages';
import { CheckboxOptions, checkbox } from './checkbox.partial';
import { ChoiceGroupOptions, choiceGroup } from './choice-group.partial';
import { errorSummary } from './error-summary.partial';
import { FieldError, FormState, FormValues } from './form-state';
import { SafeHtml, html } from '@rightsdesk/html';
import { SelectFieldOptions, selectField } from './select-field.partial';
import { TextFieldOptions, textField } from './text-field.partial';

/**
 * Renders the fields of one form and remembers each field's label, so the error summary (which
 * sits above the fields but is rendered after them) can name and link every field it lists.
 */
export class FormRenderer {
  readonly state: FormState;
  private readonly labels = new Map<string, string>();

  constructor(
    readonly t: Messages,
    errors: readonly FieldError[] = [],
    values: FormValues = {},
  ) {
    this.state = new FormState(errors, values);
  }

  text(options: TextFieldOptions): SafeHtml {
    this.labels.set(options.name, options.label);
    return textField(options, this.state, this.t);
  }

  select(options: SelectFieldOptions): SafeHtml {
    this.labels.set(options.name, options.label);
    return selectField(options, this.state, this.t);
  }

  choices(options: ChoiceGroupOptions): SafeHtml {
    this.labels.set(options.name, options.legend);
    return choiceGroup(options, this.state, this.t);
  }

  checkbox(options: CheckboxOptions): SafeHtml {
    this.labels.set(options.name, options.label);
    return checkbox(options, this.state, this.t);
  }

  /** Names a field that has no control of its own here (e.g. `corrections.0.field` in a row). */
  label(name: string, label: string): void {
    this.labels.set(name, label);
  }

  /** Call after rendering every field: problems are listed in the order of the fields. */
  errorSummary(): SafeHtml {
    const order = [...this.labels.keys()];
    const rank = (field: string) => {
      const index = order.indexOf(field);
      return index === -1 ? order.length : index;
    };
    const errors = [...this.state.errors].sort((a, b) => rank(a.field) - rank(b.field));
    return errorSummary(errors, (field) => this.labels.get(field), this.t);
  }

  /** Forgery protection for every POST form (the token comes from the view model). */
  csrf(token: string): SafeHtml {
    return html`<input type="hidden" name="_csrf" value="${token}" />`;
  }
}
