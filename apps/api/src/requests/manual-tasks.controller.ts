import {
  Body,
  Controller,
  HttpCode,
  Inject,
  Param,
  Post,
  Req,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { CompleteManualTaskUseCase, EVIDENCE_MAX_BYTES } from '@rightsdesk/fulfilment';
import { findRequestFor } from '@rightsdesk/intake';
import { ApiAccessGuard, AuthenticatedRequest, RequireScope } from '../http/api-access.guard';
import { RequestAccess } from './request-access';

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
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post(':id/tasks/:stepId/complete')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @UseInterceptors(
    FileInterceptor('file', {
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
    const found = await findRequestFor(
      this.dataSource.manager,
      this.config.tokenKey,
      RequestAccess.viewerOf(request),
      id,
    );
    const principal = request.principal as { keyId: string };
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
      `api:${principal.keyId}`,
    );
  }
}
