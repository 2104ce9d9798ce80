import { Body, Controller, Get, Inject, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { DomainError } from '@rightsdesk/domain';
import { RequestRepository } from '@rightsdesk/requests';
import {
  AssignableStaffQuery,
  BulkOutcome,
  QueueFilter,
  ReviewDecisionsUseCase,
  ReviewHandlingUseCase,
  ReviewQueueQuery,
  bulkApproveSchema,
  bulkAssignSchema,
  mayActOnRequests,
  parseQueueFilter,
} from '@rightsdesk/review';
import { StaffPrincipal } from '@rightsdesk/staff';
import { Flash, consolePage, consoleRedirect } from '../../web/console-response';
import { Reply } from '../../web/reply';
import { ConsoleFlash } from '../views/console-layout';
import { CurrentStaff, StaffPage } from '../console-access';
import { ACTING_ROLES, reviewerOf, sentence } from './review-form';
import { queuePage } from './views/queue.page';
import { say } from '../i18n/console-words';

type FormBody = Record<string, unknown> | undefined;

/** Only a query string of the queue's own shape comes back in a redirect: no open redirect. */
function queueLocation(returnTo: unknown): string {
  return typeof returnTo === 'string' && /^\?[\w%=&.+@-]*$/.test(returnTo)
    ? `/console/requests${returnTo}`
    : '/console/requests';
}

/**
 * The console's review queue, and its bulk actions on the selected requests. Reading is open to
 * every staff role; a bulk action needs an admin or privacy officer and the session's form
 * token (@StaffPage), and redirects (303) back to the queue with a message.
 */
@ApiExcludeController()
@Controller('console/requests')
export class ReviewQueuePagesController {
  constructor(
    private readonly requests: RequestRepository,
    private readonly staff: AssignableStaffQuery,
    private readonly queue: ReviewQueueQuery,
    private readonly decisions: ReviewDecisionsUseCase,
    private readonly handling: ReviewHandlingUseCase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @StaffPage()
  async showQueue(
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @Flash() flash: ConsoleFlash | undefined,
  ): Promise<Reply> {
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
    return consolePage(
      queuePage({
        staff,
        filter,
        page,
        query: filterErrors ? '' : queryWithoutCursor(request.originalUrl),
        assignable: await this.staff.list(),
        timeZone: this.config.COMPANY_TIME_ZONE,
        canAct: mayActOnRequests(reviewer),
        flash,
        filterErrors,
      }),
      filterErrors ? 400 : 200,
    );
  }

  @Post('bulk')
  @StaffPage(...ACTING_ROLES)
  async bulk(@CurrentStaff() staff: StaffPrincipal, @Body() body: FormBody): Promise<Reply> {
    const back = queueLocation(body?.returnTo);
    const ids = body?.ids === undefined ? [] : [body.ids].flat();
    const reviewer = reviewerOf(staff);
    if (ids.length === 0) {
      return consoleRedirect(back, {
        kind: 'error',
        text: say('queue.bulk.noneSelected'),
      });
    }
    let outcomes: BulkOutcome[];
    let verb: 'approved' | 'assigned' | 'unassigned';
    if (body?.action === 'approve') {
      const parsed = bulkApproveSchema.safeParse({ ids });
      if (!parsed.success) return bulkRefused(back, parsed.error);
      outcomes = await this.decisions.bulkApprove(parsed.data.ids, reviewer);
      verb = 'approved';
    } else if (body?.action === 'assign') {
      const parsed = bulkAssignSchema.safeParse({ ids, assigneeId: body.assigneeId ?? '' });
      if (!parsed.success) return bulkRefused(back, parsed.error);
      try {
        outcomes = await this.handling.bulkAssign(
          parsed.data.ids,
          parsed.data.assigneeId,
          reviewer,
        );
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'invalid_input') throw error;
        return consoleRedirect(back, { kind: 'error', text: error.message });
      }
      verb = parsed.data.assigneeId ? 'assigned' : 'unassigned';
    } else {
      return consoleRedirect(back, {
        kind: 'error',
        text: say('queue.bulk.noAction'),
      });
    }
    return consoleRedirect(back, await this.bulkMessage(verb, outcomes));
  }

  private async bulkMessage(verb: 'approved' | 'assigned' | 'unassigned', outcomes: BulkOutcome[]) {
    const refused = outcomes.filter((outcome) => !outcome.ok);
    const done = outcomes.length - refused.length;
    const head = say('queue.bulk.done', { verb, done: String(done), count: outcomes.length });
    if (refused.length === 0) return { kind: 'success' as const, text: head };
    const references = await this.requests.referencesOf(refused.map((outcome) => outcome.id));
    const reasons = refused
      .map((outcome) =>
        say('queue.bulk.refusal', {
          reference: references.get(outcome.id) ?? outcome.id,
          reason: outcome.message ?? say('queue.bulk.refused'),
        }),
      )
      .join('; ');
    return { kind: 'error' as const, text: say('queue.bulk.notDone', { head, reasons }) };
  }
}

/** Back to the queue with the reasons a bulk form was refused. */
function bulkRefused(back: string, error: z.ZodError): Reply {
  return consoleRedirect(back, {
    kind: 'error',
    text: sentence(error.issues.map((issue) => issue.message).join('; ')),
  });
}

/** The filter part of the queue's URL, for page links and the bulk form's way back. */
function queryWithoutCursor(url: string): string {
  const search = new URL(url, 'http://console.invalid').searchParams;
  search.delete('cursor');
  const text = search.toString();
  return text ? `?${text}` : '';
}
