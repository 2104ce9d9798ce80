import {
  Body,
  Controller,
  Get,
  Inject,
  Param,
  Post,
  Query,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { DomainError } from '@rightsdesk/domain';
import {
  INTAKE_DOCUMENT_FIELD,
  INTAKE_DOCUMENT_MAX_BYTES,
  ReadIntakeDocumentUseCase,
  SubmitRequestUseCase,
} from '@rightsdesk/intake';
import { DataMapInForce } from '@rightsdesk/live-config';
import { ReadMailboxMessageUseCase, TriageMailboxMessageUseCase } from '@rightsdesk/mailbox';
import { StaffPrincipal, staffActor } from '@rightsdesk/staff';
import { CONSOLE_HEADERS, consolePage, consoleRedirect } from '../../web/console-response';
import { FileReply, Reply } from '../../web/reply';
import { Upload, UploadRequest } from '../../web/upload.interceptor';
import { CurrentStaff, StaffPage } from '../console-access';
import { say } from '../i18n/console-words';
import { ACTING_ROLES } from '../review/review-form';
import { ConsoleFieldError } from '../views/console-forms';
import { IntakeFormValues, RecordDatasetChoice, receivedFieldsOf } from './intake-form.input';
import { UploadedIntakeFile, readIntakeForm, refusedFields } from './intake-form.reader';
import { DOCUMENT_READERS } from './views/intake-document.partial';
import { intakeFormPage } from './views/intake-form.page';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Requests that reached the company by letter, phone, email to support or in person, entered
 * by an officer or admin: the form, its post (the request with its clock from the day it was
 * received, and the scanned letter or call note sealed beside it), and the audited download of
 * that file. Auditors may read requests but not enter them. A message from the support mailbox
 * is turned into a request here too: the form opens prefilled from it (`?message=`), and the
 * request is entered through the mailbox's triage, which keeps the message with it.
 */
@ApiExcludeController()
@Controller('console/intake')
export class IntakePagesController {
  constructor(
    private readonly submitRequest: SubmitRequestUseCase,
    private readonly documents: ReadIntakeDocumentUseCase,
    private readonly maps: DataMapInForce,
    private readonly supportMessages: ReadMailboxMessageUseCase,
    private readonly triage: TriageMailboxMessageUseCase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @StaffPage(...ACTING_ROLES)
  async form(
    @CurrentStaff() staff: StaffPrincipal,
    @Query('message') message: string | undefined,
  ): Promise<Reply> {
    if (!message) return this.formPage(staff, {}, [], 200);
    return this.formPage(staff, await this.valuesFromMessage(message, staff), [], 200);
  }

  @Post()
  @StaffPage(...ACTING_ROLES)
  @UseInterceptors(
    Upload(
      INTAKE_DOCUMENT_FIELD,
      {
        limits: {
          fileSize: INTAKE_DOCUMENT_MAX_BYTES,
          files: 1,
          fields: 40,
          fieldSize: 10_000,
          parts: 45,
        },
      },
      { markTooLarge: true },
    ),
  )
  async enter(
    @CurrentStaff() staff: StaffPrincipal,
    @Body() rawBody: IntakeFormValues | undefined,
    @UploadedFile() file: UploadedIntakeFile | undefined,
    @Req() request: UploadRequest,
  ): Promise<Reply> {
    const { _csrf: _token, mailboxMessage, ...body } = rawBody ?? {};
    const form = readIntakeForm(
      body,
      request.uploadTooLarge ? 'too_large' : file,
      this.config.COMPANY_TIME_ZONE,
      this.recordDataset(),
    );
    const values = typeof mailboxMessage === 'string' ? { ...body, mailboxMessage } : body;
    if (!form.ok) return this.formPage(staff, values, form.errors, 400);
    const { command, document } = form;
    try {
      const submitted =
        typeof mailboxMessage === 'string'
          ? await this.triage.turnIntoRequest(
              mailboxMessage,
              command.request,
              staffActor(staff),
              document,
            )
          : await this.submitRequest.execute(command.request, {
              manner: command.manner,
              actor: staffActor(staff),
              receivedAt: command.receivedAt,
              intakeDocument: document,
            });
      return consoleRedirect(`/console/requests/${submitted.id}`, {
        kind: 'success',
        text: say('intake.entered', { reference: submitted.reference }),
      });
    } catch (error) {
      // The intake's own checks (a field that cannot be corrected) name the field they are about.
      if (
        !(error instanceof DomainError) ||
        error.code !== 'invalid_input' ||
        !error.fields.length
      ) {
        throw error;
      }
      return this.formPage(staff, body, refusedFields(error.fields, body), 400);
    }
  }

  @Get(':requestId/document')
  @StaffPage(...DOCUMENT_READERS)
  async download(
    @Param('requestId') requestId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<Reply> {
    if (!/^[0-9a-f-]{36}$/i.test(requestId)) {
      throw new DomainError('not_found', say('request.notFound'));
    }
    const document = await this.documents.download(requestId, staffActor(staff));
    const extension = document.contentType.split('/')[1].replace('jpeg', 'jpg');
    return new FileReply(document.content, {
      contentType: document.contentType,
      // The person's own file name may carry their name; the request's id says which it is.
      fileName: `request-${requestId}-letter.${extension}`,
      headers: CONSOLE_HEADERS,
    });
  }

  /** The form's fields as a support message gives them: its sender, and when it was sent. */
  private async valuesFromMessage(id: string, staff: StaffPrincipal): Promise<IntakeFormValues> {
    const { message, content } = await this.supportMessages.open(id, staffActor(staff));
    if (message.status !== 'draft') {
      throw new DomainError('invalid_state', say('mailbox.error.alreadyTriaged'));
    }
    return {
      mailboxMessage: message.id,
      manner: 'email',
      answerChannel: 'email',
      email: content?.from ?? undefined,
      name: content?.fromName ?? undefined,
      ...receivedFieldsOf(message.receivedAt, this.config.COMPANY_TIME_ZONE),
    };
  }

  /** A file the person sent with an answer (status page or email), opened and audited. */
  @Get(':requestId/answer-files/:fileId')
  @StaffPage(...DOCUMENT_READERS)
  async downloadAnswerFile(
    @Param('requestId') requestId: string,
    @Param('fileId') fileId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<Reply> {
    if (!UUID.test(requestId) || !UUID.test(fileId)) {
      throw new DomainError('not_found', say('request.notFound'));
    }
    const file = await this.documents.downloadAnswerFile(requestId, fileId, staffActor(staff));
    const extension = file.contentType.split('/')[1].replace('jpeg', 'jpg');
    return new FileReply(file.content, {
      contentType: file.contentType,
      // The person's own file name may carry their name; the ids say which file it is.
      fileName: `request-${requestId}-answer-${fileId}.${extension}`,
      headers: CONSOLE_HEADERS,
    });
  }

  /** The dataset whose records a person names (addresses), as the correction part offers it. */
  private recordDataset(): RecordDatasetChoice | undefined {
    const dataset = this.maps.current().correctable.recordDataset;
    if (!dataset?.namedBy) return undefined;
    const named = dataset.namedBy;
    return {
      table: dataset.table,
      kinds: named.kinds,
      fields: dataset.fields.filter((field) => field !== named.column),
    };
  }

  private formPage(
    staff: StaffPrincipal,
    values: IntakeFormValues,
    errors: ConsoleFieldError[],
    status: number,
  ): Reply {
    const correctable = this.maps.current().correctable;
    const page = intakeFormPage({
      staff,
      errors,
      values,
      timeZone: this.config.COMPANY_TIME_ZONE,
      correctableFields: correctable.fields,
      recordDataset: this.recordDataset(),
      // Officers read the console in English: the map's English words for people.
      labels: {
        field: (field) => correctable.fieldLabel(field, 'en'),
        recordDataset: () => correctable.recordDatasetLabel('en') ?? '',
        kind: (kind) => correctable.kindLabel(kind, 'en'),
      },
    });
    return consolePage(page, status);
  }
}
