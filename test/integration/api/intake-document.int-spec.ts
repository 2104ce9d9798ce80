import { randomUUID } from 'node:crypto';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DomainError } from '@rightsdesk/domain';
import {
  ReadIntakeDocumentUseCase,
  SubmitRequestUseCase,
  staffIntakeSchema,
} from '@rightsdesk/intake';
import { startTestIntake } from '../../support/intake';

/**
 * The intake itself, whoever calls it (the console form, or another caller that skipped the
 * form's own check): a letter's scan is judged by its bytes, never by its name, and a refused
 * one leaves no request, person or trail behind.
 */
describe('staff intake with a scanned letter', () => {
  let intake: TestingModule;
  let dataSource: DataSource;
  let submit: SubmitRequestUseCase;

  beforeAll(async () => {
    intake = await startTestIntake();
    dataSource = intake.get(DataSource);
    submit = intake.get(SubmitRequestUseCase);
  });
  afterAll(() => intake.close());

  const letter = (email: string) =>
    staffIntakeSchema.parse({
      manner: 'postal',
      receivedAt: '2026-11-16T17:00:00Z',
      request: {
        type: 'access',
        email,
        postalAddress: { line1: '1 Main St', city: 'Oakland', postalCode: '94611', country: 'US' },
        residence: { country: 'US', region: 'CA' },
      },
    });
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

  it('refuses a file whose bytes are not a PDF, JPEG or PNG, whatever its name, writing nothing', async () => {
    const email = `lying-${randomUUID().slice(0, 8)}@example.org`;
    const command = letter(email);
    const refused = submit.execute(command.request, {
      manner: command.manner,
      actor: 'staff:test',
      receivedAt: command.receivedAt,
      intakeDocument: { fileName: 'letter.pdf', content: Buffer.from('GIF89a not a scan') },
    });
    await expect(refused).rejects.toThrow(DomainError);
    await expect(refused).rejects.toMatchObject({
      code: 'invalid_input',
      fields: [{ path: 'document', message: 'must be a PDF, JPEG or PNG file' }],
    });
    const [row] = await dataSource.query(
      `SELECT count(*)::int AS n FROM subject_identities WHERE email = $1`,
      [email],
    );
    expect(row.n).toBe(0);
  });

  it('keeps the type the bytes say, and gives staff back the very file', async () => {
    const command = letter(`png-${randomUUID().slice(0, 8)}@example.org`);
    const submitted = await submit.execute(command.request, {
      manner: command.manner,
      actor: 'staff:test',
      receivedAt: command.receivedAt,
      intakeDocument: { fileName: 'letter.pdf', content: png },
    });
    expect(submitted.due.dueOn).toBe('2026-12-31');
    const read = intake.get(ReadIntakeDocumentUseCase);
    expect(await read.summary(submitted.id)).toMatchObject({
      fileName: 'letter.pdf',
      contentType: 'image/png',
      byteSize: png.length,
    });
    const file = await read.download(submitted.id, 'staff:test');
    expect(Buffer.compare(file.content, png)).toBe(0);
  });
});
