import { HtmlValue, SafeHtml, html, raw } from '@rightsdesk/html';
import { timeWithZone } from '@rightsdesk/messages';
import { DatasetFacts, RecipientFacts } from './dataset-facts';

/** Everything report.html says: who it is for, and the facts and counts per dataset. */
export interface AccessReport {
  reference: string;
  /** ISO 8601 instant the package was made. */
  generatedAt: string;
  /** The zone report.html states its time in (the person's, else the company's); UTC if absent. */
  timeZone?: string;
  /** copy: the data itself; categories: what kinds are held, no rows (Civ. Code 1798.110). */
  scope: 'copy' | 'categories';
  dataMapVersion: number;
  datasets: readonly DatasetFacts[];
}

const ROLES: Record<RecipientFacts['role'], string> = {
  processor: 'service provider acting on our instructions (processor)',
  controller: 'independent organisation deciding its own use (controller)',
  third_party: 'third party',
  public: 'the public',
};

function list(items: readonly HtmlValue[]): SafeHtml {
  // prettier-ignore
  return items.length === 0
    ? html`<p>None.</p>`
    : html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

function count(rows: number): string {
  return rows.toLocaleString('en-US');
}

/** Joins fragments with a newline, as the report's source is laid out one element a line. */
function lines(parts: readonly SafeHtml[]): SafeHtml[] {
  // prettier-ignore
  return parts.flatMap((part, index) => (index === 0 ? [part] : [html`\n`, part]));
}

/**
 * The readable copy of an access response (GDPR Art. 15(1) and (3); Civ. Code 1798.110): one
 * self-contained HTML file, no scripts and nothing loaded from elsewhere, so it opens offline in
 * any browser. Every value is escaped; secrets are named as held, never shown (regs 7024(d)).
 */
export function renderAccessReport(report: AccessReport): SafeHtml {
  const held = report.datasets.filter((dataset) => dataset.rows > 0);
  const empty = report.datasets.filter((dataset) => dataset.rows === 0);
  const total = report.datasets.reduce((sum, dataset) => sum + dataset.rows, 0);
  const prepared = timeWithZone(report.generatedAt, 'en', report.timeZone ?? 'UTC');
  const copy = report.scope === 'copy';
  const title = `Your personal data: request ${report.reference}`;

  // The report's source layout is part of the file people download: keep it as written.
  // prettier-ignore
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Your personal data</h1>
<dl class="summary">
<dt>Prepared for request</dt><dd><strong>${report.reference}</strong></dd>
<dt>Prepared on</dt><dd>${prepared}</dd>
<dt>What you asked for</dt><dd>${
    copy
      ? 'A copy of the personal information we hold about you'
      : 'The categories of personal information we hold about you (no copy of the data itself)'
  }</dd>
<dt>Records about you</dt><dd>${count(total)}</dd>
</dl>
<p>${
    copy
      ? 'This report explains, for each place we keep personal information about you, what it is, why we use it, who receives it, how long we keep it and where it comes from. The data itself is in the other files of this download: a JSON file (for computers) and a CSV file (for spreadsheets) per dataset. manifest.json lists every file.'
      : 'This report explains, for each place we keep personal information about you, what kinds of information it holds, how many records, why we use it, who receives it, how long we keep it and where it comes from.'
  }</p>
<h2>Summary</h2>
<table>
<thead><tr><th scope="col">Dataset</th><th scope="col">Records</th>${copy && html`<th scope="col">Files</th>`}</tr></thead>
<tbody>
${lines(
  report.datasets.map(
    (dataset) =>
      html`<tr><td>${dataset.label}</td><td class="number">${count(dataset.rows)}</td>${
        copy && html`<td>${dataset.files && filesOf(dataset.files)}</td>`
      }</tr>`,
  ),
)}
</tbody>
</table>
<h2>Details of each dataset</h2>
${held.length === 0 ? html`<p>We found no personal information about you.</p>` : lines(held.map(datasetSection))}
${
  empty.length > 0 &&
  html`<h2>Where we hold nothing about you</h2>\n${list(empty.map((dataset) => dataset.label))}`
}
<h2>About this report</h2>
<p>Information marked as held but not disclosed (such as a password hash or a payment token) is information we keep but never release, to protect you: anyone who obtained it could misuse it. Payment cards are shown by brand and last 4 digits only.</p>
<p>Record of processing version ${report.dataMapVersion}.</p>
</main>
</body>
</html>
`;
}

function filesOf(files: NonNullable<DatasetFacts['files']>): SafeHtml {
  return html`<code>${files.json}</code>, <code>${files.csv}</code>`;
}

function datasetSection(dataset: DatasetFacts): SafeHtml {
  const anchor = `${dataset.system}-${dataset.table}`;
  const bases: HtmlValue[] = dataset.legalBasis.map((basis) => basis.wording);
  if (dataset.legitimateInterest) {
    bases.push(html`Our legitimate interest: ${dataset.legitimateInterest}`);
  }
  // prettier-ignore
  const recipients = dataset.recipients.map(
    (recipient) =>
      html`<strong>${recipient.name}</strong>, ${ROLES[recipient.role]}${
        recipient.purpose && html`: ${recipient.purpose}`
      }${recipient.transfers && html` ${recipient.transfers}`}`,
  );
  const automated = dataset.automatedDecisionMaking;
  const rows: Array<[string, HtmlValue]> = [
    ['Records about you', count(dataset.rows)],
    ['Kinds of information', list(dataset.categories)],
    ['Why we use it', dataset.purpose ?? 'Not stated in our record of processing.'],
    ['Legal basis', list(bases)],
    ['Who receives it', list(recipients)],
    ['How long we keep it', dataset.retention ?? 'Not stated in our record of processing.'],
    ['Where it comes from', list(dataset.sources.map((source) => source.wording))],
    [
      'Automated decision-making',
      automated
        ? `Profiling: ${automated.profiling ? 'yes' : 'no'}. Decisions with legal or similarly significant effects: ${
            automated.significantEffects ? 'yes' : 'no'
          }. How it works: ${automated.logic}`
        : 'None: no decision about you is made by automated means from this data.',
    ],
  ];
  if (dataset.withheldFields.length > 0) {
    rows.push([
      'Held but not disclosed',
      list(dataset.withheldFields.map((field) => html`<code>${field}</code>`)),
    ]);
  }
  if (dataset.partialFields.length > 0) {
    rows.push([
      'Shown in part only',
      list(
        dataset.partialFields.map(
          (field) => html`<code>${field.field}</code>: last ${field.keepLast} characters`,
        ),
      ),
    ]);
  }
  if (dataset.files) rows.push(['Files', filesOf(dataset.files)]);
  // prettier-ignore
  return html`<section id="${anchor}">
<h3>${dataset.label}</h3>
<dl>
${lines(rows.map(([term, detail]) => html`<dt>${term}</dt><dd>${detail}</dd>`))}
</dl>
</section>`;
}

// raw: a style sheet is not HTML text (entities are not decoded inside <style>), and this one is
// a constant written here, so there is nothing to escape.
// prettier-ignore
const STYLE = raw(
  [
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1b1b;margin:0;background:#fff}',
  'main{max-width:50rem;margin:0 auto;padding:1.5rem}',
  'h1{font-size:2rem;margin-top:0}h2{margin-top:2.5rem;border-bottom:2px solid #1b1b1b}',
  'h3{margin-top:2rem}table{border-collapse:collapse;width:100%}',
  'th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #b1b4b6;vertical-align:top}',
  '.number{text-align:right}dt{font-weight:700;margin-top:.75rem}dd{margin-left:0}',
  'dd ul{margin:.25rem 0;padding-left:1.25rem}code{font-size:.95em;overflow-wrap:anywhere}',
  '.summary{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}',
  '.summary dt{margin:0}@media print{main{max-width:none}}',
].join(''),
);
