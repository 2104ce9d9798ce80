import request from 'supertest';
import { DataMapStore } from '@rightsdesk/live-config';
import { TestApi } from '../../support/api-app';
import { editedDemoMap, startAdminApi } from './admin.support';

const ORDERS = 'systems.shop.tables.orders';

describe('data map versions over /api/v1/admin/data-map', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await startAdminApi('data_map');
    admin = `Bearer ${await api.apiKey('admin:data-map')}`;
  }, 60_000); // a fresh database, migrated: slow on a shared machine
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  const get = (path: string) =>
    http().get(`/api/v1/admin/data-map${path}`).set('authorization', admin);
  const post = (path: string, body: object) =>
    http().post(`/api/v1/admin/data-map${path}`).set('authorization', admin).send(body);
  const adminEvents = async () =>
    (await api.dataSource.query('SELECT action, data FROM admin_events ORDER BY seq')) as Array<{
      action: string;
      data: Record<string, unknown>;
    }>;

  it('starts from the DATA_MAP_PATH file, imported as version 1', async () => {
    const { body } = await get('').expect(200);
    expect(body.activeVersion).toBe(1);
    expect(body.versions).toEqual([
      expect.objectContaining({ version: 1, origin: 'file', active: true, createdBy: 'system' }),
    ]);
    const yaml = await get('/versions/1').expect(200);
    expect(yaml.body.yaml).toContain('connection_env: SHOP_DATABASE_URL');
    expect((await adminEvents()).map((event) => event.action)).toEqual([
      'data_map.imported_from_file',
    ]);
  });

  it('refuses a map with errors, naming each by its path and line, and stores nothing', async () => {
    const yaml = await editedDemoMap((doc) => {
      doc.setIn(['systems', 'shop', 'tables', 'orders', 'erasure', 'period'], '7 years');
      doc.setIn(['systems', 'shop', 'tables', 'orders', 'fields', 'id', 'category'], 'shoe_size');
    });
    const { body } = await post('/drafts', { yaml }).expect(400);
    expect(body.code).toBe('invalid_input');
    expect(body.detail).toBe('The data map is not valid (2 issues).');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        {
          path: `${ORDERS}.erasure.period`,
          message: expect.stringMatching(/^"7 years" is not an ISO 8601 duration .*\(line \d+\)$/),
        },
        { path: `${ORDERS}.fields.id.category`, message: expect.stringContaining('(line ') },
      ]),
    );
    const overview = await get('').expect(200);
    expect(overview.body.drafts).toEqual([]);
    expect((await adminEvents()).map((event) => event.action)).not.toContain(
      'data_map.draft_uploaded',
    );
  });

  it('refuses YAML that does not parse, and a map this server has no connection for', async () => {
    const broken = await post('/drafts', { yaml: 'systems:\n  shop: [unclosed\n' }).expect(400);
    expect(broken.body.errors[0].path).toBe('(yaml)');

    const yaml = await editedDemoMap((doc) =>
      doc.setIn(['systems', 'shop', 'connection_env'], 'ARCHIVE_DATABASE_URL'),
    );
    const unset = await post('/drafts', { yaml }).expect(400);
    expect(unset.body.errors).toEqual([
      {
        path: 'systems.shop.connection_env',
        message: expect.stringContaining('names ARCHIVE_DATABASE_URL, which is not set'),
      },
    ]);

    await post('/drafts', { yaml: 42 }).expect(400);
    await post('/drafts', {}).expect(400);
  });

  it('refuses a map whose words for people are missing, naming the table and the language', async () => {
    const addresses = ['systems', 'shop', 'tables', 'addresses'];
    const yaml = await editedDemoMap((doc) => {
      doc.deleteIn([...addresses, 'label', 'es']);
      doc.deleteIn([...addresses, 'fields', 'line1', 'label']);
    });
    const { body } = await post('/drafts', { yaml }).expect(400);
    expect(body.detail).toBe('The data map is not valid (3 issues).');
    expect(body.errors).toEqual([
      {
        path: 'systems.shop.tables.addresses.label.es',
        message: expect.stringMatching(
          /^required before activation: the name people read for table "addresses", in Spanish .*\(line \d+\)$/,
        ),
      },
      {
        path: 'systems.shop.tables.addresses.fields.line1.label.en',
        message: expect.stringContaining('field "line1" of table "addresses", in English'),
      },
      {
        path: 'systems.shop.tables.addresses.fields.line1.label.es',
        message: expect.stringContaining(
          'field "line1" of table "addresses", in Spanish: people pick it when they ask for a correction and read it in our answer',
        ),
      },
    ]);
    expect((await get('').expect(200)).body.drafts).toEqual([]);

    // A draft kept from before labels were asked for cannot be switched on either.
    const [draft] = (await api.dataSource.query(
      `INSERT INTO data_map_versions (origin, yaml, sha256, based_on_version, created_by)
       VALUES ('upload', $1, 'old-draft', 1, 'admin') RETURNING id`,
      [yaml],
    )) as Array<{ id: string }>;
    try {
      const refused = await post(`/drafts/${draft?.id}/activate`, { comparedWith: 1 }).expect(400);
      expect(refused.body.errors).toContainEqual({
        path: 'systems.shop.tables.addresses.label.es',
        message: expect.stringContaining('in Spanish'),
      });
      expect((await get('').expect(200)).body.activeVersion).toBe(1);
      expect((await adminEvents()).map((event) => event.action)).not.toContain(
        'data_map.activated',
      );
    } finally {
      await api.dataSource.query('DELETE FROM data_map_versions WHERE id = $1', [draft?.id]);
    }
  });

  it('refuses a map where a kind of address a person corrects by has no words for them', async () => {
    const yaml = await editedDemoMap((doc) =>
      doc.deleteIn([
        'systems',
        'shop',
        'tables',
        'addresses',
        'fields',
        'kind',
        'codes',
        'billing',
      ]),
    );
    const { body } = await post('/drafts', { yaml }).expect(400);
    expect(body.errors).toEqual([
      {
        path: 'systems.shop.tables.addresses.fields.kind.codes.billing',
        message: expect.stringContaining(
          'what kind "billing" of field "kind" of table "addresses" means to people',
        ),
      },
    ]);
    expect((await get('').expect(200)).body.drafts).toEqual([]);
  });

  it('compares the map with the live database and refuses a column the database does not have', async () => {
    const yaml = await editedDemoMap((doc) =>
      doc.setIn(['systems', 'shop', 'tables', 'orders', 'fields', 'gift_note'], {
        category: 'communications',
        label: { en: 'Gift note', es: 'Nota de regalo' },
      }),
    );
    const { body } = await post('/drafts', { yaml }).expect(400);
    expect(body.errors).toEqual([
      {
        path: `${ORDERS}.fields.gift_note`,
        message: 'the table "orders" has no column "gift_note"',
      },
    ]);
  });

  it('checks without storing, and refuses an upload identical to the active version', async () => {
    const same = await editedDemoMap(() => undefined);
    const check = await post('/check', { yaml: same }).expect(200);
    expect(check.body).toEqual({ valid: true, comparedWith: 1, changes: [] });
    const upload = await post('/drafts', { yaml: same }).expect(400);
    expect(upload.body.detail).toMatch(/same as the active version 1/);
  });

  it('shows a draft’s changes, activates it only against the version reviewed, and uses it at once', async () => {
    const yaml = await editedDemoMap((doc) => {
      doc.setIn(['systems', 'shop', 'tables', 'orders', 'erasure', 'period'], 'P10Y');
      doc.deleteIn(['recipients', 'email_provider', 'purpose']);
    });
    const draft = (await post('/drafts', { yaml }).expect(201)).body;
    expect(draft).toMatchObject({ comparedWith: 1, wouldBecome: 2, documentVersion: 2 });
    expect(draft.changes).toEqual([
      expect.objectContaining({
        kind: 'removed',
        path: 'recipients.email_provider.purpose',
        subject: 'recipient email_provider',
      }),
      {
        kind: 'changed',
        path: `${ORDERS}.erasure.period`,
        subject: 'table shop.orders',
        attribute: 'erasure.period',
        before: '"P7Y"',
        after: '"P10Y"',
      },
    ]);
    expect((await get(`/drafts/${draft.id}`).expect(200)).body.changes).toEqual(draft.changes);

    const stale = await post(`/drafts/${draft.id}/activate`, { comparedWith: 7 }).expect(409);
    expect(stale.body.detail).toMatch(/Version 1 is active now, not version 7/);
    await post(`/drafts/${draft.id}/activate`, { comparedWith: 'one' }).expect(400);

    const activated = await post(`/drafts/${draft.id}/activate`, { comparedWith: 1 }).expect(200);
    expect(activated.body).toMatchObject({ version: 2, origin: 'upload', active: true });
    await post(`/drafts/${draft.id}/activate`, { comparedWith: 2 }).expect(409);

    // The api's map in force is the new version, without a restart.
    const store = api.app.get(DataMapStore);
    const active = await store.active();
    expect(active.version).toBe(2);
    const orders = active.map.systems.shop;
    expect(orders.connector === 'postgres' && orders.tables.orders.erasure).toMatchObject({
      period: 'P10Y',
    });
    expect(store.current().version).toBe(2);

    const events = await adminEvents();
    expect(events.slice(-2)).toEqual([
      expect.objectContaining({ action: 'data_map.draft_uploaded' }),
      {
        action: 'data_map.activated',
        data: { version: 2, previousVersion: 1, draftId: draft.id },
      },
    ]);
    // An uploaded version wins over the file from now on: a restart does not undo it.
    expect(await store.importFile()).toEqual({ imported: null, fileIgnored: true });
  });

  it('keeps a request on the version its fulfilment started with when a newer one is activated', async () => {
    const writer = `Bearer ${await api.apiKey('requests:write')}`;
    const submit = async () =>
      (
        await http()
          .post('/api/v1/requests')
          .set('authorization', writer)
          .send({ type: 'withdraw_consent', email: `pin-${Date.now()}@example.org` })
          .expect(201)
      ).body.id as string;
    const store = api.app.get(DataMapStore);
    const started = await submit();
    expect(await store.pinForRequest(started)).toBe(2);

    const yaml = await editedDemoMap((doc) => {
      doc.setIn(['systems', 'shop', 'tables', 'orders', 'erasure', 'period'], 'P10Y');
      doc.setIn(['systems', 'shop', 'tables', 'orders', 'retention', 'period'], 'P10Y');
    });
    const draft = (await post('/drafts', { yaml }).expect(201)).body;
    await post(`/drafts/${draft.id}/activate`, { comparedWith: 2 }).expect(200);

    // A retry of its start, a step or the completion check: still version 2.
    expect(await store.pinForRequest(started)).toBe(2);
    expect(await store.versionForRequest(started)).toBe(2);
    expect((await store.sources(2)).dataMap.version).toBe(2);
    // A request whose fulfilment starts now gets version 3.
    expect(await store.pinForRequest(await submit())).toBe(3);
  });

  it('answers unknown drafts and versions with 404, and refuses keys without the scope', async () => {
    await get('/drafts/8c6f0b53-1f0e-4a1e-9e55-3c8d2b8e0c11').expect(404);
    await get('/drafts/not-an-id').expect(404);
    await get('/versions/99').expect(404);
    await get('/versions/abc').expect(400);
    const reader = `Bearer ${await api.apiKey('requests:read')}`;
    await http().get('/api/v1/admin/data-map').set('authorization', reader).expect(403);
    await http().get('/api/v1/admin/data-map').expect(401);
  });

  it('keeps the trail of administration append-only', async () => {
    await expect(api.dataSource.query('DELETE FROM admin_events')).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query("UPDATE admin_events SET actor = 'someone'")).rejects.toThrow(
      /append-only/,
    );
  });
});
