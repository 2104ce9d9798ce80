import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { runMigrations } from '@rightsdesk/persistence';
import { TestApi, startTestApi } from '../../support/api-app';
import { freshDatabase } from '../../support/fresh-database';
import { TEST_DATABASE_URL } from '../../support/test-env';

/**
 * Administration changes what every other test relies on (the active data map, the policy):
 * these tests get a database of their own, dropped and migrated afresh each run.
 */
export async function startAdminApi(
  name: string,
  env: Record<string, string> = {},
): Promise<TestApi> {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/rightsdesk_admin_${name}_test`;
  await freshDatabase(url.toString());
  await runMigrations(url.toString());
  return startTestApi({ DATABASE_URL: url.toString(), ...env });
}

/** The demo map's YAML with a change made to its document, as an admin would edit it. */
export async function editedDemoMap(
  edit: (document: ReturnType<typeof parseDocument>) => void,
): Promise<string> {
  const document = parseDocument(await readFile('data-map/shop.v1.yaml', 'utf8'));
  edit(document);
  return document.toString();
}
