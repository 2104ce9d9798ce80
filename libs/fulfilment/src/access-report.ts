import { HtmlValue, SafeHtml, html, raw } from '@rightsdesk/html';
import type { Language } from '@rightsdesk/domain';
import { timeWithZone } from '@rightsdesk/messages';
import { AccessAnswer, ANSWER_WORDS, AnswerFact } from '@rightsdesk/notices';
import { DatasetFacts } from './dataset-facts';
import type { DatasetReader } from './readable-rows';

type Row = Record<string, unknown>;

/** Everything report.html says: who it is for, who answers, the facts and the data per dataset. */
export interface AccessReport {
  reference: string;
  /** ISO 8601 instant the package was made. */
  generatedAt: string;
  /** copy: the data itself; categories: what kinds are held, no rows (Civ. Code 1798.110). */
  scope: 'copy' | 'categories';
  dataMapVersion: number;
  datasets: readonly DatasetFacts[];
  language: Language;
  /** The Art. 15 facts in the person's words: company, datasets, rights, where to complain. */
  answer: AccessAnswer;
  /** How a person reads each dataset's rows, by "system/table". */
  readers: ReadonlyMap<string, DatasetReader>;
}

/** The person's rows of a dataset, already disclosed, read again for the readable table. */
export type ReportRows = (dataset: DatasetFacts) => AsyncIterable<Row> | undefined;

/**
 * A dataset's readable table shows at most this many rows: a browser still opens the file
 * quickly, and the report says where the rest is (the dataset's JSON and CSV hold every row).
 */
export const READABLE_ROWS = 1000;

/**
 * The readable copy of an access response (GDPR Art. 15(1)-(3); Civ. Code 1798.110): one
 * self-contained HTML file, no scripts and nothing loaded from elsewhere, so it opens offline in
 * any browser. It names the company and its privacy contact, states per dataset the facts of the
 * record of processing and shows the rows with labels and values a person reads, then the
 * person's rights and where to complain. Written in pieces, rows read one at a time, so a large
 * package never sits in memory. Every value is escaped; secrets are named as held, never shown.
 */
export async function* accessReportPieces(
  report: AccessReport,
  rowsOf: ReportRows = () => undefined,
): AsyncGenerator<string> {
  const say = ANSWER_WORDS.in(report.language);
  const { answer } = report;
  const copy = report.scope === 'copy';
  const total = report.datasets.reduce((sum, dataset) => sum + dataset.rows, 0);
  const prepared = timeWithZone(report.generatedAt, report.language, answer.zone);
  const title = `${say('report.title')}: ${report.reference}`;
  const count = (rows: number) => say('dataset.count', { count: rows });

  // The report's source layout is part of the file people download: keep it as written.
  // prettier-ignore
  yield html`<!doctype html>
<html lang="${report.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${say('report.title')}</h1>
<dl class="summary">
<dt>${say('report.for_request')}</dt><dd><strong>${report.reference}</strong></dd>
<dt>${say('report.prepared_on')}</dt><dd>${prepared}</dd>
<dt>${say('report.asked_for')}</dt><dd>${say(copy ? 'report.asked_copy' : 'report.asked_categories')}</dd>
<dt>${say('report.records')}</dt><dd>${count(total)}</dd>
</dl>
<p>${say(copy ? 'report.intro_copy' : 'report.intro_categories')}</p>
<h2>${answer.company.heading}</h2>
${factList(answer.company.facts, 'company')}
<h2>${say('report.summary')}</h2>
<table>
<thead><tr><th scope="col">${say('report.dataset')}</th><th scope="col">${say('report.records')}</th>${copy && html`<th scope="col">${say('report.files')}</th>`}</tr></thead>
<tbody>
${lines(
  report.datasets.map(
    (dataset) =>
      html`<tr><td>${labelOf(report, dataset)}</td><td class="number">${count(dataset.rows)}</td>${
        copy && html`<td>${dataset.files && filesOf(dataset.files)}</td>`
      }</tr>`,
  ),
)}
</tbody>
</table>
<h2>${say('report.details')}</h2>
`.toString();

  const held = report.datasets.filter((dataset) => dataset.rows > 0);
  if (held.length === 0) yield html`<p>${say('report.found_nothing')}</p> `.toString();
  for (const dataset of held) yield* datasetSection(report, dataset, rowsOf(dataset));

  const empty = report.datasets.filter((dataset) => dataset.rows === 0);
  // prettier-ignore
  yield html`${
  empty.length > 0 &&
  html`<h2>${say('report.held_nothing')}</h2>\n${list(empty.map((dataset) => labelOf(report, dataset)), say('report.none'))}\n`
}<h2 id="rights">${answer.rights.heading}</h2>
<p>${answer.rights.intro}</p>
${list(answer.rights.items, say('report.none'))}
<p>${answer.rights.how}</p>
<h2 id="complain">${answer.complaint.heading}</h2>
<p>${answer.complaint.text}</p>
${lines(answer.complaint.websites.map((website) => html`<p>${website}</p>`))}
<p>${answer.complaint.first}</p>
<h2>${say('report.about')}</h2>
<p>${say('report.secrets')}</p>
<p>${say('report.times', { zone: answer.zoneName })}</p>
<p>${say('report.map_version', { version: report.dataMapVersion })}</p>
</main>
</body>
</html>
`.toString();
}

