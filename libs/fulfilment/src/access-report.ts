import { DatasetFacts, RecipientFacts } from './dataset-facts';

/** Everything report.html says: who it is for, and the facts and counts per dataset. */
export interface AccessReport {
  reference: string;
  /** ISO 8601 instant the package was made. */
  generatedAt: string;
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

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escape(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

function list(items: readonly string[]): string {
  return items.length === 0
    ? '<p>None.</p>'
    : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

function count(rows: number): string {
  return rows.toLocaleString('en-US');
}

/**
 * The readable copy of an access response (GDPR Art. 15(1) and (3); Civ. Code 1798.110): one
 * self-contained HTML file, no scripts and nothing loaded from elsewhere, so it opens offline in
 * any browser. Every value is escaped; secrets are named as held, never shown (regs 7024(d)).
 */
export function renderAccessReport(report: AccessReport): string {
  const held = report.datasets.filter((dataset) => dataset.rows > 0);
  const empty = report.datasets.filter((dataset) => dataset.rows === 0);
  const total = report.datasets.reduce((sum, dataset) => sum + dataset.rows, 0);
  const prepared = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(report.generatedAt));
  const copy = report.scope === 'copy';
  const title = `Your personal data: request ${report.reference}`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Your personal data</h1>
<dl class="summary">
<dt>Prepared for request</dt><dd><strong>${escape(report.reference)}</strong></dd>
<dt>Prepared on</dt><dd>${escape(prepared)} (UTC)</dd>
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
<thead><tr><th scope="col">Dataset</th><th scope="col">Records</th>${copy ? '<th scope="col">Files</th>' : ''}</tr></thead>
<tbody>
${report.datasets
  .map(
    (dataset) =>
      `<tr><td>${escape(dataset.label)}</td><td class="number">${count(dataset.rows)}</td>${
        copy ? `<td>${dataset.files ? filesOf(dataset.files) : ''}</td>` : ''
      }</tr>`,
  )
  .join('\n')}
</tbody>
</table>
<h2>Details of each dataset</h2>
${held.length === 0 ? '<p>We found no personal information about you.</p>' : held.map(datasetSection).join('\n')}
${
  empty.length > 0
    ? `<h2>Where we hold nothing about you</h2>\n${list(empty.map((dataset) => escape(dataset.label)))}`
    : ''
}
<h2>About this report</h2>
<p>Information marked as held but not disclosed (such as a password hash or a payment token) is information we keep but never release, to protect you: anyone who obtained it could misuse it. Payment cards are shown by brand and last 4 digits only.</p>
<p>Record of processing version ${escape(report.dataMapVersion)}.</p>
</main>
</body>
</html>
`;
}

function filesOf(files: NonNullable<DatasetFacts['files']>): string {
  return `<code>${escape(files.json)}</code>, <code>${escape(files.csv)}</code>`;
}

function datasetSection(dataset: DatasetFacts): string {
  const anchor = `${dataset.system}-${dataset.table}`;
  const bases = dataset.legalBasis.map((basis) => escape(basis.wording));
  if (dataset.legitimateInterest) {
    bases.push(`Our legitimate interest: ${escape(dataset.legitimateInterest)}`);
  }
  const recipients = dataset.recipients.map(
    (recipient) =>
      `<strong>${escape(recipient.name)}</strong>, ${escape(ROLES[recipient.role])}${
        recipient.purpose ? `: ${escape(recipient.purpose)}` : ''
      }${recipient.transfers ? ` ${escape(recipient.transfers)}` : ''}`,
  );
  const automated = dataset.automatedDecisionMaking;
  const rows: Array<[string, string]> = [
    ['Records about you', count(dataset.rows)],
    ['Kinds of information', list(dataset.categories.map(escape))],
    ['Why we use it', escape(dataset.purpose ?? 'Not stated in our record of processing.')],
    ['Legal basis', list(bases)],
    ['Who receives it', list(recipients)],
    ['How long we keep it', escape(dataset.retention ?? 'Not stated in our record of processing.')],
    ['Where it comes from', list(dataset.sources.map((source) => escape(source.wording)))],
    [
      'Automated decision-making',
      automated
        ? `Profiling: ${automated.profiling ? 'yes' : 'no'}. Decisions with legal or similarly significant effects: ${
            automated.significantEffects ? 'yes' : 'no'
          }. How it works: ${escape(automated.logic)}`
        : 'None: no decision about you is made by automated means from this data.',
    ],
  ];
  if (dataset.withheldFields.length > 0) {
    rows.push([
      'Held but not disclosed',
      list(dataset.withheldFields.map((field) => `<code>${escape(field)}</code>`)),
    ]);
  }
  if (dataset.partialFields.length > 0) {
    rows.push([
      'Shown in part only',
      list(
        dataset.partialFields.map(
          (field) =>
            `<code>${escape(field.field)}</code>: last ${escape(field.keepLast)} characters`,
        ),
      ),
    ]);
  }
  if (dataset.files) rows.push(['Files', filesOf(dataset.files)]);
  return `<section id="${escape(anchor)}">
<h3>${escape(dataset.label)}</h3>
<dl>
${rows.map(([term, detail]) => `<dt>${term}</dt><dd>${detail}</dd>`).join('\n')}
</dl>
</section>`;
}

const STYLE = [
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1b1b;margin:0;background:#fff}',
  'main{max-width:50rem;margin:0 auto;padding:1.5rem}',
  'h1{font-size:2rem;margin-top:0}h2{margin-top:2.5rem;border-bottom:2px solid #1b1b1b}',
  'h3{margin-top:2rem}table{border-collapse:collapse;width:100%}',
  'th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #b1b4b6;vertical-align:top}',
  '.number{text-align:right}dt{font-weight:700;margin-top:.75rem}dd{margin-left:0}',
  'dd ul{margin:.25rem 0;padding-left:1.25rem}code{font-size:.95em;overflow-wrap:anywhere}',
  '.summary{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}',
  '.summary dt{margin:0}@media print{main{max-width:none}}',
].join('');
