import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_NAMES } from './report-parameters';
import { reportJsonSchema } from './report-schemas';

const file = (report: string) => join(__dirname, '..', 'schemas', `${report}.schema.json`);

describe(reportJsonSchema.name, () => {
  // UPDATE_REPORT_SCHEMAS=1 npx jest libs/reports --selectProjects unit rewrites the files
  // (then npx prettier --write libs/reports/schemas).
  it.each(REPORT_NAMES)('matches the committed schemas/%s.schema.json', (report) => {
    const generated = reportJsonSchema(report);
    if (process.env.UPDATE_REPORT_SCHEMAS === '1') {
      writeFileSync(file(report), `${JSON.stringify(generated, null, 2)}\n`);
    }
    // Compared as data: prettier may lay the committed file out differently.
    expect(JSON.parse(readFileSync(file(report), 'utf8'))).toEqual(generated);
  });
});
