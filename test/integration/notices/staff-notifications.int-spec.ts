import 'reflect-metadata';
import { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { FailFulfilmentStepUseCase, FulfilmentModule } from '@rightsdesk/fulfilment';
import { SubmitRequestUseCase, submitRequestSchema } from '@rightsdesk/intake';
import { SendNoticeUseCase, StaffAlertRuns, StaffAlerts } from '@rightsdesk/notices';
import { ReviewHandlingUseCase, ReviewModule } from '@rightsdesk/review';
import { createTestRequest } from '../../support/requests';
import { SmtpSink } from '../../support/smtp-sink';
import { createStaffMember } from '../../support/staff';
import { type TestModule, testModule } from '../../support/test-module';

/**
 * Officers and admins hear of work that needs them by email (issue 14, part 5): a request
 * assigned to them, a failed step, a reply, requests due soon, a person asked for too many codes.
 * Each member chooses an email each time or one daily digest. The mail goes through the send job
 * every notice uses (run here as the worker runs it), names references and console links only,
 * and goes once, even with two workers on the daily run.
 */
describe('staff notifications by email', () => {
  const smtp = new SmtpSink();
  let worker: TestModule;
  let secondWorker: TestModule;
  let dataSource: DataSource;

  beforeAll(async () => {
    const env = {
      SMTP_URL: await smtp.start(),
      MAIL_FROM: 'Rightsdesk <privacy@example.com>',
      PUBLIC_URL: 'https://privacy.example.com',
      // Any hour is past the digest hour: the daily run goes whenever the test calls it.
      STAFF_DIGEST_HOUR: '0',
      STAFF_DUE_SOON_DAYS: '5',
      // One code per person an hour: a second request in the same name is held back.
      VERIFICATION_CODES_PER_PERSON_PER_HOUR: '1',
    };
    worker = await testModule([ReviewModule, FulfilmentModule], env);
    secondWorker = await testModule([ReviewModule, FulfilmentModule], env);
    dataSource = worker.dataSource;
  });

  afterAll(async () => {
    await Promise.all([worker.close(), secondWorker.close()]);
    await smtp.stop();
  });

  /** Runs the send jobs queued for staff mail, as the worker does with its queue. */
  async function deliverStaffMail(): Promise<void> {
    const queued = (await dataSource.query(
      `SELECT o.payload->>'correspondenceId' AS id FROM outbox o
         JOIN correspondence c ON c.id::text = o.payload->>'correspondenceId'
        WHERE o.job_name = 'notice.send' AND c.staff_user_id IS NOT NULL AND c.status = 'pending'`,
    )) as Array<{ id: string }>;
    for (const { id } of queued) await worker.get(SendNoticeUseCase).execute(id);
  }

  const mailTo = (address: string): ParsedMail[] =>
    smtp.messages.filter((mail) => addressesOf(mail).includes(address));

  async function referenceOf(requestId: string): Promise<string> {
    const [{ reference }] = (await dataSource.query(
      `SELECT reference FROM requests WHERE id = $1`,
      [requestId],
    )) as Array<{ reference: string }>;
    return reference;
  }

  async function chooseDigest(staffUserId: string): Promise<void> {
    await dataSource.query(`UPDATE staff_users SET notify_by = 'digest' WHERE id = $1`, [
      staffUserId,
    ]);
  }

  async function assignDirectly(requestId: string, staffUserId: string | null): Promise<void> {
    await dataSource.query(`UPDATE requests SET assignee_id = $2 WHERE id = $1`, [
      requestId,
      staffUserId,
    ]);
  }

  /** A request whose fulfilment is under way, assigned to `staffUserId`. */
  async function requestInProgress(staffUserId: string, email: string): Promise<string> {
    const id = await createTestRequest(dataSource, { email, name: 'Marta Quill' });
    await dataSource.query(
      `UPDATE requests SET status = 'in_progress', assignee_id = $2 WHERE id = $1`,
      [id, staffUserId],
    );
    return id;
  }

  it('tells an officer at once that an admin assigned a request to them, by reference and link only', async () => {
    const admin = await createStaffMember(dataSource, 'admin');
    const officer = await createStaffMember(dataSource, 'privacy_officer');
    const requester = `assigned-${Date.now()}@example.org`;
    const requestId = await createTestRequest(dataSource, { email: requester, name: 'Ines Hale' });
    const reference = await referenceOf(requestId);

    await worker
      .get(ReviewHandlingUseCase)
      .assign(requestId, officer.id, { kind: 'staff', id: admin.id, role: 'admin' });
    await deliverStaffMail();

    const [mail, ...more] = mailTo(officer.email);
    expect(more).toHaveLength(0);
    expect(mail.subject).toBe(`Assigned to you: ${reference}`);
    expect(mail.text).toContain(`${reference} was assigned to you.`);
    expect(mail.text).toContain(`https://privacy.example.com/console/requests/${requestId}`);
    expectNoPersonalData(mail, [requester, 'Ines', 'Hale']);
    // Taking a request oneself is no news to oneself.
    const own = await createTestRequest(dataSource);
    await worker
      .get(ReviewHandlingUseCase)
      .assign(own, officer.id, { kind: 'staff', id: officer.id, role: 'privacy_officer' });
    await deliverStaffMail();
    expect(mailTo(officer.email)).toHaveLength(1);
  });

  it('tells the assignee when a fulfilment step fails, and the admins when nobody has the request', async () => {
    const officer = await createStaffMember(dataSource, 'privacy_officer');
    const admin = await createStaffMember(dataSource, 'admin');
    const requester = `failed-${Date.now()}@example.org`;
    const requestId = await requestInProgress(officer.id, requester);
    const reference = await referenceOf(requestId);

    await worker
      .get(FailFulfilmentStepUseCase)
      .failRequest(requestId, 'plan', 'the shop timed out');
    await deliverStaffMail();

    const [mail] = mailTo(officer.email);
    expect(mail.subject).toBe(`A step failed: ${reference}`);
    expect(mail.text).toContain(`${reference} has a step that failed`);
    expectNoPersonalData(mail, [requester, 'Marta', 'Quill']);
    expect(mailTo(admin.email)).toHaveLength(0);

    const unassigned = await requestInProgress(officer.id, `unassigned-${Date.now()}@example.org`);
    await assignDirectly(unassigned, null);
    await worker.get(FailFulfilmentStepUseCase).failRequest(unassigned, 'plan', 'timed out');
    await deliverStaffMail();
    expect(mailTo(admin.email).map((sent) => sent.subject)).toEqual([
      `A step failed: ${await referenceOf(unassigned)}`,
    ]);
  });

  it('tells the assignee when a notice to the person bounced', async () => {
    const officer = await createStaffMember(dataSource, 'privacy_officer');
    const requester = `bounced-${Date.now()}@example.org`;
    smtp.unknownMailboxes.add(requester);
    const requestId = await createTestRequest(dataSource, { email: requester });
    await assignDirectly(requestId, officer.id);
    const [notice] = (await dataSource.query(
      `SELECT id FROM correspondence WHERE request_id = $1 AND channel = 'email'`,
      [requestId],
    )) as Array<{ id: string }>;

    await worker.get(SendNoticeUseCase).execute(notice.id);
    await deliverStaffMail();

    const [mail, ...more] = mailTo(officer.email);
    expect(more).toHaveLength(0);
    expect(mail.subject).toBe(`A step failed: ${await referenceOf(requestId)}`);
    expectNoPersonalData(mail, [requester]);
  });

  it('tells the assignee of a new reply, once however often the same reply is stored', async () => {
    const officer = await createStaffMember(dataSource, 'privacy_officer');
    const requestId = await createTestRequest(dataSource);
    await assignDirectly(requestId, officer.id);
    const reference = await referenceOf(requestId);

    const alerts = worker.get(StaffAlerts);
    for (let stored = 0; stored < 2; stored += 1) {
      await dataSource.transaction(() => alerts.notifyAboutReply(requestId, 'reply-1'));
    }
    await deliverStaffMail();

    expect(mailTo(officer.email).map((mail) => mail.subject)).toEqual([`New reply: ${reference}`]);
  });

  it('alerts officers when someone asks for more codes for one person than the hour allows', async () => {
    const officer = await createStaffMember(dataSource, 'privacy_officer');
    const victim = `victim-${Date.now()}@example.org`;
    const submit = (email: string) =>
      worker
        .get(SubmitRequestUseCase)
        .execute(submitRequestSchema.parse({ type: 'access', email, name: 'Vera Lund' }), {
          manner: 'api',
          actor: 'test',
        });
    await submit(victim);
    const held = await submit(victim);
    await deliverStaffMail();

    const alerts = mailTo(officer.email);
    const reference = await referenceOf(held.id);
    expect(alerts.map((mail) => mail.subject)).toEqual([
      `Someone asked for many codes for one person: ${reference}`,
    ]);
    expect(alerts[0].text).toContain(
      `Someone asked for many codes for one person: reference ${reference}.`,
    );
    expectNoPersonalData(alerts[0], [victim, 'Vera', 'Lund']);
  });

  it('gives a member who chose the digest one email a day listing the three things that happened', async () => {
    const admin = await createStaffMember(dataSource, 'admin');
    const officer = await createStaffMember(dataSource, 'privacy_officer');
    await chooseDigest(officer.id);
    const assigned = await createTestRequest(dataSource);
    const failed = await requestInProgress(officer.id, `digest-${Date.now()}@example.org`);
    const replied = await createTestRequest(dataSource);
    await assignDirectly(replied, officer.id);

    await worker
      .get(ReviewHandlingUseCase)
      .assign(assigned, officer.id, { kind: 'staff', id: admin.id, role: 'admin' });
    await worker.get(FailFulfilmentStepUseCase).failRequest(failed, 'plan', 'timed out');
    await dataSource.transaction(() =>
      worker.get(StaffAlerts).notifyAboutReply(replied, 'letter-1'),
    );
    await deliverStaffMail();
    // Nothing yet: the digest waits for the daily run.
    expect(mailTo(officer.email)).toHaveLength(0);

    const later = new Date(Date.now() + 1_000);
    await worker.get(StaffAlertRuns).runOnce(later);
    await secondWorker.get(StaffAlertRuns).runOnce(later);
    await deliverStaffMail();

    const digests = mailTo(officer.email);
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toMatch(/^Your Rightsdesk digest for \d{4}-\d{2}-\d{2}: 3 updates$/);
    for (const requestId of [assigned, failed, replied]) {
      expect(digests[0].text).toContain(await referenceOf(requestId));
    }
    expectNoPersonalData(digests[0], ['Marta', 'Quill', '@example.org']);
  });

  it('sends each member one due-soon email a day, even with two workers running the day’s run at once', async () => {
    const officer = await createStaffMember(dataSource, 'privacy_officer');
    const dueSoon = await createTestRequest(dataSource);
    const dueLater = await createTestRequest(dataSource);
    await assignDirectly(dueSoon, officer.id);
    await assignDirectly(dueLater, officer.id);
    await dataSource.query(
      `UPDATE requests SET due_at = now() + CASE WHEN id = $1 THEN interval '2 days'
                                                 ELSE interval '20 days' END
        WHERE id = ANY($2::uuid[])`,
      [dueSoon, [dueSoon, dueLater]],
    );

    const now = new Date();
    await Promise.all([
      worker.get(StaffAlertRuns).runOnce(now),
      secondWorker.get(StaffAlertRuns).runOnce(now),
    ]);
    // A restart later the same day runs it again.
    await worker.get(StaffAlertRuns).runOnce(new Date(now.getTime() + 60_000));
    await deliverStaffMail();

    const mails = mailTo(officer.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Due soon: ${await referenceOf(dueSoon)}`);
    expect(mails[0].text).not.toContain(await referenceOf(dueLater));
  });
});

function addressesOf(mail: ParsedMail): string {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.map((address) => address.text).join(', ');
}

/** The email names the request by reference only: none of the requester's details. */
function expectNoPersonalData(mail: ParsedMail, details: readonly string[]): void {
  const whole = `${mail.subject}\n${mail.text}\n${mail.html || ''}`;
  for (const detail of details) expect(whole).not.toContain(detail);
}