/** The whole report as one string, for small packages and tests. */
export async function renderAccessReport(
  report: AccessReport,
  rowsOf?: ReportRows,
): Promise<string> {
  let text = '';
  for await (const piece of accessReportPieces(report, rowsOf)) text += piece;
  return text;
}

function labelOf(report: AccessReport, dataset: DatasetFacts): string {
  return report.readers.get(`${dataset.system}/${dataset.table}`)?.label ?? dataset.label;
}

async function* datasetSection(
  report: AccessReport,
  dataset: DatasetFacts,
  rows: AsyncIterable<Row> | undefined,
): AsyncGenerator<string> {
  const say = ANSWER_WORDS.in(report.language);
  const key = `${dataset.system}/${dataset.table}`;
  const facts = report.answer.datasets.find(
    (worded) => worded.system === dataset.system && worded.table === dataset.table,
  );
  const reader = report.readers.get(key);
  const records: AnswerFact = {
    term: say('dataset.records'),
    items: [say('dataset.count', { count: dataset.rows })],
    single: true,
  };
  // prettier-ignore
  yield html`<section id="${dataset.system}-${dataset.table}">
<h3>${labelOf(report, dataset)}</h3>
${factList([records, ...(facts?.facts ?? [])], 'facts')}
`.toString();
  if (rows && reader && dataset.files) {
    yield html`<h4>${say('report.your_data')}</h4> `.toString();
    yield* readableTable(reader, rows);
    const files = { json: dataset.files.json, csv: dataset.files.csv };
    yield html`<p class="files">
      ${
        dataset.rows > READABLE_ROWS
          ? say('report.first_rows', { shown: READABLE_ROWS, total: dataset.rows, ...files })
          : say('report.all_rows', files)
      }
    </p> `.toString();
  }
  yield '</section>\n';
}

/** The rows as a table, one row at a time; stops reading after READABLE_ROWS. */
async function* readableTable(
  reader: DatasetReader,
  rows: AsyncIterable<Row>,
): AsyncGenerator<string> {
  // prettier-ignore
  yield html`<div class="rows"><table>
<thead><tr>${reader.columns.map(({ label }) => html`<th scope="col">${label}</th>`)}</tr></thead>
<tbody>
`.toString();
  let shown = 0;
  let piece = '';
  for await (const row of rows) {
    if (shown === READABLE_ROWS) break; // ends the query: the files hold the rest
    piece += html`<tr>
      ${reader.cells(row).map((cell) => html`<td>${cell}</td>`)}
    </tr> `.toString();
    shown += 1;
    if (piece.length > 64 * 1024) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}</tbody>\n</table></div>\n`;
}

function factList(facts: readonly AnswerFact[], kind: 'company' | 'facts'): SafeHtml {
  // prettier-ignore
  return html`<dl class="${kind}">
${lines(
  facts.map(
    (fact) =>
      html`<dt>${fact.term}</dt><dd>${
        fact.single ? fact.items[0] : kind === 'company' ? lines(fact.items.map((line) => html`${line}<br>`)) : list(fact.items, '—')
      }</dd>`,
  ),
)}
</dl>`;
}

function list(items: readonly HtmlValue[], none: string): SafeHtml {
  // prettier-ignore
  return items.length === 0
    ? html`<p>${none}</p>`
    : html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

/** Joins fragments with a newline, as the report's source is laid out one element a line. */
function lines(parts: readonly SafeHtml[]): SafeHtml[] {
  // prettier-ignore
  return parts.flatMap((part, index) => (index === 0 ? [part] : [html`\n`, part]));
}

function filesOf(files: NonNullable<DatasetFacts['files']>): SafeHtml {
  return html`<code>${files.json}</code>, <code>${files.csv}</code>`;
}

// raw: a style sheet is not HTML text (entities are not decoded inside <style>), and this one is
// a constant written here, so there is nothing to escape.
// prettier-ignore
const STYLE = raw(
  [
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1b1b;margin:0;background:#fff}',
  'main{max-width:60rem;margin:0 auto;padding:1.5rem}',
  'h1{font-size:2rem;margin-top:0}h2{margin-top:2.5rem;border-bottom:2px solid #1b1b1b}',
  'h3{margin-top:2rem}h4{margin-bottom:.25rem}table{border-collapse:collapse;width:100%}',
  'th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #b1b4b6;vertical-align:top}',
  'th{background:#f3f2f1}.rows{overflow-x:auto}.rows td{overflow-wrap:break-word;max-width:24rem}',
  '.number{text-align:right}dt{font-weight:700;margin-top:.75rem}dd{margin-left:0}',
  'dd ul{margin:.25rem 0;padding-left:1.25rem}code{font-size:.95em;overflow-wrap:anywhere}',
  '.summary,.company{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}',
  '.summary dt,.company dt{margin:0}.files{color:#505a5f}',
  '@media print{main{max-width:none}.rows{overflow:visible}}',
].join(''),
);
