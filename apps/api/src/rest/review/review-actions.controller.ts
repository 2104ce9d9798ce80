import { Body, Controller, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  ReviewDecisionsUseCase,
  ReviewHandlingUseCase,
  appealDecisionSchema,
  assignSchema,
  bulkApproveSchema,
  bulkAssignSchema,
  cancelSchema,
  denySchema,
  extendSchema,
  informationReceivedSchema,
  noteSchema,
  requestInformationSchema,
} from '@rightsdesk/review';
import { ApiAccessGuard, AuthenticatedRequest, RequireScope } from '../api-access.guard';
import { ZodBodyPipe } from '../zod-body.pipe';
import { reviewerOf } from './reviewer-of';

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
  constructor(
    private readonly decisions: ReviewDecisionsUseCase,
    private readonly handling: ReviewHandlingUseCase,
  ) {}

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
  @ApiBody({ schema: schemaOf(assignSchema) })
  async assign(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(assignSchema)) body: z.output<typeof assignSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    await this.handling.assign(id, body.assigneeId, reviewerOf(request));
    return { id, assigneeId: body.assigneeId };
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({ summary: 'Approve a request awaiting review; its fulfilment starts' })
  async approve(@Param('id') id: string, @Req() request: AuthenticatedRequest) {
    const approved = await this.decisions.approve(id, reviewerOf(request));
    return { id: approved.id, status: approved.status };
  }

  @Post(':id/deny')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({
    summary: 'Deny an open request on a basis from the list, with an explanation',
    description: 'The person is sent the denial notice with the basis and how to appeal.',
  })
  @ApiBody({ schema: schemaOf(denySchema) })
  async deny(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(denySchema)) body: z.output<typeof denySchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    const denied = await this.decisions.deny(id, body, reviewerOf(request));
    return { id: denied.id, status: denied.status, basis: body.basis };
  }

  @Post(':id/extend')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({
    summary: 'Extend the deadline once, before it passes, with the reason told to the person',
  })
  @ApiBody({ schema: schemaOf(extendSchema) })
  async extend(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(extendSchema)) body: z.output<typeof extendSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    const due = await this.handling.extend(id, body.reason, reviewerOf(request));
    return {
      id,
      dueAt: due.dueAt.toISOString(),
      dueOn: due.dueOn,
      dueExplanation: due.explanation,
    };
  }

  @Post(':id/request-information')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({ summary: 'Ask the person for what is missing; the request waits in needs_info' })
  @ApiBody({ schema: schemaOf(requestInformationSchema) })
  async requestInformation(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(requestInformationSchema))
    body: z.output<typeof requestInformationSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    const moved = await this.handling.requestInformation(id, body.message, reviewerOf(request));
    return { id: moved.id, status: moved.status };
  }

  @Post(':id/information-received')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({ summary: 'Record the answer to a request for information; back to review' })
  @ApiBody({ schema: schemaOf(informationReceivedSchema) })
  async informationReceived(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(informationReceivedSchema))
    body: z.output<typeof informationReceivedSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    const moved = await this.handling.informationReceived(id, body.note, reviewerOf(request));
    return { id: moved.id, status: moved.status };
  }

  @Post(':id/notes')
  @HttpCode(201)
  @RequireScope('requests:manage')
  @ApiOperation({ summary: 'Add an internal note (never shown to the person)' })
  @ApiBody({ schema: schemaOf(noteSchema) })
  async addNote(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(noteSchema)) body: z.output<typeof noteSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    const note = await this.handling.addNote(id, body.body, reviewerOf(request));
    return { id: note.id, requestId: id, createdAt: note.createdAt.toISOString() };
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({ summary: 'Cancel an open request, with the reason' })
  @ApiBody({ schema: schemaOf(cancelSchema) })
  async cancel(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(cancelSchema)) body: z.output<typeof cancelSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    const cancelled = await this.decisions.cancel(id, body.reason, reviewerOf(request));
    return { id: cancelled.id, status: cancelled.status };
  }

  @Post(':id/appeal-decision')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({
    summary: 'Decide an appeal: uphold the earlier decision or reverse it, with reasons',
    description: 'The person is sent the decision; a refused appeal names the Attorney General.',
  })
  @ApiBody({ schema: schemaOf(appealDecisionSchema) })
  async decideAppeal(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(appealDecisionSchema)) body: z.output<typeof appealDecisionSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    const decided = await this.decisions.decideAppeal(id, body, reviewerOf(request));
    return { id: decided.id, status: decided.status, decision: body.decision };
  }
}
