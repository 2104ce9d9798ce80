import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Req,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@rightsdesk/domain';
import {
  CompleteManualTaskUseCase,
  EVIDENCE_MAX_BYTES,
  ManualTaskEvidenceQuery,
} from '@rightsdesk/fulfilment';
import { ManualTaskEvidence } from '@rightsdesk/persistence';
import { RequestLookup } from '@rightsdesk/intake';
import {
  ApiAccessGuard,
  AuthenticatedRequest,
  RequireScope,
  principalActor,
} from '../api-access.guard';
import { RequestAccess } from './request-access';
import { FileReply } from '../../web/reply';
import { Upload } from '../../web/upload.interceptor';

/** What multer's memory storage gives for an uploaded file. */
interface UploadedEvidence {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

/** Staff finish what Rightsdesk cannot do itself: tasks on systems without an API. */
@ApiTags('requests')
@ApiBearerAuth()
@UseGuards(ApiAccessGuard)
@Controller('api/v1/requests')
export class ManualTasksController {
  constructor(
    private readonly completeTask: CompleteManualTaskUseCase,
    private readonly evidenceQuery: ManualTaskEvidenceQuery,
    private readonly lookup: RequestLookup,
  ) {}

  @Post(':id/tasks/:stepId/complete')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @UseInterceptors(
    Upload('file', {
      limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 4, fieldSize: 20_000, parts: 5 },
    }),
  )
  @ApiOperation({
    summary: 'Complete a waiting step by hand, with a note and optionally a file as evidence',
    description:
      'multipart/form-data (or JSON without a file): `note` (required), `file` (PDF, PNG, JPEG or text, at most 5 MB). ' +
      'The request completes when its last waiting step is done.',
  })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['note'],
      properties: { note: { type: 'string' }, file: { type: 'string', format: 'binary' } },
    },
  })
  async complete(
    @Param('id') id: string,
    @Param('stepId') stepId: string,
    @Body() body: { note?: unknown } | undefined,
    @UploadedFile() file: UploadedEvidence | undefined,
    @Req() request: AuthenticatedRequest,
  ) {
    const found = await this.lookup.find(RequestAccess.viewerOf(request), id);
    return this.completeTask.execute(
      found.id,
      stepId,
      {
        note: body?.note,
        file: file && {
          fileName: file.originalname,
          contentType: file.mimetype,
          content: file.buffer,
        },
      },
      principalActor(request),
    );
  }

  @Get(':id/tasks/:stepId/evidence')
  @RequireScope('requests:read')
  @ApiOperation({ summary: 'What staff recorded when they completed a task: note, who, when' })
  async evidence(
    @Param('id') id: string,
    @Param('stepId') stepId: string,
    @Req() request: AuthenticatedRequest,
  ) {
    const row = await this.evidenceOf(id, stepId, request);
    return {
      stepId: row.stepId,
      note: row.note,
      completedBy: row.completedBy,
      completedAt: row.createdAt.toISOString(),
      file: row.fileName
        ? { fileName: row.fileName, contentType: row.contentType, byteSize: row.byteSize }
        : null,
    };
  }

  @Get(':id/tasks/:stepId/evidence/file')
  @RequireScope('requests:read')
  @ApiOperation({ summary: 'The file attached to a completed task, decrypted' })
  async evidenceFile(
    @Param('id') id: string,
    @Param('stepId') stepId: string,
    @Req() request: AuthenticatedRequest,
  ): Promise<FileReply> {
    const row = await this.evidenceOf(id, stepId, request);
    if (!row.sealedFile || !row.fileName) {
      throw new DomainError('not_found', 'No file was attached when this task was completed.');
    }
    return new FileReply(this.evidenceQuery.openFile(row.stepId, row.sealedFile), {
      contentType: row.contentType ?? 'application/octet-stream',
      fileName: row.fileName.replace(/[^\w.-]+/g, '_'),
    });
  }

  /** A person's own token may not read staff evidence: API keys only. */
  private async evidenceOf(
    id: string,
    stepId: string,
    request: AuthenticatedRequest,
  ): Promise<ManualTaskEvidence> {
    const viewer = RequestAccess.viewerOf(request);
    if (viewer.kind !== 'system') {
      throw new DomainError('forbidden', 'Task evidence is for staff: use an API key.');
    }
    const found = await this.lookup.find(viewer, id);
    const row = await this.evidenceQuery.latest(found.id, stepId);
    if (!row) throw new DomainError('not_found', 'No completed task with that id on this request.');
    return row;
  }
}
