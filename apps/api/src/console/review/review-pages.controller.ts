import {
  Body,
  Controller,
  Get,
  Inject,
  Param,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { z } from 'zod';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { DomainError, RequestStatus, statusInWords } from '@rightsdesk/domain';
import { ConfirmVerificationUseCase, ReadIntakeDocumentUseCase } from '@rightsdesk/intake';
import { MailboxTriageQuery } from '@rightsdesk/mailbox';
import {
  CompleteManualTaskUseCase,
  EVIDENCE_MAX_BYTES,
  RetryFulfilmentUseCase,
} from '@rightsdesk/fulfilment';
import { SettleUnconfirmedMailUseCase } from '@rightsdesk/notices';
import {
  RequestReviewQuery,
  ReviewDecisionsUseCase,
  ReviewHandlingUseCase,
  AssignableStaffQuery,
} from '@rightsdesk/review';
import { StaffPrincipal, staffActor } from '@rightsdesk/staff';
import { IssueVerificationUseCase } from '@rightsdesk/verification';
import { STAFF_ACTIONS, StaffAction, StaffActionUseCases } from '../../rest/review/staff-actions';
import { Flash, consolePage, consoleRedirect } from '../../web/console-response';
import { Reply } from '../../web/reply';
import { CurrentStaff, StaffPage } from '../console-access';
import { ConsoleFlash } from '../views/console-layout';
import { ACTING_ROLES, reviewerOf, sentence, stringValues } from './review-form';
import { ActionProblem } from './views/request-actions.partial';
import { requestReviewPage } from './views/request-review.page';
import { say } from '../i18n/console-words';
import { Upload } from '../../web/upload.interceptor';

type FormBody = Record<string, unknown> | undefined;

/** The code a person read out on a call (spaces as they read it), and their declaration's receipt. */
const readOutCodeSchema = z.object({
  code: z
    .string()
    .optional()
    .transform((typed) => typed?.replace(/\s/g, '') || undefined)
    .pipe(
      z
        .string()
        .regex(/^\d{6}$/, 'must be the six digits of the code')
        .optional(),
    ),
  signedDeclaration: z
    .literal('yes')
    .optional()
    .transform((ticked) => ticked === 'yes'),
});
/** A console-only action (retry, a manual task) in the shape of the shared ones. */
type ConsoleAction = StaffAction<z.ZodObject, void>;

/** A form that only carries its CSRF token (checked before the handler runs). */
const noFieldsSchema = z.object({});

/**
 * The console's request page and the staff actions on it: the same table of actions as the
 * REST API (STAFF_ACTIONS), plus retrying failed steps and completing a manual task. Reading is
 * open to every staff role; every POST needs an admin or privacy officer (@StaffPage refuses
 * auditors with 403 whatever the page showed) and the session's form token. Each post redirects
 * (303) back with a message.
 */
@ApiExcludeController()
@Controller('console/requests')
export class ReviewPagesController {
  private readonly useCases: StaffActionUseCases;

  constructor(
    private readonly staff: AssignableStaffQuery,
    private readonly review: RequestReviewQuery,
    decisions: ReviewDecisionsUseCase,
    handling: ReviewHandlingUseCase,
    private readonly retryFulfilment: RetryFulfilmentUseCase,
    private readonly completeTask: CompleteManualTaskUseCase,
    private readonly intakeDocuments: ReadIntakeDocumentUseCase,
    private readonly settleMail: SettleUnconfirmedMailUseCase,
    private readonly confirmVerification: ConfirmVerificationUseCase,
    private readonly mailbox: MailboxTriageQuery,
    private readonly issueVerification: IssueVerificationUseCase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.useCases = { decisions, handling };
  }

  @Get(':id')
  @StaffPage()
  showRequest(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Flash() flash: ConsoleFlash | undefined,
  ): Promise<Reply> {
    return this.renderRequest(id, staff, { flash });
  }

  @Post(':id/assign')
  @StaffPage(...ACTING_ROLES)
  assign(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: unknown,
  ): Promise<Reply> {
    return this.act(id, staff, STAFF_ACTIONS.assign, body);
  }

  @Post(':id/verification-code')
  @StaffPage(...ACTING_ROLES)
  enterCode(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: unknown,
  ): Promise<Reply> {
    const enter: StaffAction<typeof readOutCodeSchema, RequestStatus> = {
      form: 'enter_code',
      schema: readOutCodeSchema,
      run: async (_useCases, requestId, input) => {
        if (!/^[0-9a-f-]{36}$/i.test(requestId))
          throw new DomainError('not_found', say('request.notFound'));
        const result = await this.confirmVerification.enterReadOut(
          requestId,
          { code: input.code, signedDeclaration: input.signedDeclaration },
          staffActor(staff),
        );
        return result.status;
      },
      done: (status) => say('actions.enterCode.done', { status: statusInWords(status) }),
    };
    return this.act(id, staff, enter, body);
  }

  @Post(':id/posted-code')
  @StaffPage(...ACTING_ROLES)
  postCode(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: unknown,
  ): Promise<Reply> {
    const post: StaffAction<typeof noFieldsSchema, void> = {
      form: 'post_code',
      schema: noFieldsSchema,
      run: async (_useCases, requestId) => {
        if (!/^[0-9a-f-]{36}$/i.test(requestId))
          throw new DomainError('not_found', say('request.notFound'));
        // Limited per request and hour like emailed codes; over it, the page says when to retry.
        await this.issueVerification.execute(requestId);
      },
      done: () => say('actions.postCode.done'),
    };
    return this.act(id, staff, post, body);
  }

  @Post(':id/approve')
  @StaffPage(...ACTING_ROLES)
  approve(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: unknown,
  ): Promise<Reply> {
    return this.act(id, staff, STAFF_ACTIONS.approve, body);
  }

  @Post(':id/deny')
  @StaffPage(...ACTING_ROLES)
  deny(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: unknown,
  ): Promise<Reply> {
    return this.act(id, staff, STAFF_ACTIONS.deny, body);
  }

  @Post(':id/extend')
  @StaffPage(...ACTING_ROLES)
  extend(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: unknown,
  ): Promise<Reply> {
    return this.act(id, staff, STAFF_ACTIONS.extend, body);
  }

  @Post(':id/request-information')
  @StaffPage(...ACTING_ROLES)
  requestInformation(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: unknown,
  ): Promise<Reply> {
    return this.act(id, staff, STAFF_ACTIONS.requestInformation, body);
  }

  @Post(':id/information-received')
  @StaffPage(...ACTING_ROLES)
  informationReceived(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: unknown,
  ): Promise<Reply> {
    return this.act(id, staff, STAFF_ACTIONS.informationReceived, body);
  }

  @Post(':id/notes')
  @StaffPage(...ACTING_ROLES)
  addNote(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: unknown,
  ): Promise<Reply> {
    return this.act(id, staff, STAFF_ACTIONS.addNote, body);
  }

  @Post(':id/retry')
  @StaffPage(...ACTING_ROLES)
  retry(@Param('id') id: string, @CurrentStaff() staff: StaffPrincipal): Promise<Reply> {
    const retry: ConsoleAction = {
      form: 'retry',
      schema: z.object({}),
      run: async () => {
        if (!/^[0-9a-f-]{36}$/i.test(id))
          throw new DomainError('not_found', say('request.notFound'));
        await this.retryFulfilment.execute(id, staffActor(staff));
      },
      done: () => say('request.stepsRetried'),
    };
    return this.act(id, staff, retry, {});
  }

  /** The person confirmed an email that may have been sent did arrive (audited by the use case). */
  @Post(':id/correspondence/:messageId/confirm-sent')
  @StaffPage(...ACTING_ROLES)
  confirmSent(
    @Param('id') id: string,
    @Param('messageId') messageId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<Reply> {
    return this.settle('confirm', id, messageId, staff);
  }

  /** The person does not have it: it is sent again at once (audited by the use case). */
  @Post(':id/correspondence/:messageId/resend')
  @StaffPage(...ACTING_ROLES)
  resend(
    @Param('id') id: string,
    @Param('messageId') messageId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<Reply> {
    return this.settle('resend', id, messageId, staff);
  }

  @Post(':id/cancel')
  @StaffPage(...ACTING_ROLES)
  cancel(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: unknown,
  ): Promise<Reply> {
    return this.act(id, staff, STAFF_ACTIONS.cancel, body);
  }

  @Post(':id/appeal-decision')
  @StaffPage(...ACTING_ROLES)
  decideAppeal(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: unknown,
  ): Promise<Reply> {
    return this.act(id, staff, STAFF_ACTIONS.decideAppeal, body);
  }

  @Post(':id/tasks/:stepId/complete')
  @StaffPage(...ACTING_ROLES)
  @UseInterceptors(
    Upload('file', {
      limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 4, fieldSize: 20_000, parts: 6 },
    }),
  )
  completeManualTask(
    @Param('id') id: string,
    @Param('stepId') stepId: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: FormBody,
    @UploadedFile()
    file: { originalname: string; mimetype: string; buffer: Buffer; size: number } | undefined,
  ): Promise<Reply> {
    const complete: ConsoleAction = {
      form: 'complete_task',
      schema: z.object({}),
      run: async () => {
        if (!/^[0-9a-f-]{36}$/i.test(id))
          throw new DomainError('not_found', say('request.notFound'));
        // A file input left empty still sends a part with no name and no bytes.
        const evidence =
          file && file.size > 0
            ? { fileName: file.originalname, contentType: file.mimetype, content: file.buffer }
            : undefined;
        await this.completeTask.execute(
          id,
          stepId,
          { note: body?.note, file: evidence },
          staffActor(staff),
        );
      },
      done: () => say('request.taskDone'),
    };
    return this.act(id, staff, complete, {});
  }

  /**
   * Settling an email of this request that may have been sent: a form with no fields beside its
   * row (another request's email is not found).
   */
  private settle(
    choice: 'confirm' | 'resend',
    id: string,
    messageId: string,
    staff: StaffPrincipal,
  ): Promise<Reply> {
    const settled: ConsoleAction = {
      // Offered wherever notes are (to staff who may act); it has no fields to get wrong.
      form: 'note',
      schema: z.object({}),
      run: async () => {
        await this.settleMail[choice]({ id: messageId, requestId: id }, staffActor(staff));
      },
      done: () =>
        say(
          choice === 'confirm'
            ? 'request.correspondence.confirmed'
            : 'request.correspondence.resendOrdered',
        ),
    };
    return this.act(id, staff, settled, {});
  }

  /**
   * Runs one action: a form that does not parse, or an input the use case refuses, re-shows the
   * page with an error summary (400); a state that no longer allows it comes back as a message.
   */
  private async act<S extends z.ZodType, R>(
    id: string,
    staff: StaffPrincipal,
    { form: action, schema, run, done }: StaffAction<S, R>,
    body: unknown,
  ): Promise<Reply> {
    const values = stringValues(body);
    const parsed = schema.safeParse(body ?? {});
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: sentence(issue.message),
      }));
      return this.renderRequest(id, staff, { problem: { action, fields, values } }, 400);
    }
    try {
      const result = await run(this.useCases, id, parsed.data, reviewerOf(staff));
      const message = done(result, parsed.data);
      return consoleRedirect(`/console/requests/${id}`, { kind: 'success', text: message });
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === 'not_found') throw error;
      // A task's form is one per waiting step: its problems come back as a message instead.
      if (error.code === 'invalid_input' && error.fields.length > 0 && action !== 'complete_task') {
        const fields = error.fields.map((field) => ({
          path: field.path,
          message: sentence(error.message),
        }));
        return this.renderRequest(id, staff, { problem: { action, fields, values } }, 400);
      }
      return consoleRedirect(`/console/requests/${id}`, {
        kind: 'error',
        text: sentence(error.message),
      });
    }
  }

  private async renderRequest(
    id: string,
    staff: StaffPrincipal,
    extra: { flash?: ConsoleFlash; problem?: ActionProblem },
    status = 200,
  ): Promise<Reply> {
    const view = await this.review.view(id, reviewerOf(staff));
    const page = requestReviewPage({
      view,
      staff,
      assignable: await this.staff.list(),
      timeZone: this.config.COMPANY_TIME_ZONE,
      intakeDocument: await this.intakeDocuments.summary(view.request.id),
      supportMessages: await this.mailbox.ofRequest(view.request.id),
      ...extra,
    });
    return consolePage(page, status);
  }
}
