import { DataSource, In } from 'typeorm';
import { DomainError } from '@rightsdesk/domain';
import { Letter, LetterBatch, LetterStatus, openFromBytes } from '@rightsdesk/persistence';
import { LetterInput, RenderedPdf, renderLetters } from './render-letter';

export interface QueuedLetterView {
  id: string;
  requestId: string;
  reference: string;
  kind: string;
  language: string;
  createdAt: string;
  pages: number;
  status: LetterStatus;
  batchId: string | null;
}

/** Letters waiting to be printed, and the batches staff print them in. */
export class PrintQueue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly key: Buffer,
  ) {}

  async list(status: LetterStatus): Promise<QueuedLetterView[]> {
    const letters = await this.dataSource.getRepository(Letter).find({
      select: {
        id: true,
        requestId: true,
        reference: true,
        kind: true,
        language: true,
        createdAt: true,
        pages: true,
        batchId: true,
      },
      where: { status },
      order: { createdAt: 'ASC' },
      take: 1000,
    });
    return letters.map((letter) => ({
      id: letter.id,
      requestId: letter.requestId,
      reference: letter.reference,
      kind: letter.kind,
      language: letter.language,
      createdAt: letter.createdAt.toISOString(),
      pages: letter.pages,
      status,
      batchId: letter.batchId ?? null,
    }));
  }

  /** Takes the given queued letters (or every queued letter) into a new batch. */
  async createBatch(
    letterIds: string[] | undefined,
    createdBy: string,
  ): Promise<{ id: string; letters: number }> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Letter);
      const letters = await repository.find({
        select: { id: true, status: true },
        where: letterIds ? { id: In(letterIds) } : { status: 'queued' },
        order: { createdAt: 'ASC' },
        // Two clerks batching at once: the second waits, then finds the letters taken.
        lock: { mode: 'pessimistic_write' },
      });
      if (letterIds) {
        const found = new Set(letters.map((letter) => letter.id));
        const unknown = letterIds.filter((id) => !found.has(id));
        if (unknown.length > 0)
          throw new DomainError('not_found', `No letter with id ${unknown.join(', ')}.`);
        const taken = letters.filter((letter) => letter.status !== 'queued');
        if (taken.length > 0) {
          throw new DomainError(
            'invalid_state',
            `Only queued letters can be batched; ${taken.map((l) => `${l.id} is ${l.status}`).join(', ')}.`,
          );
        }
      }
      if (letters.length === 0)
        throw new DomainError('invalid_state', 'No letters are queued for printing.');
      const batch = await manager.save(
        manager.create(LetterBatch, { letterCount: letters.length, createdBy, status: 'open' }),
      );
      await repository.update(
        { id: In(letters.map((letter) => letter.id)) },
        { status: 'batched', batchId: batch.id },
      );
      return { id: batch.id, letters: letters.length };
    });
  }

  /**
   * One PDF for the printer: every letter starts on a fresh sheet (duplex), an optional cover
   * sheet first. Letters are drawn again from their sealed inputs, so the text is exactly the
   * stored copy's; the stored PDFs stay the record of what was sent.
   */
  async batchPdf(batchId: string, cover: boolean): Promise<RenderedPdf> {
    const batch = await this.findBatch(batchId);
    const letters = await this.dataSource.getRepository(Letter).find({
      select: { id: true, sealedInput: true, reference: true },
      where: { batchId: batch.id },
      order: { createdAt: 'ASC' },
    });
    const inputs = letters.map(
      (letter) =>
        JSON.parse(
          openFromBytes(this.key, `${letter.id}:input`, letter.sealedInput).toString('utf8'),
        ) as LetterInput,
    );
    return renderLetters(inputs, {
      duplex: true,
      cover: cover
        ? {
            lines: [
              `Print batch ${batch.id}`,
              `${letters.length} letter${letters.length === 1 ? '' : 's'}, created ${batch.createdAt.toISOString().slice(0, 10)}`,
              `Status: ${batch.status}`,
              ...letters.map((letter) => `• ${letter.reference}`),
            ],
          }
        : undefined,
    });
  }

  async findBatch(batchId: string): Promise<LetterBatch> {
    const batch = isUuid(batchId)
      ? await this.dataSource.getRepository(LetterBatch).findOneBy({ id: batchId })
      : null;
    if (!batch) throw new DomainError('not_found', `No letter batch with id ${batchId}.`);
    return batch;
  }
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
