import { systemsOf } from './mapped-system';
import { checkDataMap } from './validate-data-map';
import { validDataMapDocument, type DataMapDocument } from './valid-data-map.fixture';

type Doc = DataMapDocument;

/** The fixture with one processor told by webhook and one task done by hand. */
function documentWithToldSystems(): Doc {
  const doc = validDataMapDocument();
  doc.recipients.mail_service = { name: 'Mail service', role: 'processor' };
  doc.recipients.readers = { name: 'Readers', role: 'public' };
  doc.systems.mailer = {
    connector: 'webhook',
    description: 'Mailing lists at the mail service.',
    recipient: 'mail_service',
    url_env: 'MAILER_WEBHOOK_URL',
    secret_env: 'MAILER_WEBHOOK_SECRET',
    actions: ['erase', 'correct', 'withdraw_consent'],
  };
  doc.systems.letters = {
    connector: 'manual',
    description: 'Paper letters in the office archive.',
    instructions: 'Shred the letters filed under the person’s name.',
    actions: ['erase'],
  };
  return doc;
}

function issuesOf(change: (doc: Doc) => void): { path: string; message: string }[] {
  const doc = documentWithToldSystems();
  change(doc);
  const result = checkDataMap(doc);
  if (result.ok) return [];
  return result.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('webhook and manual systems', () => {
  it('accepts a webhook and a manual system next to a database', () => {
    const result = checkDataMap(documentWithToldSystems());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(systemsOf(result.map, 'webhook').map((system) => system.name)).toEqual(['mailer']);
    expect(systemsOf(result.map, 'manual')).toEqual([
      expect.objectContaining({ name: 'letters', actions: ['erase'] }),
    ]);
    expect(systemsOf(result.map, 'postgres').map((system) => system.name)).toEqual(['shop']);
  });

  it.each<[string, (doc: Doc) => void, string, string]>([
    [
      'a URL instead of a variable name',
      (d) => (d.systems.mailer.url_env = 'https://hooks.example.com/rightsdesk'),
      'systems.mailer.url_env',
      'must name an environment variable, e.g. MAILER_WEBHOOK_URL',
    ],
    [
      'a secret instead of a variable name',
      (d) => (d.systems.mailer.secret_env = 'hunter2'),
      'systems.mailer.secret_env',
      'must name an environment variable, e.g. MAILER_WEBHOOK_SECRET',
    ],
    [
      'no secret',
      (d) => delete d.systems.mailer.secret_env,
      'systems.mailer.secret_env',
      'required',
    ],
    [
      'the same variable for URL and secret',
      (d) => (d.systems.mailer.secret_env = 'MAILER_WEBHOOK_URL'),
      'systems.mailer.secret_env',
      'must differ from url_env: the signing secret is not the URL',
    ],
    [
      'an unknown recipient',
      (d) => (d.systems.mailer.recipient = 'mail_servce'),
      'systems.mailer.recipient',
      '"mail_servce" is not in recipients (known: cloud_host, mail_service, readers)',
    ],
    [
      'the public as the one told',
      (d) => (d.systems.letters.recipient = 'readers'),
      'systems.letters.recipient',
      '"readers" has role "public"; only a processor, controller or third party can be told to act',
    ],
    [
      'an action a processor cannot be told about',
      (d) => (d.systems.mailer.actions = ['erase', 'access']),
      'systems.mailer.actions.1',
      '"access" is not one of: erase, correct, withdraw_consent',
    ],
    [
      'no actions',
      (d) => (d.systems.mailer.actions = []),
      'systems.mailer.actions',
      'must list at least one of: erase, correct, withdraw_consent',
    ],
    [
      'an action twice',
      (d) => (d.systems.letters.actions = ['erase', 'erase']),
      'systems.letters.actions',
      'must not list an action twice',
    ],
    [
      'a manual task without instructions',
      (d) => delete d.systems.letters.instructions,
      'systems.letters.instructions',
      'required',
    ],
    [
      'tables on a webhook',
      (d) => (d.systems.mailer.tables = {}),
      'systems.mailer.tables',
      'unknown key',
    ],
  ])('%s', (_name, change, path, message) => {
    expect(issuesOf(change)).toEqual([{ path, message }]);
  });
});
