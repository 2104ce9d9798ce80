import type { Server } from 'node:http';
import request from 'supertest';

/** A form found on a page, with the values its fields carry as served. */
export interface PageForm {
  page: string;
  action: string;
  multipart: boolean;
  fields: Record<string, string>;
  /** The cookies of the visitor who was shown the form (its token's cookie among them). */
  jar: CookieJar;
}

/** A visitor's cookies: the ones set by the pages it was shown, sent with every request. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  constructor(initial: Record<string, string> = {}) {
    for (const [name, value] of Object.entries(initial)) this.cookies.set(name, value);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  keep(setCookie: string[] | undefined): void {
    for (const line of setCookie ?? []) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
}

const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}="([^"]*)"`);

function attribute(tag: string, name: string): string | undefined {
  return ATTRIBUTE(name)
    .exec(tag)?.[1]
    ?.replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');
}

/** The posted forms of one page, each with its fields' served values (the first option). */
export function formsOf(page: string, html: string, jar: CookieJar): PageForm[] {
  const forms: PageForm[] = [];
  for (const [, open, inner] of html.matchAll(/(<form\b[^>]*>)([\s\S]*?)<\/form>/g)) {
    if (!open || inner === undefined || (attribute(open, 'method') ?? 'get') !== 'post') continue;
    const fields: Record<string, string> = {};
    for (const [tag] of inner.matchAll(/<(input|textarea|select)\b[^>]*>/g)) {
      const name = attribute(tag, 'name');
      if (!name || name in fields) continue;
      const option = tag.startsWith('<select')
        ? /value="([^"]*)"/.exec(inner.slice(inner.indexOf(tag) + tag.length))
        : null;
      fields[name] = option?.[1] ?? attribute(tag, 'value') ?? '';
    }
    forms.push({
      page,
      action: attribute(open, 'action') ?? page,
      multipart: /multipart\/form-data/.test(open),
      fields,
      jar,
    });
  }
  return forms;
}

/**
 * Every posted form on the pages reachable from `start` by links on the same site (up to
 * `maxPages`), each kind of form once (its action, ids aside, and its field names).
 */
export async function crawlForms(
  server: Server,
  start: string[],
  jar: CookieJar,
  maxPages: number,
): Promise<PageForm[]> {
  const seen = new Set<string>();
  const queue = [...start];
  const forms = new Map<string, PageForm>();
  while (queue.length && seen.size < maxPages) {
    const page = queue.shift() as string;
    if (seen.has(page)) continue;
    seen.add(page);
    const response = await request(server).get(page).set('Cookie', jar.header());
    jar.keep(response.headers['set-cookie'] as unknown as string[] | undefined);
    if (!/html/.test(String(response.headers['content-type']))) continue;
    for (const form of formsOf(page, response.text, jar)) {
      // One form per kind: the same action on another user or key adds nothing.
      const action = form.action.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id');
      const kind = `${action} ${Object.keys(form.fields).sort().join(',')}`;
      if (!forms.has(kind)) forms.set(kind, form);
    }
    for (const [, href] of response.text.matchAll(/<a\b[^>]*\bhref="(\/[^"#]*)"/g)) {
      const link = (href ?? '').replace(/&amp;/g, '&');
      if (!seen.has(link) && !/sign-out|download|\.(pdf|zip|csv|json)/.test(link)) queue.push(link);
    }
  }
  return [...forms.values()];
}
