import { Body, Controller, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  ReviewDecisionsUseCase,
  ReviewHandlingUseCase,
  bulkApproveSchema,
  bulkAssignSchema,
} from '@rightsdesk/review';
import { describeDeadline } from '@rightsdesk/domain';
import { ApiAccessGuard, AuthenticatedRequest, RequireScope } from '../api-access.guard';
import { ZodBodyPipe } from '../zod-body.pipe';
import { reviewerOf } from './reviewer-of';
import { STAFF_ACTIONS, StaffActionInput, StaffActionUseCases } from './staff-actions';

const schemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as object;

/**
 * Staff actions on requests. Each checks the caller's role and the request's state, and writes
 * the change, its audit row and any notice to the person in one transaction. Bulk routes come
 * first so `bulk` is never read as a request id.
 */
@ApiTags('review')
@ApiBearerAuth()
@UseGuards(ApiAccessGuard)
@Controller('api/v1/requests')
export class ReviewActionsController {
  private readonly useCases: StaffActionUseCases;

  constructor(
    private readonly decisions: ReviewDecisionsUseCase,
    private readonly handling: ReviewHandlingUseCase,
  ) {
    this.useCases = { decisions, handling };
  }

  @Post('bulk/assign')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({ summary: 'Assign (or unassign, with null) several open requests at once' })
  @ApiBody({ schema: schemaOf(bulkAssignSchema) })
  async bulkAssign(
    @Body(new ZodBodyPipe(bulkAssignSchema)) body: z.output<typeof bulkAssignSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    return {
      results: await this.handling.bulkAssign(body.ids, body.assigneeId, reviewerOf(request)),
    };
  }

  @Post('bulk/approve')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({
    summary: 'Approve several requests awaiting review; each result says approved or why not',
  })
  @ApiBody({ schema: schemaOf(bulkApproveSchema) })
  async bulkApprove(
    @Body(new ZodBodyPipe(bulkApproveSchema)) body: z.output<typeof bulkApproveSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    return { results: await this.decisions.bulkApprove(body.ids, reviewerOf(request)) };
  }

