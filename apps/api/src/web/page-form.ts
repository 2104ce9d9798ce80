import { z } from 'zod';

/** One problem shown beside its field in a page's error summary. */
export interface PageFieldError {
  field: string;
  message: string;
}

export type PageFormResult<T> =
  { ok: true; data: T; errors: [] } | { ok: false; data?: undefined; errors: PageFieldError[] };

/**
 * Reads a page form with its zod schema, the one way pages and the REST API validate input: the
 * data, or the page's error list (the first problem of each field, in the schema's order, with
 * the schema's own words).
 */
export function parsePageForm<S extends z.ZodType>(
  schema: S,
  input: unknown,
): PageFormResult<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data, errors: [] };
  const errors: PageFieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = issue.path.join('.');
    if (!errors.some((error) => error.field === field)) {
      errors.push({ field, message: issue.message });
    }
  }
  return { ok: false, errors };
}

/** The fields of a posted form, as the body parser leaves them (absent when nothing was posted). */
export type FormBody = Record<string, unknown> | undefined;

/** A posted form's text field, or '' when it is missing or not text (a repeated field, say). */
export function formText(body: FormBody, name: string): string {
  const value = body?.[name];
  return typeof value === 'string' ? value : '';
}
