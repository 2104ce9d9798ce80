import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { readDataMapFile } from '@rightsdesk/data-map';
import {
  CollectAccessPackageUseCase,
  FulfilmentModule,
  SourceRegistry,
} from '@rightsdesk/fulfilment';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { openFromBytes } from '@rightsdesk/persistence';
import { findCardLikeNumbers } from '../../support/card-number-scan';
import { readAccessPackage } from '../../support/package-reader';
import { withSources } from '../../support/fixed-sources';
import { createTestRequest } from '../../support/requests';
import { type TestModule, testModule } from '../../support/test-module';
import { TEST_CONNECTIONS, TEST_SHOP_DATABASE_URL } from '../../support/test-env';
import { pagesOf } from '../notices/letter-pdf.support';

/**
 * A person who asked to see their data opens report.html from their download (or reads the
 * letter that answers them by post) and must find what GDPR Art. 15 and Civ. Code 1798.110
 * promise them: who the company is and how to reach it, what is held and why, their other
 * rights, where to complain under their own law, and their data in words they read.
 */
describe('the access report a person reads', () => {
  let fulfilment: TestModule;
  let dataSource: DataSource;
  let sources: SourceRegistry;
  let shop: Client;
  const email = 'grace.omalley@example.com';

  beforeAll(async () => {
    sources = new SourceRegistry(await readDataMapFile('data-map/shop.v1.yaml'), TEST_CONNECTIONS);
    fulfilment = await testModule(
      [FulfilmentModule],
      {
        PACKAGE_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
        COMPANY_NAME: 'Riverside Outfitters S.L.',
        PRIVACY_CONTACT_EMAIL: 'privacy@riverside.example',
        DPO_CONTACT: 'Ana Ruiz, dpo@riverside.example',
      },
      withSources(sources),
    );
    dataSource = fulfilment.dataSource;
    shop = new Client({ connectionString: TEST_SHOP_DATABASE_URL });
    await shop.connect();
  });

  afterAll(async () => {
    await sources?.close();
    await shop?.end();
    await fulfilment?.close();
  });

  /** An access request as the person made it, approved and fulfilled. */
  async function fulfilled(input: Record<string, unknown>): Promise<string> {
    await dataSource.query(
      `UPDATE requests SET status = 'cancelled' WHERE status NOT IN ('completed', 'denied', 'cancelled', 'expired')
         AND subject_id IN (SELECT id FROM subject_identities WHERE lower(email) = lower($1))`,
      [email],
    );
    const id = await createTestRequest(dataSource, { email, ...input });
    await dataSource.query(`UPDATE requests SET status = 'approved' WHERE id = $1`, [id]);
    await fulfilment.get(CollectAccessPackageUseCase).execute(id);
    return id;
  }

  async function reportOf(id: string): Promise<string> {
    return (await readAccessPackage(dataSource, fulfilment.config.packageEncryptionKey, id)).report;
  }

  /** Grace's most recent order, as the shop holds it. */
  async function lastOrder(): Promise<{ total_cents: number; currency: string; placed_at: Date }> {
    const { rows } = await shop.query(
      `SELECT o.total_cents, o.currency, o.placed_at FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE lower(c.email) = $1 ORDER BY o.placed_at DESC LIMIT 1`,
      [email],
    );
    expect(rows).toHaveLength(1);
    return rows[0];
  }

  it('tells a GDPR customer in Spain, in Spanish, who answers, what is held, their rights and that the AEPD takes complaints, with their orders in words', async () => {
    const report = await reportOf(
      await fulfilled({ language: 'es', residence: { country: 'ES' }, scope: 'copy' }),
    );
    const text = plain(report);
    // Who answers (Art. 15(1); Art. 13(1)(a)-(b)).
    expect(text).toContain('Quiénes somos');
    expect(text).toContain('Riverside Outfitters S.L.');
    expect(text).toContain('privacy@riverside.example');
    expect(text).toContain('Delegado de protección de datos Ana Ruiz, dpo@riverside.example');
    // Per dataset: purposes, categories, recipients, retention, source, automated decisions.
    for (const fact of [
      'Para qué la usamos',
      'Tipos de información',
      'Historial de compras',
      'Quién la recibe',
      'encargado del tratamiento',
      'Cuánto tiempo la conservamos',
      'De dónde procede',
      'Facilitada por usted',
      'Decisiones automatizadas',
      'Base jurídica',
    ]) {
      expect(text).toContain(fact);
    }
    // Art. 15(1)(e): rectify, erase, restrict, object; (f): the supervisory authority.
    expect(text).toContain('a que se rectifiquen los datos inexactos');
    expect(text).toContain('a la supresión de sus datos');
    expect(text).toContain('a la limitación del tratamiento');
    expect(text).toContain('a oponerse al tratamiento');
    expect(text).toContain('la Agencia Española de Protección de Datos (AEPD)');
    expect(text).toMatch(/Sitio web: https:\/\/\S*(aepd\.es|agpd\.gob\.es)/);
    expect(text).toContain('RGPD');
    // The orders as a table a person reads: "Total" as money, the date in words, in Madrid time.
    const order = await lastOrder();
    const total = new Intl.NumberFormat('es-ES', {
      style: 'currency',
      currency: order.currency,
    }).format(order.total_cents / 100);
    expect(text).toContain(total.replace(/\s/g, ' '));
    const day = new Intl.DateTimeFormat('es-ES', {
      dateStyle: 'long',
      timeZone: 'Europe/Madrid',
    }).format(order.placed_at);
    expect(text).toContain(day);
    expect(report).toContain('<th scope="col">Total del pedido</th>');
    expect(text).toContain('(Europe/Madrid)');
    // No column names, no staff notes, no card number.
    for (const code of ['total_cents', 'card_exp_month', 'placed_at', 'Brand, last 4 digits']) {
      expect(text).not.toContain(code);
    }
    expect(findCardLikeNumbers(report)).toEqual([]);
    // The map's own texts in Spanish: why each dataset is used, how long it is kept, why each
    // recipient receives it and where it goes; never the English.
    for (const spanish of [
      'Vender y entregar productos, tramitar devoluciones y reembolsos, y llevar la contabilidad.',
      '7 años después del pedido, por las obligaciones fiscales y contables.',
      'Aloja la web, su base de datos y sus archivos.',
      'Se guardan en los Estados Unidos',
      'Proteger las cuentas frente a usos indebidos',
      'Proveedor de nube pública (alojamiento, base de datos y almacenamiento)',
    ]) {
      expect(text).toContain(spanish);
    }
    for (const english of [
      'Sell and deliver products',
      '7 years after the order',
      'Hosts the website, its database and its files.',
      'Stored in the United States',
      'Securing accounts against misuse',
      'Public cloud provider',
    ]) {
      expect(text).not.toContain(english);
    }
  }, 120_000);

  it('tells the same customer in English, with money as money', async () => {
    const report = await reportOf(
      await fulfilled({ language: 'en', residence: { country: 'ES' }, scope: 'copy' }),
    );
    const text = plain(report);
    expect(text).toContain('to have inaccurate information about you corrected');
    expect(text).toContain('to have your information erased');
    expect(text).toContain('to have our use of your information restricted');
    expect(text).toContain('to object to our use of your information');
    expect(text).toContain('the Spanish Data Protection Agency');
    const order = await lastOrder();
    const total = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: order.currency,
    }).format(order.total_cents / 100);
    expect(text).toContain(total.replace(/\s/g, ' '));
    expect(text).not.toContain('total_cents');
    // The map's own texts in English for an English reader.
    expect(text).toContain(
      'Sell and deliver products, handle returns and refunds, and keep accounting records.',
    );
    expect(text).toContain('7 years after the order, for tax and accounting records.');
    expect(text).toContain('Hosts the website, its database and its files.');
    expect(text).not.toContain('Vender y entregar productos');
  }, 120_000);

  it('tells a California customer how to complain under California law, with no EU text', async () => {
    const report = await reportOf(
      await fulfilled({ language: 'en', residence: { country: 'US', region: 'CA' } }),
    );
    const text = plain(report);
    expect(text).toContain('Riverside Outfitters S.L.');
    expect(text).toContain('Under California law');
    expect(text).toContain('California Privacy Protection Agency');
    expect(text).toContain('cppa.ca.gov');
    expect(text).toContain('(America/Los_Angeles)');
    // The map's own words may cite the GDPR (an EU transfer); the answer's must not.
    for (const eu of [
      'supervisory authority',
      'Art. 77',
      'AEPD',
      'Legal basis',
      'Under the GDPR',
    ]) {
      expect(text).not.toContain(eu);
    }
  }, 120_000);

  it('carries the same facts in the letter that answers a person by post', async () => {
    const id = await fulfilled({
      language: 'es',
      name: 'Grace O’Malley',
      residence: { country: 'ES' },
      answerChannel: 'postal',
      postalAddress: {
        line1: 'Calle Mayor 5',
        city: 'Madrid',
        postalCode: '28013',
        country: 'ES',
      },
    });
    await fulfilment.get(RenderNoticeUseCase).execute(id, 'access_completed');
    const [letter] = await dataSource.query(
      `SELECT id, sealed_pdf FROM letters WHERE request_id = $1 AND kind = 'access_completed'`,
      [id],
    );
    expect(letter).toBeDefined();
    const pdf = openFromBytes(
      fulfilment.config.packageEncryptionKey,
      `${letter.id}:pdf`,
      letter.sealed_pdf,
    );
    const text = pagesOf(pdf).join('\n').replace(/\s+/g, ' ');
    for (const fact of [
      'Quiénes somos',
      'Riverside Outfitters S.L.',
      'privacy@riverside.example',
      'Ana Ruiz, dpo@riverside.example',
      'Para qué la usamos',
      'Tipos de información',
      'Quién la recibe',
      'Cuánto tiempo la conservamos',
      'De dónde procede',
      'Decisiones automatizadas',
      'a que se rectifiquen los datos inexactos',
      'a la supresión de sus datos',
      'a la limitación del tratamiento',
      'a oponerse al tratamiento',
      'Agencia Española de Protección de Datos (AEPD)',
    ]) {
      expect(text).toContain(fact);
    }
    expect(text).not.toContain('Brand, last 4 digits and expiry only');
    // The letter states the map's texts in the person's language, as report.html does.
    expect(text).toContain('7 años después del pedido, por las obligaciones fiscales y contables.');
    expect(text).not.toContain('7 years after the order');
  }, 120_000);

  it.each([
    [
      'en',
      ['This letter sets out', 'a copy of the data itself', 'on paper', 'USB memory stick'],
      ['link', 'Download your data', 'download'],
    ],
    [
      'es',
      ['Esta carta recoge', 'una copia de los datos', 'en papel', 'memoria USB'],
      ['enlace', 'Descargar sus datos', 'descargar'],
    ],
  ])(
    'tells a person answered by post (%s) how to get a copy of their data by post, not to open a link',
    async (language, says, neverSays) => {
      const id = await fulfilled({
        language,
        name: 'Grace O’Malley',
        residence: { country: 'IE' },
        answerChannel: 'postal',
        postalAddress: {
          line1: '12 Quay Street',
          city: 'Galway',
          postalCode: 'H91',
          country: 'IE',
        },
      });
      await fulfilment.get(RenderNoticeUseCase).execute(id, 'access_completed');
      const text = (await letterText(id)).toLowerCase();
      for (const words of says) expect(text).toContain(words.toLowerCase());
      for (const words of neverSays) expect(text).not.toContain(words.toLowerCase());
    },
    120_000,
  );

  /** The access letter of a request as printed, its text with spaces collapsed. */
  async function letterText(id: string): Promise<string> {
    const [letter] = await dataSource.query(
      `SELECT id, sealed_pdf FROM letters WHERE request_id = $1 AND kind = 'access_completed'`,
      [id],
    );
    const pdf = openFromBytes(
      fulfilment.config.packageEncryptionKey,
      `${letter.id}:pdf`,
      letter.sealed_pdf,
    );
    return pagesOf(pdf).join('\n').replace(/\s+/g, ' ');
  }
});

/** The report's text as a person reads it: tags gone, entities decoded, spaces collapsed. */
function plain(report: string): string {
  return report
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}
