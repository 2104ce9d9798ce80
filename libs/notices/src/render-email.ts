import { html } from '@rightsdesk/html';
import { NoticeContent } from './notice-content';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Lays a notice out as a plain-text and an HTML email. Pure; every value is HTML-escaped. */
export function renderEmail(content: NoticeContent, language: string): RenderedEmail {
  // Plain text has no columns: each row reads as "- <place>: <what>", with no heading line (two
  // column headings joined by a colon read as one garbled sentence, "Where we hold it: Records").
  const textTable = content.table
    ? content.table.rows.map(([label, value]) => `- ${label}: ${value}`).join('\n')
    : undefined;
  const text = [
    content.greeting,
    ...content.paragraphs.slice(0, 2),
    textTable,
    ...content.paragraphs.slice(2),
    content.closing,
  ]
    .filter((part): part is string => Boolean(part))
    .join('\n\n');

  // The email's markup is one line, as mail clients have always received it.
  // prettier-ignore
  const htmlTable =
    content.table &&
    html`<table role="presentation" style="border-collapse:collapse;margin:16px 0"><thead><tr><th style="text-align:left;padding:4px 12px 4px 0">${content.table.headings[0]}</th><th style="text-align:right;padding:4px 0">${content.table.headings[1]}</th></tr></thead><tbody>${content.table.rows.map(
      ([label, value]) =>
        html`<tr><td style="padding:4px 12px 4px 0">${label}</td><td style="text-align:right;padding:4px 0">${value}</td></tr>`,
    )}</tbody></table>`;
  const paragraphs = content.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`);
  // The mail transport takes the body as text: this is where the SafeHtml leaves the kit.
  // prettier-ignore
  const body = html`<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${content.subject}</title></head><body style="font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;line-height:1.5;max-width:640px"><p>${content.greeting}</p>${paragraphs.slice(0, 2)}${htmlTable}${paragraphs.slice(2)}<p>${content.closing}</p></body></html>`;
  return { subject: content.subject, text, html: body.toString() };
}