  @Post(':id/assign')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({ summary: 'Assign an open request to a staff member (null unassigns)' })
  @ApiBody({ schema: schemaOf(STAFF_ACTIONS.assign.schema) })
  async assign(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(STAFF_ACTIONS.assign.schema)) body: StaffActionInput<'assign'>,
    @Req() request: AuthenticatedRequest,
  ) {
    await STAFF_ACTIONS.assign.run(this.useCases, id, body, reviewerOf(request));
    return { id, assigneeId: body.assigneeId };
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({
    summary: 'Approve a request awaiting review; its fulfilment starts',
    description:
      'For a correction, `rows` lists the rows to change as "index:key" (see the request\'s correction preview); without it the one record the person named is changed. A correction that matches no record, or several nobody chose, moves the request to needs_info and the person is asked which record they mean.',
  })
  @ApiBody({ schema: schemaOf(STAFF_ACTIONS.approve.schema), required: false })
  async approve(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
  ) {
    // The body is optional: most approvals send none.
    const input = new ZodBodyPipe(STAFF_ACTIONS.approve.schema).transform(body ?? {});
    const approved = await STAFF_ACTIONS.approve.run(this.useCases, id, input, reviewerOf(request));
    return { id: approved.id, status: approved.status };
  }

  @Post(':id/deny')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({
    summary: 'Deny an open request on a basis from the list, with an explanation',
    description: 'The person is sent the denial notice with the basis and how to appeal.',
  })
  @ApiBody({ schema: schemaOf(STAFF_ACTIONS.deny.schema) })
  async deny(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(STAFF_ACTIONS.deny.schema)) body: StaffActionInput<'deny'>,
    @Req() request: AuthenticatedRequest,
  ) {
    const denied = await STAFF_ACTIONS.deny.run(this.useCases, id, body, reviewerOf(request));
    return { id: denied.id, status: denied.status, basis: body.basis };
  }

  @Post(':id/extend')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({
    summary: 'Extend the deadline once, before it passes, with the reason told to the person',
  })
  @ApiBody({ schema: schemaOf(STAFF_ACTIONS.extend.schema) })
  async extend(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(STAFF_ACTIONS.extend.schema)) body: StaffActionInput<'extend'>,
    @Req() request: AuthenticatedRequest,
  ) {
    const due = await STAFF_ACTIONS.extend.run(this.useCases, id, body, reviewerOf(request));
    // As the person reads it, in their language; dueOn is the date for machines.
    const deadline = describeDeadline(due, due.language);
    return {
      id,
      dueAt: due.dueAt.toISOString(),
      dueOn: due.dueOn,
      dueExplanation: deadline.rule,
      deadline,
    };
  }

  @Post(':id/request-information')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({ summary: 'Ask the person for what is missing; the request waits in needs_info' })
  @ApiBody({ schema: schemaOf(STAFF_ACTIONS.requestInformation.schema) })
  async requestInformation(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(STAFF_ACTIONS.requestInformation.schema))
    body: StaffActionInput<'requestInformation'>,
    @Req() request: AuthenticatedRequest,
  ) {
    const moved = await STAFF_ACTIONS.requestInformation.run(
      this.useCases,
      id,
      body,
      reviewerOf(request),
    );
    return { id: moved.id, status: moved.status };
  }

  @Post(':id/information-received')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({ summary: 'Record the answer to a request for information; back to review' })
  @ApiBody({ schema: schemaOf(STAFF_ACTIONS.informationReceived.schema) })
  async informationReceived(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(STAFF_ACTIONS.informationReceived.schema))
    body: StaffActionInput<'informationReceived'>,
    @Req() request: AuthenticatedRequest,
  ) {
    const recorded = await STAFF_ACTIONS.informationReceived.run(
      this.useCases,
      id,
      body,
      reviewerOf(request),
    );
    return { id, status: recorded.status, dueOn: recorded.dueOn };
  }

  @Post(':id/notes')
  @HttpCode(201)
  @RequireScope('requests:manage')
  @ApiOperation({ summary: 'Add an internal note (never shown to the person)' })
  @ApiBody({ schema: schemaOf(STAFF_ACTIONS.addNote.schema) })
  async addNote(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(STAFF_ACTIONS.addNote.schema)) body: StaffActionInput<'addNote'>,
    @Req() request: AuthenticatedRequest,
  ) {
    const note = await STAFF_ACTIONS.addNote.run(this.useCases, id, body, reviewerOf(request));
    return { id: note.id, requestId: id, createdAt: note.createdAt.toISOString() };
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({ summary: 'Cancel an open request, with the reason' })
  @ApiBody({ schema: schemaOf(STAFF_ACTIONS.cancel.schema) })
  async cancel(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(STAFF_ACTIONS.cancel.schema)) body: StaffActionInput<'cancel'>,
    @Req() request: AuthenticatedRequest,
  ) {
    const cancelled = await STAFF_ACTIONS.cancel.run(this.useCases, id, body, reviewerOf(request));
    return { id: cancelled.id, status: cancelled.status };
  }

  @Post(':id/appeal-decision')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({
    summary: 'Decide an appeal: uphold the earlier decision or reverse it, with reasons',
    description: 'The person is sent the decision; a refused appeal names the Attorney General.',
  })
  @ApiBody({ schema: schemaOf(STAFF_ACTIONS.decideAppeal.schema) })
  async decideAppeal(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(STAFF_ACTIONS.decideAppeal.schema))
    body: StaffActionInput<'decideAppeal'>,
    @Req() request: AuthenticatedRequest,
  ) {
    const decided = await STAFF_ACTIONS.decideAppeal.run(
      this.useCases,
      id,
      body,
      reviewerOf(request),
    );
    return { id: decided.id, status: decided.status, decision: body.decision };
  }
}
