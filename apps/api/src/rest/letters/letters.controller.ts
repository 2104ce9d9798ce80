import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { DomainError } from '@rightsdesk/domain';
import { LetterDeliveryUseCase, PrintQueue } from '@rightsdesk/notices';
import { LETTER_STATUSES, LetterStatus } from '@rightsdesk/persistence';
import {
  ApiAccessGuard,
  AuthenticatedRequest,
  RequireScope,
  principalActor,
} from '../api-access.guard';
import { ZodBodyPipe } from '../zod-body.pipe';
import { FileReply } from '../../web/reply';

const batchSchema = z.strictObject({
  letterIds: z.array(z.uuid('must be letter ids')).min(1).max(1000).optional(),
});
const mailedSchema = z.strictObject({
  mailedOn: z.iso.date('must be a date such as 2026-12-01'),
});
const returnedSchema = z.strictObject({ reason: z.string().trim().min(1).max(500) });

/**
 * The print queue, until the staff console exists: letters waiting, batches to print as one
 * PDF, and what the post did with them. The use cases are built here, not as module providers,
 * so this capability registers with one line in api.module.ts.
 */
@ApiTags('letters')
@ApiBearerAuth()
@UseGuards(ApiAccessGuard)
@Controller('api/v1')
export class LettersController {
  constructor(
    private readonly queue: PrintQueue,
    private readonly delivery: LetterDeliveryUseCase,
  ) {}

  @Get('letters')
  @RequireScope('letters:manage')
  @ApiOperation({ summary: 'Letters by status (default queued): reference, kind, language, pages' })
  list(@Query('status') status = 'queued') {
    if (!LETTER_STATUSES.includes(status as LetterStatus)) {
      throw new DomainError(
        'invalid_input',
        `status must be one of ${LETTER_STATUSES.join(', ')}; got "${status}".`,
      );
    }
    return this.queue.list(status as LetterStatus);
  }

  @Post('letter-batches')
  @RequireScope('letters:manage')
  @ApiOperation({ summary: 'Take the queued letters (or the given ids) into a print batch' })
  createBatch(
    @Body(new ZodBodyPipe(batchSchema)) body: z.output<typeof batchSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.queue.createBatch(body.letterIds, actorOf(request));
  }

  @Get('letter-batches/:id/pdf')
  @RequireScope('letters:manage')
  @ApiOperation({
    summary: 'The batch as one PDF; each letter starts on a fresh sheet (duplex); ?cover=true',
  })
  async batchPdf(
    @Param('id') id: string,
    @Query('cover') cover: string | undefined,
  ): Promise<FileReply> {
    if (cover !== undefined && cover !== 'true' && cover !== 'false')
      throw new DomainError('invalid_input', 'cover must be true or false.');
    await this.queue.findBatch(id); // an unknown batch is a 404 before any byte is sent
    // Streamed as it is drawn (chunked): a thousand letters never sit in memory at once.
    return new FileReply(
      async (out) => {
        await this.queue.writeBatchPdf(id, cover === 'true', out);
      },
      {
        contentType: 'application/pdf',
        fileName: `letter-batch-${id}.pdf`,
      },
    );
  }

  @Post('letter-batches/:id/mailed')
  @HttpCode(200)
  @RequireScope('letters:manage')
  @ApiOperation({ summary: 'Record that the batch was mailed on a date: its notices are sent' })
  markMailed(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(mailedSchema)) body: z.output<typeof mailedSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.delivery
      .markMailed(id, body.mailedOn, actorOf(request))
      .then(({ id: batchId, status, mailedOn, letterCount }) => ({
        id: batchId,
        status,
        mailedOn,
        letters: letterCount,
      }));
  }

  @Post('letters/:id/returned')
  @HttpCode(200)
  @RequireScope('letters:manage')
  @ApiOperation({ summary: 'Record a letter returned undelivered; flags its request' })
  returned(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(returnedSchema)) body: z.output<typeof returnedSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.delivery.recordReturned(id, body.reason, actorOf(request)).then((letter) => ({
      id: letter.id,
      requestId: letter.requestId,
      status: letter.status,
      returnedAt: letter.returnedAt?.toISOString() ?? null,
      reason: letter.returnReason,
    }));
  }
}

function actorOf(request: AuthenticatedRequest): string {
  return principalActor(request);
}
