import {
  Controller,
  Get,
  Inject,
  Param,
  Post,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { DomainError } from '@rightsdesk/domain';
import {
  CompleteManualTaskUseCase,
  EVIDENCE_MAX_BYTES,
  RetryFulfilmentUseCase,
} from '@rightsdesk/fulfilment';
import { RequestRepository } from '@rightsdesk/requests';
import {
  AssignableStaffQuery,
  BulkOutcome,
  QueueFilter,
  RequestReviewQuery,
  ReviewAction,
  ReviewDecisionsUseCase,
  ReviewHandlingUseCase,
  ReviewQueueQuery,
  Reviewer,
  appealDecisionSchema,
  assignSchema,
  bulkApproveSchema,
  bulkAssignSchema,
  cancelSchema,
  denySchema,
  extendSchema,
  informationReceivedSchema,
  mayActOnRequests,
  noteSchema,
  parseQueueFilter,
  requestInformationSchema,
} from '@rightsdesk/review';
import { StaffPrincipal, staffActor } from '@rightsdesk/staff';
import { CurrentStaff, StaffPage } from '../console/console-access';
import { consoleSeeOther, sendConsolePage, takeFlash } from '../console/console-response';
import { ActionProblem } from './views/request-actions.partial';
import { queuePage } from './views/queue.page';
import { requestReviewPage } from './views/request-review.page';

type FormBody = Record<string, unknown> | undefined;
const ACTING_ROLES = ['admin', 'privacy_officer'] as const;

/** Only a query string of the queue's own shape comes back in a redirect: no open redirect. */
function queueLocation(returnTo: unknown): string {
  return typeof returnTo === 'string' && /^\?[\w%=&.+@-]*$/.test(returnTo)
    ? `/console/requests${returnTo}`
    : '/console/requests';
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * The console's review queue and request page. Reading is open to every staff role; every POST
 * needs an admin or privacy officer (@StaffPage refuses auditors with 403 whatever the page
 * showed) and the session's form token. Each post redirects (303) back with a message.
 */
@ApiExcludeController()
@Controller('console/requests')
export class ReviewPagesController {
  constructor(
    private readonly requests: RequestRepository,
    private readonly staff: AssignableStaffQuery,
    private readonly queue: ReviewQueueQuery,
    private readonly review: RequestReviewQuery,
    private readonly decisions: ReviewDecisionsUseCase,
    private readonly handling: ReviewHandlingUseCase,
    private readonly retryFulfilment: RetryFulfilmentUseCase,
    private readonly completeTask: CompleteManualTaskUseCase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @StaffPage()
  async showQueue(
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const reviewer = reviewerOf(staff);
    let filter: QueueFilter;
    let filterErrors: Array<{ field: string; message: string }> | undefined;
    try {
      filter = parseQueueFilter(request.query);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      filterErrors = error.fields.map((field) => ({ field: field.path, message: field.message }));
      filter = parseQueueFilter({});
    }
    const page = await this.queue.page(filter, reviewer);
    sendConsolePage(
      response,
      queuePage({
        staff,
        filter,
        page,
        query: filterErrors ? '' : queryWithoutCursor(request.originalUrl),
        assignable: await this.staff.list(),
        timeZone: this.config.COMPANY_TIME_ZONE,
        canAct: mayActOnRequests(reviewer),
        flash: takeFlash(request, response),
        filterErrors,
      }),
      filterErrors ? 400 : 200,
    );
  }

  @Post('bulk')
  @StaffPage(...ACTING_ROLES)
  async bulk(
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const body = request.body as FormBody;
    const back = queueLocation(body?.returnTo);
    const ids = body?.ids === undefined ? [] : [body.ids].flat();
    const reviewer = reviewerOf(staff);
    if (ids.length === 0) {
      return consoleSeeOther(response, back, {
        kind: 'error',
        text: 'Select at least one request first.',
      });
    }
    let outcomes: BulkOutcome[];
    let verb: string;
    if (body?.action === 'approve') {
      const parsed = bulkApproveSchema.safeParse({ ids });
      if (!parsed.success) return this.bulkRefused(response, back, parsed.error);
      outcomes = await this.decisions.bulkApprove(parsed.data.ids, reviewer);
      verb = 'Approved';
    } else if (body?.action === 'assign') {
      const parsed = bulkAssignSchema.safeParse({ ids, assigneeId: body.assigneeId ?? '' });
      if (!parsed.success) return this.bulkRefused(response, back, parsed.error);
      try {
        outcomes = await this.handling.bulkAssign(
          parsed.data.ids,
          parsed.data.assigneeId,
          reviewer,
        );
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'invalid_input') throw error;
        return consoleSeeOther(response, back, { kind: 'error', text: error.message });
      }
      verb = parsed.data.assigneeId ? 'Assigned' : 'Unassigned';
    } else {
      return consoleSeeOther(response, back, {
        kind: 'error',
        text: 'Choose "Assign selected" or "Approve selected".',
      });
    }
    consoleSeeOther(response, back, await this.bulkMessage(verb, outcomes));
  }

  @Get(':id')
  @StaffPage()
  async showRequest(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.renderRequest(response, id, staff, { flash: takeFlash(request, response) });
  }

  @Post(':id/assign')
  @StaffPage(...ACTING_ROLES)
  assign(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.act(response, id, staff, 'assign', assignSchema, request.body, (input) =>
      this.handling
        .assign(id, input.assigneeId, reviewerOf(staff))
        .then(() => (input.assigneeId ? 'Request assigned.' : 'Request unassigned.')),
    );
  }

  @Post(':id/approve')
  @StaffPage(...ACTING_ROLES)
  approve(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Res() response: Response,
  ) {
    return this.act(response, id, staff, 'approve', z.object({}), {}, () =>
      this.decisions
        .approve(id, reviewerOf(staff))
        .then(() => 'Request approved: fulfilment has started.'),
    );
  }

  @Post(':id/deny')
  @StaffPage(...ACTING_ROLES)
  deny(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.act(response, id, staff, 'deny', denySchema, request.body, (input) =>
      this.decisions
        .deny(id, input, reviewerOf(staff))
        .then(() => 'Request denied: the denial notice is on its way.'),
    );
  }

  @Post(':id/extend')
  @StaffPage(...ACTING_ROLES)
  extend(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.act(response, id, staff, 'extend', extendSchema, request.body, (input) =>
      this.handling
        .extend(id, input.reason, reviewerOf(staff))
        .then((due) => `Deadline ${due.explanation}; the person is being told.`),
    );
  }

  @Post(':id/request-information')
  @StaffPage(...ACTING_ROLES)
  requestInformation(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.act(
      response,
      id,
      staff,
      'request_information',
      requestInformationSchema,
      request.body,
      (input) =>
        this.handling
          .requestInformation(id, input.message, reviewerOf(staff))
          .then(() => 'The person has been asked for the information.'),
    );
  }

  @Post(':id/information-received')
  @StaffPage(...ACTING_ROLES)
  informationReceived(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.act(
      response,
      id,
      staff,
      'information_received',
      informationReceivedSchema,
      request.body,
      (input) =>
        this.handling
          .informationReceived(id, input.note, reviewerOf(staff))
          .then(() => 'Recorded; the request is back in review.'),
    );
  }

  @Post(':id/notes')
  @StaffPage(...ACTING_ROLES)
  addNote(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.act(response, id, staff, 'note', noteSchema, request.body, (input) =>
      this.handling.addNote(id, input.body, reviewerOf(staff)).then(() => 'Note added.'),
    );
  }

  @Post(':id/retry')
  @StaffPage(...ACTING_ROLES)
  retry(@Param('id') id: string, @CurrentStaff() staff: StaffPrincipal, @Res() response: Response) {
    return this.act(response, id, staff, 'retry', z.object({}), {}, async () => {
      if (!/^[0-9a-f-]{36}$/i.test(id))
        throw new DomainError('not_found', 'No request with that id is available to you.');
      await this.retryFulfilment.execute(id, staffActor(staff));
      return 'The failed steps are running again.';
    });
  }

  @Post(':id/cancel')
  @StaffPage(...ACTING_ROLES)
  cancel(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.act(response, id, staff, 'cancel', cancelSchema, request.body, (input) =>
      this.decisions.cancel(id, input.reason, reviewerOf(staff)).then(() => 'Request cancelled.'),
    );
  }

  @Post(':id/appeal-decision')
  @StaffPage(...ACTING_ROLES)
  decideAppeal(
    @Param('id') id: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.act(
      response,
      id,
      staff,
      'decide_appeal',
      appealDecisionSchema,
      request.body,
      (input) =>
        this.decisions
          .decideAppeal(id, input, reviewerOf(staff))
          .then(() => 'Appeal decided: the person is being told.'),
    );
  }

  @Post(':id/tasks/:stepId/complete')
  @StaffPage(...ACTING_ROLES)
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 4, fieldSize: 20_000, parts: 6 },
    }),
  )
  completeManualTask(
    @Param('id') id: string,
    @Param('stepId') stepId: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @UploadedFile()
    file: { originalname: string; mimetype: string; buffer: Buffer; size: number } | undefined,
    @Res() response: Response,
  ) {
    return this.act(response, id, staff, 'complete_task', z.object({}), {}, async () => {
      if (!/^[0-9a-f-]{36}$/i.test(id))
        throw new DomainError('not_found', 'No request with that id is available to you.');
      const body = request.body as FormBody;
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
      return 'Task marked done.';
    });
  }

  /**
   * Runs one action: a form that does not parse, or an input the use case refuses, re-shows the
   * page with an error summary (400); a state that no longer allows it comes back as a message.
   */
  private async act<S extends z.ZodType>(
    response: Response,
    id: string,
    staff: StaffPrincipal,
    action: ReviewAction,
    schema: S,
    body: unknown,
    run: (input: z.output<S>) => Promise<string>,
  ): Promise<void> {
    const values = stringValues(body);
    const parsed = schema.safeParse(body ?? {});
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: sentence(issue.message),
      }));
      return this.renderRequest(response, id, staff, { problem: { action, fields, values } }, 400);
    }
    try {
      const message = await run(parsed.data);
      consoleSeeOther(response, `/console/requests/${id}`, { kind: 'success', text: message });
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === 'not_found') throw error;
      // A task's form is one per waiting step: its problems come back as a message instead.
      if (error.code === 'invalid_input' && error.fields.length > 0 && action !== 'complete_task') {
        const fields = error.fields.map((field) => ({
          path: field.path,
          message: sentence(error.message),
        }));
        return this.renderRequest(
          response,
          id,
          staff,
          { problem: { action, fields, values } },
          400,
        );
      }
      consoleSeeOther(response, `/console/requests/${id}`, {
        kind: 'error',
        text: sentence(error.message),
      });
    }
  }

  private async renderRequest(
    response: Response,
    id: string,
    staff: StaffPrincipal,
    extra: { flash?: { kind: 'success' | 'error'; text: string }; problem?: ActionProblem },
    status = 200,
  ): Promise<void> {
    const view = await this.review.view(id, reviewerOf(staff));
    const page = requestReviewPage({
      view,
      staff,
      assignable: await this.staff.list(),
      timeZone: this.config.COMPANY_TIME_ZONE,
      ...extra,
    });
    sendConsolePage(response, page, status);
  }

  private bulkRefused(response: Response, back: string, error: z.ZodError): void {
    consoleSeeOther(response, back, {
      kind: 'error',
      text: sentence(error.issues.map((issue) => issue.message).join('; ')),
    });
  }

  private async bulkMessage(verb: string, outcomes: BulkOutcome[]) {
    const refused = outcomes.filter((outcome) => !outcome.ok);
    const done = outcomes.length - refused.length;
    const head = `${verb} ${done} of ${outcomes.length} ${outcomes.length === 1 ? 'request' : 'requests'}.`;
    if (refused.length === 0) return { kind: 'success' as const, text: head };
    const references = await this.requests.referencesOf(refused.map((outcome) => outcome.id));
    const reasons = refused
      .map(
        (outcome) => `${references.get(outcome.id) ?? outcome.id}: ${outcome.message ?? 'refused'}`,
      )
      .join('; ');
    return { kind: 'error' as const, text: `${head} Not done: ${reasons}.` };
  }
}

function reviewerOf(staff: StaffPrincipal): Reviewer {
  return { kind: 'staff', id: staff.id, role: staff.role };
}

function stringValues(body: unknown): Record<string, string> {
  if (!body || typeof body !== 'object') return {};
  return Object.fromEntries(
    Object.entries(body as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== '_csrf',
    ),
  );
}

/** The filter part of the queue's URL, for page links and the bulk form's way back. */
function queryWithoutCursor(url: string): string {
  const search = new URL(url, 'http://console.invalid').searchParams;
  search.delete('cursor');
  const text = search.toString();
  return text ? `?${text}` : '';
}
