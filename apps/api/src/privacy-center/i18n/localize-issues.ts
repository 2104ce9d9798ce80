import { FieldError } from '../views/form-state';
import { Messages } from './messages';

/** The parts of a zod issue (or any validator's) that choosing a message needs. */
export interface ValidationIssue {
  readonly path: readonly PropertyKey[];
  readonly code: string;
}

type Rule = { field: RegExp; to?: string; message: (t: Messages['validation']) => string };

// Field-specific wording first: "Fill this in." helps nobody when the problem is a bad email.
const RULES: readonly Rule[] = [
  { field: /^email$/, message: (v) => v.email },
  { field: /^phone$/, message: (v) => v.phone },
  // The schema reports a missing address for postal answers on the whole object; point at line 1.
  { field: /^postalAddress$/, to: 'postalAddress.line1', message: (v) => v.postalAddressForPostal },
  { field: /^(postalAddress|residence)\.country$/, message: (v) => v.country },
  // Intake's refusal of a right the person's law does not give ("Offer every right" off).
  { field: /^residence$/, to: 'residence.country', message: (v) => v.rightNotGiven },
  { field: /^residence\.region$/, message: (v) => v.region },
  { field: /^corrections$/, to: 'corrections.0.field', message: (v) => v.correctionsMin },
  { field: /^corrections\.\d+\.field$/, message: (v) => v.correctionField },
  { field: /^purposes(\.\d+)?$/, to: 'purposes', message: (v) => v.purposesMin },
  { field: /^(scope|answerChannel)$/, message: (v) => v.chooseOne },
  { field: /^code$/, message: (v) => v.code },
  { field: /^declaration$/, message: (v) => v.declaration },
  { field: /^agent\.authorization$/, message: (v) => v.agentAuthorization },
];

function byCode(code: string, v: Messages['validation']): string {
  if (code === 'too_big') return v.tooLong;
  if (code === 'invalid_type' || code === 'too_small') return v.required;
  return v.invalid;
}

/**
 * Turns validation issues into messages in the page's language, one per field, named by the
 * form's field names (`postalAddress.line1`, `corrections.0.value`). Validator messages are
 * English and written for developers, so they are never shown to the person.
 */
export function localizeIssues(issues: readonly ValidationIssue[], t: Messages): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    const rule = RULES.find((candidate) => candidate.field.test(path));
    const field = rule?.to ?? path;
    // Too long is too long whatever the field; the specific wording is for wrong or missing.
    const message =
      rule && issue.code !== 'too_big'
        ? rule.message(t.validation)
        : byCode(issue.code, t.validation);
    if (!errors.some((error) => error.field === field)) errors.push({ field, message });
  }
  return errors;
}
