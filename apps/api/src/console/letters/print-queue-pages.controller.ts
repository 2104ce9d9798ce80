import { Controller, Get, Inject, Param, Post, Query, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { DomainError } from '@rightsdesk/domain';
import { LetterDeliveryUseCase, PrintQueue } from '@rightsdesk/notices';
import { StaffPrincipal, staffActor } from '@rightsdesk/staff';
import { CurrentStaff, StaffPage } from '../console-access';
import { CONSOLE_HEADERS, Flash, consolePage, consoleRedirect } from '../../web/console-response';
import { FileReply, Reply } from '../../web/reply';
import { ConsoleFieldError } from '../views/console-forms';
import { ConsoleFlash } from '../views/console-layout';
import { PrintQueuePageInput, printQueuePage } from './print-queue.page';
import { say } from '../i18n/console-words';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The print queue in the console (CCPA regs 7101-7102 ask for the response's date, so a letter
 * counts once it is mailed): batch the waiting letters, download a batch as one PDF, record it
 * mailed, record a letter the post brought back. Officers and admins act; auditors read.
 */
@ApiExcludeController()
@Controller('console/letters')
@StaffPage('admin', 'privacy_officer', 'auditor')
export class PrintQueuePagesController {
  constructor(
    private readonly queue: PrintQueue,
    private readonly delivery: LetterDeliveryUseCase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async show(
    @CurrentStaff() staff: StaffPrincipal,
    @Flash() flash: ConsoleFlash | undefined,
  ): Promise<Reply> {
    return consolePage(printQueuePage({ ...(await this.lists(staff)), flash }));
  }

  @Post('batches')
  @StaffPage('admin', 'privacy_officer')
  async createBatch(@CurrentStaff() staff: StaffPrincipal): Promise<Reply> {
    const batch = await this.queue.createBatch(undefined, staffActor(staff));
    return consoleRedirect('/console/letters', {
      kind: 'success',
      text: say('printQueue.batchMade', { batch: batch.id.slice(0, 8), count: batch.letters }),
    });
  }

  @Get('batches/:id/pdf')
  @StaffPage('admin', 'privacy_officer')
  async batchPdf(
    @Param('id') id: string,
    @Query('cover') cover: string | undefined,
  ): Promise<Reply> {
    await this.queue.findBatch(id); // an unknown batch is a page saying so, not a broken file
    return new FileReply(
      async (out) => {
        await this.queue.writeBatchPdf(id, cover === 'true', out);
      },
      {
        contentType: 'application/pdf',
        fileName: `letter-batch-${id}.pdf`,
        headers: CONSOLE_HEADERS,
      },
    );
  }

  @Post('batches/:id/mailed')
  @StaffPage('admin', 'privacy_officer')
  async markMailed(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Req() request: Request,
  ): Promise<Reply> {
    const batch = await this.queue.findBatch(id);
    const field = `mailedOn-${batch.id}`;
    const mailedOn = formText(request, field);
    const problem = mailedOnProblem(mailedOn, this.today(), batch.createdAt);
    if (problem) return this.refuse(staff, [{ field, message: problem }], field, mailedOn);
    await this.delivery.markMailed(batch.id, mailedOn, staffActor(staff));
    return consoleRedirect('/console/letters', {
      kind: 'success',
      text: say('printQueue.batchMailed', { batch: batch.id.slice(0, 8), date: mailedOn }),
    });
  }

  @Post(':id/returned')
  @StaffPage('admin', 'privacy_officer')
  async recordReturned(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Req() request: Request,
  ): Promise<Reply> {
    const field = `reason-${id}`;
    const reason = formText(request, field).trim();
    if (!reason || reason.length > 500) {
      const message = reason
        ? say('printQueue.error.reasonLength')
        : say('printQueue.error.reason');
      return this.refuse(staff, [{ field, message }], field, reason);
    }
    const letter = await this.delivery.recordReturned(id, reason, staffActor(staff));
    return consoleRedirect('/console/letters', {
      kind: 'success',
      text: say('printQueue.letterReturned', { reference: letter.reference }),
    });
  }

  private async refuse(
    staff: StaffPrincipal,
    errors: ConsoleFieldError[],
    field: string,
    value: string,
  ): Promise<Reply> {
    return consolePage(
      printQueuePage({
        ...(await this.lists(staff)),
        refused: { errors, values: { [field]: value } },
      }),
      400,
    );
  }

  private async lists(staff: StaffPrincipal): Promise<PrintQueuePageInput> {
    const [queued, batches, mailed, returned] = await Promise.all([
      this.queue.list('queued'),
      this.queue.batches(),
      this.queue.list('mailed'),
      this.queue.list('returned'),
    ]);
    const timeZone = this.config.COMPANY_TIME_ZONE;
    return { staff, queued, batches, mailed, returned, today: this.today(), timeZone };
  }

  private today(): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.config.COMPANY_TIME_ZONE }).format(
      new Date(),
    );
  }
}

function formText(request: Request, field: string): string {
  const value = ((request.body ?? {}) as Record<string, unknown>)[field];
  if (value !== undefined && typeof value !== 'string')
    throw new DomainError('invalid_input', say('form.error.notText', { field }));
  return value ?? '';
}

/** A mailed date is a real day, not in the future, and not before the batch was made. */
function mailedOnProblem(value: string, today: string, batchCreated: Date): string | null {
  if (!ISO_DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    return say('printQueue.error.mailedOn');
  if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value)
    return say('printQueue.error.mailedOnNoSuchDay');
  if (value > today) return say('printQueue.error.mailedOnFuture');
  // Compared by UTC day: a batch made late in the evening may be mailed the same local day.
  const made = new Date(batchCreated.getTime() - 24 * 3600_000).toISOString().slice(0, 10);
  if (value < made) return say('printQueue.error.mailedOnBeforeBatch');
  return null;
}
