import request from 'supertest';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { TestApi, startTestApi } from '../../support/api-app';
import { createTestRequest } from '../../support/requests';
import { binary, pagesOf } from './letter-pdf.support';

/** Staff notes of the demo data map that must never reach the person they describe. */
const STAFF_NOTES = [
  'Customer accounts.',
  'Shipping, billing and home addresses of an account',
  'PCI DSS',
  'Visitors without an account sign up too',
  'office archive',
  'Mailing lists and delivery logs',
];

/**
 * What a customer reads about the places their data was: each dataset by its name for people,
 * in their language, in the email and in the letter, never the notes staff keep in the data map.
 */
describe('a person reads where their data was in words meant for them', () => {
  let api: TestApi;
  let reader: string;
  let notices: RenderNoticeUseCase;

  beforeAll(async () => {
    api = await startTestApi({ RATE_LIMIT_SUBMIT_PER_EMAIL: '1000' });
    reader = `Bearer ${await api.apiKey('requests:read')}`;
    notices = api.app.get(RenderNoticeUseCase);
  });
  afterAll(() => api.close());

  const unique = () => Math.random().toString(36).slice(2, 8);

  /** A customer's deletion whose steps ran: the receipts the worker keeps, as it keeps them. */
  async function completedDeletion(language: 'en' | 'es', answerChannel: 'email' | 'postal') {
    const requestId = await createTestRequest(api.dataSource, {
      type: 'delete',
      language,
      name: `Lucía Ortega ${unique()}`,
      answerChannel,
      postalAddress: {
        line1: `12 Calle Mayor ${unique()}`,
        city: 'Oakland',
        region: 'CA',
        postalCode: '94611',
        country: 'US',
      },
    });
    const step = (source: string, action: string, result: unknown) =>
      api.dataSource.query(
        `INSERT INTO fulfilment_steps (request_id, action, source, status, result)
         VALUES ($1, $2, $3, 'done', $4)`,
        [requestId, action, source, JSON.stringify(result)],
      );
    await step('shop', 'erase', {
      receipt: {
        tables: [
          {
            table: 'customers',
            action: 'deidentify',
            rowsDeleted: 0,
            rowsDeidentified: 1,
            rowsRetained: 0,
          },
          {
            table: 'addresses',
            action: 'delete',
            rowsDeleted: 3,
            rowsDeidentified: 0,
            rowsRetained: 0,
          },
          {
            table: 'payments',
            action: 'retain',
            rowsDeleted: 0,
            rowsDeidentified: 0,
            rowsRetained: 2,
            reason: 'Payments reconcile the sales record.',
            // The map's reason in each of its languages, as the worker keeps it now.
            reasonWords: {
              en: 'Payments reconcile the sales record.',
              es: 'Los pagos cuadran el registro de ventas.',
            },
            retentionPeriod: 'P7Y',
          },
          {
            table: 'marketing_subscriptions',
            action: 'delete',
            rowsDeleted: 1,
            rowsDeidentified: 0,
            rowsRetained: 0,
          },
        ],
      },
    });
    // A paper archive handled by staff, and the email service told: their stored labels are
    // the staff notes the worker kept for the console.
    await step('support_letters', 'erase', {
      task: {
        label: 'Paper letters to customer support, filed by customer name in the office archive.',
        outcome: 'done',
      },
    });
    await step('email_provider', 'erase', {
      told: {
        recipient: {
          name: 'Email delivery service',
          names: { en: 'Email delivery service', es: 'Servicio de envío de correo electrónico' },
        },
        label: 'Mailing lists and delivery logs at the email delivery service.',
        outcome: 'done',
      },
    });
    await notices.execute(requestId, 'request_completed');
    return requestId;
  }

  async function emailOf(requestId: string, kind: string) {
    const [mail] = (await api.dataSource.query(
      `SELECT body_text AS text, body_html AS html FROM correspondence
       WHERE request_id = $1 AND kind = $2 AND channel = 'email'`,
      [requestId, kind],
    )) as Array<{ text: string; html: string }>;
    return mail;
  }

  it('tells a customer who deleted their account what happened to "Your saved addresses"', async () => {
    const mail = await emailOf(await completedDeletion('en', 'email'), 'request_completed');
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('Your saved addresses');
      expect(body).toContain('Your customer account');
      expect(body).toContain('Your payments');
      expect(body).toContain('Your mailing-list subscriptions');
      expect(body).toContain('Your letters to customer support');
      expect(body).toContain('Our mailing lists and email delivery records');
      for (const note of STAFF_NOTES) expect(body).not.toContain(note);
    }
    expect(mail.text).toContain('- Your saved addresses: Deleted (3)');
    expect(mail.text).not.toContain('Where we keep it: What we did');
    expect(mail.text).toContain('Payments reconcile the sales record.');
    expect(mail.text).toContain('Email delivery service');
  });

  it('tells a Spanish-speaking customer in Spanish, "Sus direcciones guardadas"', async () => {
    const mail = await emailOf(await completedDeletion('es', 'email'), 'request_completed');
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('Sus direcciones guardadas');
      expect(body).toContain('Su cuenta de cliente');
      expect(body).toContain('Sus cartas a atención al cliente');
      expect(body).not.toContain('Your saved addresses');
      for (const note of STAFF_NOTES) expect(body).not.toContain(note);
    }
    expect(mail.text).not.toMatch(/Dónde lo guardamos: /);
    // Why payments are kept and who was told, in the map's Spanish words.
    expect(mail.text).toContain('Los pagos cuadran el registro de ventas.');
    expect(mail.text).toContain('Servicio de envío de correo electrónico');
    expect(mail.text).not.toContain('Payments reconcile');
    expect(mail.text).not.toContain('Email delivery service');
  });

  it('prints the same names in the letter of a customer who asked for an answer by post', async () => {
    const requestId = await completedDeletion('es', 'postal');
    const { body: list } = await request(api.app.getHttpServer())
      .get(`/api/v1/requests/${requestId}/correspondence`)
      .set('authorization', reader)
      .expect(200);
    const letter = (list as Array<{ id: string; kind: string; channel: string }>).find(
      (message) => message.kind === 'request_completed' && message.channel === 'postal',
    );
    expect(letter).toBeDefined();
    const copy = await request(api.app.getHttpServer())
      .get(`/api/v1/correspondence/${letter?.id}/copy`)
      .set('authorization', reader)
      .buffer(true)
      .parse(binary)
      .expect(200)
      .expect('content-type', 'application/pdf');
    const text = pagesOf(copy.body as Buffer)
      .join('\n')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Sus direcciones guardadas');
    expect(text).toContain('Sus suscripciones a listas de correo');
    for (const note of STAFF_NOTES) expect(text).not.toContain(note);
  });

  it('lists an access request’s findings by name and count, not "Customer accounts.: 1" under "Where we hold it: Records"', async () => {
    for (const [language, expected] of [
      ['en', ['- Your customer account: 1 record', '- Your payments: 2 records']],
      ['es', ['- Su cuenta de cliente: 1 registro', '- Sus pagos: 2 registros']],
    ] as const) {
      const requestId = await createTestRequest(api.dataSource, { type: 'access', language });
      // The manifest of a package built before labels: it stored the tables' staff notes.
      await api.dataSource.query(
        `INSERT INTO access_packages (request_id, status, format, manifest) VALUES ($1, 'ready', 'zip', $2)`,
        [
          requestId,
          JSON.stringify([
            { system: 'shop', table: 'customers', label: 'Customer accounts.', rows: 1 },
            {
              system: 'shop',
              table: 'payments',
              label:
                'Card payments. Brand, last 4 digits and expiry only; never a card number (PCI DSS 3.3.1, 3.4.1).',
              rows: 2,
            },
            {
              system: 'shop',
              table: 'marketing_subscriptions',
              label:
                'Mailing-list sign-ups. Visitors without an account sign up too, so rows are also found by their own email.',
              rows: 1,
            },
          ]),
        ],
      );
      await notices.execute(requestId, 'access_completed');
      const mail = await emailOf(requestId, 'access_completed');
      for (const line of expected) expect(mail.text).toContain(line);
      expect(mail.text).not.toMatch(/Where we hold it: Records|Dónde los guardamos: Registros/);
      for (const body of [mail.text, mail.html])
        for (const note of STAFF_NOTES) expect(body).not.toContain(note);
    }
  });
});
