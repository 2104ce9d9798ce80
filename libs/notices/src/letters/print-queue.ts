import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Writable } from 'node:stream';
import { In } from 'typeorm';
import { DomainError } from '@rightsdesk/domain';
import { Letter, LetterBatch, LetterStatus, openFromBytes } from '@rightsdesk/persistence';
import { BatchCover, LetterInput, streamLetters } from './render-letter';

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
@Injectable()
export class PrintQueue {
  private readonly key: Buffer;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = config.packageEncryptionKey;
  }

  async list(status: LetterStatus): Promise<QueuedLetterView[]> {
    const letters = await this.txHost.tx.getRepository(Letter).find({
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

  /** Batches not yet mailed, oldest first, then the last few mailed: the clerk's worklist. */
  async batches(): Promise<LetterBatch[]> {
    const repository = this.txHost.tx.getRepository(LetterBatch);
    const open = await repository.find({ where: { status: 'open' }, order: { createdAt: 'ASC' } });
    const mailed = await repository.find({
      where: { status: 'mailed' },
      order: { createdAt: 'DESC' },
      take: 20,
    });
    return [...open, ...mailed];
  }

  /** Takes the given queued letters (or every queued letter) into a new batch. */
  async createBatch(
    letterIds: string[] | undefined,
    createdBy: string,
  ): Promise<{ id: string; letters: number }> {
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
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
   * One PDF for the printer, written into `out` as it is drawn: every letter starts on a fresh
   * sheet (duplex), an optional one-page cover sheet first. Letters are drawn again from their
   * sealed inputs, a few at a time, so the text is exactly the stored copy's and memory holds
   * one letter, whatever the batch's size; the stored PDFs stay the record of what was sent.
   * Checks the batch before writing anything, so an unknown batch is a clean 404.
   */
  async writeBatchPdf(
    batchId: string,
    cover: boolean,
    out: Writable,
  ): Promise<{ pages: number; letters: number }> {
    const batch = await this.findBatch(batchId);
    const letters = await this.txHost.tx.getRepository(Letter).find({
      select: { id: true, reference: true, pages: true },
      where: { batchId: batch.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const printed = await streamLetters(
      this.sealedInputs(letters.map((letter) => letter.id)),
      out,
      {
        duplex: true,
        title: `Print batch ${batch.id}`,
        cover: cover ? batchCover(batch, letters) : undefined,
      },
    );
    return { pages: printed.pages, letters: letters.length };
  }

  /** The letters' sealed inputs, opened a page of rows at a time, in the given order. */
  private async *sealedInputs(ids: readonly string[]): AsyncIterable<LetterInput> {
    for (let at = 0; at < ids.length; at += INPUTS_PER_READ) {
      const slice = ids.slice(at, at + INPUTS_PER_READ);
      const rows = await this.txHost.tx.getRepository(Letter).find({
        select: { id: true, sealedInput: true },
        where: { id: In(slice) },
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const id of slice) {
        const row = byId.get(id);
        if (!row) continue; // removed meanwhile (a request purged): nothing to print
        yield JSON.parse(
          openFromBytes(this.key, `${row.id}:input`, row.sealedInput).toString('utf8'),
        ) as LetterInput;
      }
    }
  }

  async findBatch(batchId: string): Promise<LetterBatch> {
    const batch = isUuid(batchId)
      ? await this.txHost.tx.getRepository(LetterBatch).findOneBy({ id: batchId })
      : null;
    if (!batch) throw new DomainError('not_found', `No letter batch with id ${batchId}.`);
    return batch;
  }
}

/** Sealed inputs opened per database round trip while a batch prints. */
const INPUTS_PER_READ = 50;

/**
 * The cover sheet: what a clerk checks before mailing, on one page whatever the batch's size:
 * the count of letters and sheets, and the first and last reference (letters print in order).
 */
function batchCover(
  batch: LetterBatch,
  letters: ReadonlyArray<Pick<Letter, 'reference' | 'pages'>>,
): BatchCover {
  // Duplex: a letter takes ceil(pages / 2) sheets; the cover takes one more.
  const sheets = 1 + letters.reduce((sum, letter) => sum + Math.ceil(letter.pages / 2), 0);
  const first = letters[0]?.reference;
  const last = letters[letters.length - 1]?.reference;
  return {
    lines: [
      `Print batch ${batch.id}`,
      `${letters.length} letter${letters.length === 1 ? '' : 's'} on ${sheets} sheet${sheets === 1 ? '' : 's'} (duplex, cover included), created ${batch.createdAt.toISOString().slice(0, 10)}`,
      `Status: ${batch.status}`,
      ...(first && last ? [`First letter ${first}, last letter ${last}`] : []),
      'Each letter starts on a fresh sheet; fold for a #10 window envelope.',
    ],
  };
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
