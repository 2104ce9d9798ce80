import { FulfilmentStep, openFromBytes } from '@rightsdesk/persistence';
import { RequestRepository } from '@rightsdesk/requests';
import { CompleteManualTaskUseCase } from './complete-manual-task.use-case';
import { useCaseTestModule } from './use-case-test-module';
import { WaitingSteps } from './waiting-step';

const STEP = '66666666-6666-4666-8666-666666666666';
const SEAL_KEY = Buffer.alloc(32, 9);

describe(CompleteManualTaskUseCase.name, () => {
  let step: {
    id: string;
    requestId: string;
    source: string;
    status: string;
    planned: object | null;
  } | null;
  let requestStatus: string;
  const manager = {
    getRepository: jest.fn((entity: unknown) => {
      if (entity !== FulfilmentStep) throw new Error('unexpected repository');
      const locked = { setLock: () => locked, where: () => locked, getOne: async () => step };
      return { createQueryBuilder: () => locked };
    }),
    insert: jest.fn(),
  };
  const requests = { getById: async () => ({ id: 'request-1', status: requestStatus }) };
  const waiting = { complete: jest.fn() };

  async function completeTask(): Promise<CompleteManualTaskUseCase> {
    const moduleRef = await useCaseTestModule(CompleteManualTaskUseCase, manager, [
      { provide: RequestRepository, useValue: requests },
      { provide: WaitingSteps, useValue: waiting },
    ]);
    return moduleRef.get(CompleteManualTaskUseCase);
  }

  beforeEach(() => {
    jest.clearAllMocks();
    step = {
      id: STEP,
      requestId: 'request-1',
      source: 'paper_archive',
      status: 'waiting',
      planned: { task: 'manual', recipient: null, label: 'Paper archive' },
    };
    requestStatus = 'in_progress';
  });

  it('staff completing a task by hand keep their note and a sealed copy of the file as evidence', async () => {
    const letter = Buffer.from('%PDF-1.7 shredding certificate');
    const result = await (
      await completeTask()
    ).execute(
      'request-1',
      STEP,
      {
        note: '  Shredded the file on 3 Dec.  ',
        file: { fileName: 'certificate.pdf', contentType: 'application/pdf', content: letter },
      },
      'staff:officer-1',
    );
    expect(result).toEqual({ stepId: STEP, status: 'done' });
    const [, evidence] = manager.insert.mock.calls[0];
    expect(evidence).toMatchObject({
      stepId: STEP,
      requestId: 'request-1',
      completedBy: 'staff:officer-1',
      note: 'Shredded the file on 3 Dec.',
      fileName: 'certificate.pdf',
      contentType: 'application/pdf',
      byteSize: letter.length,
    });
    // Kept sealed, not as sent: only the key opens it again.
    expect(evidence.sealedFile.includes(letter)).toBe(false);
    expect(openFromBytes(SEAL_KEY, STEP, evidence.sealedFile)).toEqual(letter);
    expect(waiting.complete).toHaveBeenCalledWith(
      step,
      { task: { label: 'Paper archive', outcome: 'done', via: 'staff' }, evidence: true },
      'staff:officer-1',
      'staff',
    );
  });

  it('a recipient confirmed by other means is recorded as told, by staff', async () => {
    step!.planned = { task: 'webhook', recipient: { id: 'r-1', name: 'Mailer Co' }, label: 'List' };
    await (await completeTask()).execute('request-1', STEP, { note: 'Phoned.' }, 'staff:o-1');
    expect(waiting.complete).toHaveBeenCalledWith(
      step,
      {
        told: {
          recipient: { id: 'r-1', name: 'Mailer Co' },
          label: 'List',
          outcome: 'done',
          via: 'staff',
        },
        evidence: true,
      },
      'staff:o-1',
      'staff',
    );
  });

  it('a task with no note of what was done is refused before anything is written', async () => {
    await expect(
      (await completeTask()).execute('request-1', STEP, { note: '   ' }, 'staff:o-1'),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      fields: [expect.objectContaining({ path: 'note' })],
    });
    expect(manager.getRepository).not.toHaveBeenCalled();
    expect(manager.insert).not.toHaveBeenCalled();
  });

  it('a step not waiting for staff cannot be completed by hand', async () => {
    step!.status = 'done';
    await expect(
      (await completeTask()).execute('request-1', STEP, { note: 'Done.' }, 'staff:o-1'),
    ).rejects.toMatchObject({
      code: 'invalid_state',
      message: 'The step is done, not waiting for staff.',
    });
    expect(manager.insert).not.toHaveBeenCalled();
    expect(waiting.complete).not.toHaveBeenCalled();
  });

  it('a task on a request no longer in progress is refused, with no evidence kept', async () => {
    requestStatus = 'cancelled';
    await expect(
      (await completeTask()).execute('request-1', STEP, { note: 'Done.' }, 'staff:o-1'),
    ).rejects.toMatchObject({ code: 'invalid_state' });
    expect(manager.insert).not.toHaveBeenCalled();
  });

  it('a step of another request, or an id that cannot be a step, is not found', async () => {
    step = null;
    await expect(
      (await completeTask()).execute('request-1', STEP, { note: 'Done.' }, 'staff:o-1'),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      (await completeTask()).execute('request-1', 'step-1', { note: 'Done.' }, 'staff:o-1'),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
