import request from 'supertest';
import { AppealRequestUseCase, statusTokenHash } from '@rightsdesk/intake';
import { Correspondence } from '@rightsdesk/persistence';
import { TestApi } from '../../support/api-app';
import {
  browser,
  startPrivacyCenter,
  submitThroughForm,
  visibleText,
} from './privacy-center.support';

/**
 * People in different places send a request through the privacy center and are refused: each
 * reads, on their status page and in the notice, the reason in words, the appeal their own law
 * gives (and no appeal where it gives none), and the authority of their own law.
 */
describe('privacy center: a refusal under the person’s own law', () => {
  let api: TestApi;
  let manager: string;

  beforeAll(async () => {
    api = await startPrivacyCenter();
    manager = `Bearer ${await api.apiKey('requests:manage', 'requests:read')}`;
  });
  afterAll(() => api.close());

  type Agent = ReturnType<typeof browser>;

  /** A person in `residence` sends a request in `language`; returns their browser and token. */
  async function sends(
    type: string,
    residence: { country: string; region?: string },
    language: 'en' | 'es',
  ) {
    const agent = browser(api);
    await agent.get(`/?lang=${language}`).expect(200);
    const token = await submitThroughForm(agent, type, {
      email: `person-${Math.random().toString(36).slice(2)}@example.org`,
      'residence.country': residence.country,
      ...(residence.region ? { 'residence.region': residence.region } : {}),
    });
    const [row] = await api.dataSource.query(
      'SELECT id FROM requests WHERE status_token_hash = $1',
      [statusTokenHash(api.config.tokenKey, token)],
    );
    return { agent, token, id: row.id as string };
  }

  /** An officer refuses it on `basis`, with a note the person reads. */
  async function refuse(id: string, basis: string, note: string) {
    await request(api.app.getHttpServer())
      .post(`/api/v1/requests/${id}/deny`)
      .set('authorization', manager)
      .send({ basis, note })
      .expect(200);
  }

  async function statusPage(agent: Agent, token: string) {
    return visibleText((await agent.get(`/status/${token}`).expect(200)).text);
  }

  async function notice(id: string, kind: string): Promise<string> {
    const [row] = await api.dataSource
      .getRepository(Correspondence)
      .find({ where: { requestId: id, kind } });
    if (!row) throw new Error(`no ${kind} notice for ${id}`);
    return `${row.subject}\n${row.bodyText}`;
  }

  /** Every notice written to the person about a request, subject and text. */
  async function notices(id: string): Promise<string[]> {
    const rows = await api.dataSource
      .getRepository(Correspondence)
      .find({ where: { requestId: id } });
    return rows.map((row) => `${row.subject}\n${row.bodyText}`);
  }

  async function appealForm(agent: Agent, token: string) {
    return agent.get(`/status/${token}/appeal`);
  }

  describe('a Maryland resident whose access request is refused', () => {
    it('reads the reason in words, finds the appeal form and the Maryland Attorney General', async () => {
      const { agent, token, id } = await sends('access', { country: 'US', region: 'MD' }, 'en');
      await refuse(id, 'not_a_consumer', 'We could not link this address to an account.');

      const page = await statusPage(agent, token);
      expect(page).not.toContain('not_a_consumer');
      expect(page).toContain('The request was not made by the person or an agent they authorized');
      expect(page).toContain('Appeal our decision');
      expect(page).not.toMatch(/California/);
      // Answered: no date to answer by is promised any more.
      expect(page).not.toContain('We answer by');
      const form = await appealForm(agent, token);
      expect(form.status).toBe(200);
      const formText = visibleText(form.text);
      expect(formText).toMatch(/Maryland/);
      expect(formText).toMatch(/60 days/);
      expect(formText).toMatch(/Maryland Attorney General|Attorney General of Maryland/);

      const words = await notice(id, 'request_denied');
      expect(words).not.toContain('not_a_consumer');
      expect(words).toMatch(/Maryland Attorney General|Attorney General of Maryland/);
      expect(words).not.toMatch(/California|European Union/);
      expect(words).toMatch(/appeal/i);
    });

    it('appeals, and a refused appeal again names the Maryland Attorney General', async () => {
      const { token, id } = await sends('access', { country: 'US', region: 'MD' }, 'en');
      await refuse(id, 'not_a_consumer', 'We could not link this address to an account.');
      const appeal = await api.app
        .get(AppealRequestUseCase)
        .execute({ kind: 'subject', statusToken: token }, id, 'I am the account holder.');
      // The appeal is answered under the law of where the person lived when they asked.
      const [row] = await api.dataSource.query(
        'SELECT residence_country, residence_region FROM requests WHERE id = $1',
        [appeal.id],
      );
      expect(row).toEqual({ residence_country: 'US', residence_region: 'MD' });

      await request(api.app.getHttpServer())
        .post(`/api/v1/requests/${appeal.id}/appeal-decision`)
        .set('authorization', manager)
        .send({ decision: 'uphold', reason: 'The account holder is someone else.' })
        .expect(200);
      const words = await notice(appeal.id, 'appeal_decided');
      expect(words).toMatch(/Maryland Attorney General|Attorney General of Maryland/);
      expect(words).not.toMatch(/California|European Union/);
    });

    it('reads the same in Spanish', async () => {
      const { agent, token, id } = await sends('access', { country: 'US', region: 'MD' }, 'es');
      await refuse(id, 'not_a_consumer', 'No pudimos relacionar esta dirección con una cuenta.');

      const page = await statusPage(agent, token);
      expect(page).not.toContain('not_a_consumer');
      expect(page).not.toContain('The request was not made');
      expect(page).toContain('Apelar nuestra decisión');
      expect(page).not.toMatch(/California/);
      const formText = visibleText((await appealForm(agent, token)).text);
      expect(formText).toMatch(/Maryland/);

      const words = await notice(id, 'request_denied');
      expect(words).not.toContain('not_a_consumer');
      expect(words).not.toContain('The request was not made');
      expect(words).toMatch(/Fiscal General de Maryland/);
      expect(words).not.toMatch(/California|Unión Europea/);
    });
  });

  describe('a Maryland resident refused, and the time their law gives them to appeal', () => {
    /** The day `days` after today in New York (the zone of Maryland: the form sent none), in words. */
    const dayAfter = (days: number, locale: string) =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'long',
        timeZone: 'America/New_York',
      }).format(new Date(Date.now() + days * 86_400_000));

    it('reads until when they can appeal, in words and with the time zone, on the page and in the notice', async () => {
      const { agent, token, id } = await sends('access', { country: 'US', region: 'MD' }, 'en');
      await refuse(id, 'not_a_consumer', 'We could not link this address to an account.');

      const until = new RegExp(
        `You can appeal until ${dayAfter(60, 'en-GB')}, 23:59 Eastern \\w+ Time \\(America/New_York\\)\\.`,
      );
      expect(await statusPage(agent, token)).toMatch(until);
      expect((await notice(id, 'request_denied')).replace(/\s+/g, ' ')).toMatch(until);
    });

    it('reads it in Spanish', async () => {
      const { agent, token, id } = await sends('access', { country: 'US', region: 'MD' }, 'es');
      await refuse(id, 'not_a_consumer', 'No pudimos relacionar esta dirección con una cuenta.');
      expect(await statusPage(agent, token)).toContain(
        `Puede apelar hasta el ${dayAfter(60, 'es')}`,
      );
      expect((await notice(id, 'request_denied')).replace(/\s+/g, ' ')).toContain(
        `Puede recurrir hasta el ${dayAfter(60, 'es')}`,
      );
    });

    it('once that time has passed, is offered no appeal form but the complaint, and an appeal sent anyway is refused', async () => {
      const { agent, token, id } = await sends('delete', { country: 'US', region: 'MD' }, 'en');
      await refuse(id, 'legal_obligation', 'Tax law: 7 years.');
      const form = await appealForm(agent, token);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1];
      // The decision was sent 62 days ago: the 60 days ended yesterday, whatever the hour.
      await api.dataSource.query(
        `UPDATE requests SET closed_at = now() - interval '62 days' WHERE id = $1`,
        [id],
      );

      const page = await statusPage(agent, token);
      expect(page).toMatch(
        /The time to appeal ended on .+\. If you are unhappy with our answer, you can complain to the Maryland Attorney General/,
      );
      expect(page).not.toContain('Appeal our decision');
      expect((await appealForm(agent, token)).status).toBe(303);
      await agent
        .post(`/status/${token}/appeal`)
        .type('form')
        .send({ _csrf: csrf, reason: 'Please look again.' })
        .expect(303);
      const [{ count }] = await api.dataSource.query(
        'SELECT count(*)::int AS count FROM requests WHERE parent_request_id = $1',
        [id],
      );
      expect(count).toBe(0);
    });
  });

  describe('an Oregon resident whose deletion is refused', () => {
    it.each(['en', 'es'] as const)(
      'is pointed to the Oregon Attorney General and to nothing in Europe (%s)',
      async (language) => {
        const { agent, token, id } = await sends(
          'delete',
          { country: 'US', region: 'OR' },
          language,
        );
        await refuse(id, 'legal_obligation', 'Tax law: 7 years.');

        const words = await notice(id, 'request_denied');
        expect(words).toMatch(/Oreg[oó]n/);
        expect(words).not.toMatch(/European Union|Unión Europea|California/);
        expect(words).not.toContain('legal_obligation');
        const page = await statusPage(agent, token);
        expect(page).toMatch(/Oreg[oó]n/);
        expect(page).not.toMatch(/European Union|Unión Europea|California/);
        expect((await appealForm(agent, token)).status).toBe(200);
      },
    );
  });

  describe('a resident of the United Kingdom asking for their data', () => {
    it('is told the UK GDPR applies and the ICO is who they complain to', async () => {
      const { agent, token } = await sends('access', { country: 'GB' }, 'en');
      const page = await statusPage(agent, token);
      expect(page).toContain('UK GDPR');
      expect(page).toContain("Information Commissioner's Office");
      expect(page).not.toMatch(/\bappeal\b/i);
    });

    it('reads it in Spanish too', async () => {
      const { agent, token } = await sends('access', { country: 'GB' }, 'es');
      const page = await statusPage(agent, token);
      expect(page).toContain('RGPD del Reino Unido');
      expect(page).toMatch(/Information Commissioner|ICO/);
    });
  });

  describe('a person in Spain whose deletion is refused, reading in Spanish', () => {
    it('reads RGPD, never GDPR, is offered the AEPD and the courts, and no appeal', async () => {
      const { agent, token, id } = await sends('delete', { country: 'ES' }, 'es');
      for (const sent of await notices(id)) expect(sent).not.toMatch(/\bGDPR\b/);
      await refuse(id, 'legal_claims', 'Hay una reclamación pendiente.');

      const page = await statusPage(agent, token);
      expect(page).not.toMatch(/\bGDPR\b/);
      expect(page).toContain('RGPD');
      expect(page).toMatch(/Agencia Española de Protección de Datos|AEPD/);
      expect(page).toMatch(/tribunales/);
      expect(page).not.toMatch(/recurr|apela/i);
      expect(page).not.toContain('legal_claims');
      expect((await appealForm(agent, token)).status).toBe(303);

      const words = await notice(id, 'request_denied');
      expect(words).not.toMatch(/\bGDPR\b/);
      expect(words).toMatch(/Agencia Española de Protección de Datos|AEPD/);
      expect(words).not.toMatch(/recurr|apela|Fiscal General/i);
    });
  });

  describe('a person in Germany whose access request is refused', () => {
    it('is never promised an appeal and is offered the complaint and the courts', async () => {
      const { agent, token, id } = await sends('access', { country: 'DE' }, 'en');
      await refuse(id, 'manifestly_unfounded_or_excessive', 'The fifth identical request.');

      const page = await statusPage(agent, token);
      expect(page).not.toMatch(/appeal/i);
      expect(page).toMatch(/complain to/);
      expect(page).toMatch(/supervisory authority|data protection authority/);
      expect(page).toMatch(/court/);
      expect((await appealForm(agent, token)).status).toBe(303);
      const words = await notice(id, 'request_denied');
      expect(words).not.toMatch(/appeal|Attorney General/i);
      expect(words).toMatch(/court/);
    });
  });

  describe('when an admin sets the laws in the console settings', () => {
    let admin: string;
    const laws = (body: object) =>
      request(api.app.getHttpServer())
        .put('/api/v1/admin/settings/laws')
        .set('authorization', admin)
        .send(body);

    beforeAll(async () => {
      admin = `Bearer ${await api.apiKey('admin:settings')}`;
    });
    afterAll(() =>
      request(api.app.getHttpServer())
        .delete('/api/v1/admin/settings/laws')
        .set('authorization', admin),
    );

    it('an Oregon resident refused once the Oregon law is switched off gets no appeal but is still pointed to the Oregon Attorney General', async () => {
      await laws({ switchedOff: ['ocpa'], leadAuthority: 'none' }).expect(200);
      const { agent, token, id } = await sends('delete', { country: 'US', region: 'OR' }, 'en');
      const [row] = await api.dataSource.query('SELECT regime FROM requests WHERE id = $1', [id]);
      expect(row.regime).toBe('company_policy');
      await refuse(id, 'legal_obligation', 'Tax law: 7 years.');

      const page = await statusPage(agent, token);
      expect(page).toContain('we handle it under our own privacy policy');
      expect(page).toMatch(/Oregon Department of Justice \(Attorney General\)/);
      expect(page).not.toMatch(/\bappeal\b/i);
      expect((await appealForm(agent, token)).status).toBe(303);
      const words = await notice(id, 'request_denied');
      expect(words).toMatch(/Oregon Department of Justice \(Attorney General\)/);
      expect(words).not.toMatch(/\bappeal\b|California/i);
    });

    it("a person in Germany refused reads their own authority and the company's lead authority the admin chose", async () => {
      await laws({ switchedOff: [], leadAuthority: 'IE' }).expect(200);
      const { agent, token, id } = await sends('access', { country: 'DE' }, 'en');
      await refuse(id, 'manifestly_unfounded_or_excessive', 'The fifth identical request.');

      const page = await statusPage(agent, token);
      expect(page).toContain('the data protection authority of the country where you live or work');
      expect(page).toContain('the Irish Data Protection Commission');
      const words = await notice(id, 'request_denied');
      expect(words).toContain('the Irish Data Protection Commission (www.dataprotection.ie)');
    });
  });

  describe.each([
    ['Utah', 'UT', /Utah/],
    [
      'California',
      'CA',
      /California Privacy Protection Agency|Agencia de Protección de la Privacidad de California/,
    ],
  ])('a %s resident whose deletion is refused', (_state, region, authority) => {
    it.each(['en', 'es'] as const)(
      'is offered no appeal and told whom to complain to (%s)',
      async (language) => {
        const { agent, token, id } = await sends('delete', { country: 'US', region }, language);
        await refuse(id, 'rights_of_others', 'Another customer’s data.');

        const page = await statusPage(agent, token);
        expect(page).not.toMatch(/appeal|recurr|apela/i);
        expect(page).toMatch(authority);
        expect((await appealForm(agent, token)).status).toBe(303);
        const words = await notice(id, 'request_denied');
        expect(words).not.toMatch(/appeal|recurr|apela/i);
        expect(words).toMatch(authority);
        expect(words).not.toMatch(/European Union|Unión Europea/);
      },
    );
  });
});
