/**
 * HTML that is known to be safe: markup written in this codebase, or text already escaped.
 * Only `html` and `raw` make one, so every other value that reaches a page is escaped.
 */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** What a `${...}` in an `html` template may hold. `false`, null and undefined render nothing. */
export type HtmlValue =
  SafeHtml | string | number | false | null | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (character) => ENTITIES[character]);
}

function render(value: HtmlValue): string {
  if (value === false || value === null || value === undefined) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template that escapes every interpolated value unless it is already SafeHtml, so
 * forgetting to escape is impossible and opting out (`raw`) is visible in review.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1];
  });
  return new SafeHtml(out);
}

/** Marks a trusted fragment (markup written here, never user or view-model text) as safe. */
export function raw(trusted: string): SafeHtml {
  return new SafeHtml(trusted);
}

/**
 * Only same-site paths are linked from a view model: a `javascript:` or off-site URL in a
 * download link would be an injection, so anything else becomes a harmless fragment.
 */
export function safePath(path: string): string {
  return /^\/(?![/\\])/.test(path) ? path : '#';
}
