import { Body, Controller, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  AppealRequestUseCase,
  ConfirmVerificationUseCase,
  RequestStatusQuery,
  SubmitRequestUseCase,
  StaffIntakeCommand,
  SubmittedRequest,
  RequestLookup,
  staffIntakeSchema,
  submitRequestSchema,
} from '@rightsdesk/intake';
import { describeDeadline } from '@rightsdesk/domain';
import { RetryFulfilmentUseCase } from '@rightsdesk/fulfilment';
import { IssueVerificationUseCase } from '@rightsdesk/verification';
import {
  ApiAccessGuard,
  AuthenticatedRequest,
  RequireScope,
  principalActor,
} from '../api-access.guard';
import { AddressLimited } from '../../web/address-limit.guard';
import { RequestRateLimits } from '../../web/request-rate-limits';
import { ZodBodyPipe } from '../zod-body.pipe';
import { RequestAccess } from './request-access';
import { appealSchema, verificationAnswerSchema } from './verification-answer.schema';

/**
 * The REST API for the company's other systems (API keys with scopes) and for a person holding
 * their own request's token, which opens that request and no other.
 */
@ApiTags('requests')
@ApiBearerAuth()
@UseGuards(ApiAccessGuard)
@Controller('api/v1/requests')
export class RequestsController {
  constructor(
    private readonly submitRequest: SubmitRequestUseCase,
    private readonly confirm: ConfirmVerificationUseCase,
    private readonly issue: IssueVerificationUseCase,
    private readonly statusQuery: RequestStatusQuery,
    private readonly appeal: AppealRequestUseCase,
    private readonly lookup: RequestLookup,
    private readonly limits: RequestRateLimits,
    private readonly retryFulfilment: RetryFulfilmentUseCase,
  ) {}

  @Post()
  @HttpCode(201)
  @RequireScope('requests:write')
  @ApiOperation({
    summary: 'Submit a privacy request',
    description:
      'Records an access, correction, deletion or consent-withdrawal request. It is stored before the answer; ' +
      'the answer carries its reference, statutory due dates and the token that opens it for the person. ' +
      'Each due date (`deadline`, `acknowledge`) is given as data (`dueOn`, `kind`, `period`, `receivedOn`, ' +
      '`citation`, `extension`) and as the `sentence` and `rule` the person reads, in the request’s language.',
  })
  @ApiBody({
    schema: z.toJSONSchema(submitRequestSchema, { io: 'input', unrepresentable: 'any' }) as object,
  })
  async submit(
    @Body(new ZodBodyPipe(submitRequestSchema)) command: z.output<typeof submitRequestSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    // A system's address is not limited, but nobody's inbox is flooded with codes.
    await this.limits.submitForEmail(command.email);
    const submitted = await this.submitRequest.execute(command, {
      manner: command.agent ? 'agent' : 'api',
      actor: principalActor(request),
    });
    return present(submitted);
  }

  @Post('intake')
  @HttpCode(201)
  @RequireScope('requests:intake')
  @ApiOperation({
    summary: 'Enter a request that arrived by post, phone, email or in person',
    description:
      'For staff and back-office systems. The clock runs from `receivedAt`, when the company received it; ' +
      'the answer goes by post unless `request.answerChannel` says otherwise.',
  })
  @ApiBody({
    schema: z.toJSONSchema(staffIntakeSchema, { io: 'input', unrepresentable: 'any' }) as object,
  })
  async intake(
    @Body(new ZodBodyPipe(staffIntakeSchema)) command: StaffIntakeCommand,
    @Req() request: AuthenticatedRequest,
  ) {
    const submitted = await this.submitRequest.execute(command.request, {
      manner: command.manner,
      actor: principalActor(request),
      receivedAt: command.receivedAt,
    });
    return present(submitted);
  }

  @Get(':id')
  @RequireScope('requests:read')
  @ApiOperation({
    summary: 'A request: status, clocks and verification outcome (no personal data)',
    description:
      'Due dates (`deadline`, `acknowledge`) come as data and as the sentence and rule the person reads, ' +
      'in the request’s language, the same words as the status page and emails.',
  })
  status(@Param('id') id: string, @Req() request: AuthenticatedRequest) {
    return this.statusQuery.status(RequestAccess.viewerOf(request), id);
  }

  @Get(':id/events')
  @RequireScope('requests:read')
  @ApiOperation({ summary: "A request's timeline from the audit trail" })
  async events(@Param('id') id: string, @Req() request: AuthenticatedRequest) {
    return { events: await this.statusQuery.timeline(RequestAccess.viewerOf(request), id) };
  }

  @Post(':id/verification')
  @HttpCode(200)
  @RequireScope('requests:verify')
  @AddressLimited('verifyFromIp')
  @ApiOperation({
    summary: 'Verify identity: the emailed code, plus data points when the request needs them',
  })
  @ApiBody({ schema: z.toJSONSchema(verificationAnswerSchema) as object })
  async verify(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(verificationAnswerSchema))
    answer: z.output<typeof verificationAnswerSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    const found = await this.lookup.find(RequestAccess.viewerOf(request), id);
    const result = await this.confirm.execute(found.id, answer);
    return {
      status: result.status,
      outcome: result.decision?.outcome ?? null,
      missing: result.decision?.missing ?? [],
      reason: result.decision?.reason?.text ?? null,
    };
  }

  @Post(':id/verification/code')
  @HttpCode(202)
  @RequireScope('requests:verify')
  @AddressLimited('verifyFromIp')
  @ApiOperation({ summary: 'Send a new verification code (the old one stops working)' })
  async resend(@Param('id') id: string, @Req() request: AuthenticatedRequest) {
    const found = await this.lookup.find(RequestAccess.viewerOf(request), id);
    await this.issue.execute(found.id);
    return { sent: true };
  }

  @Post(':id/retry')
  @HttpCode(200)
  @RequireScope('requests:manage')
  @ApiOperation({
    summary: 'Retry a failed request: its failed steps run again, finished ones are kept',
  })
  async retry(@Param('id') id: string, @Req() request: AuthenticatedRequest) {
    const found = await this.lookup.find(RequestAccess.viewerOf(request), id);
    const retried = await this.retryFulfilment.execute(found.id, principalActor(request));
    return { id: retried.id, status: retried.status };
  }

  @Post(':id/appeal')
  @HttpCode(201)
  @RequireScope('requests:appeal')
  @ApiOperation({ summary: 'Appeal a denied or completed request (its own clock)' })
  @ApiBody({ schema: z.toJSONSchema(appealSchema) as object })
  async appealRequest(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(appealSchema)) body: z.output<typeof appealSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    return present(await this.appeal.execute(RequestAccess.viewerOf(request), id, body.reason));
  }
}

function present(submitted: SubmittedRequest) {
  // The words people read (issue 12), in the request's language, with the parts they are built
  // from for systems that word deadlines themselves; dueOn and acknowledgeBy are for machines.
  const deadline = describeDeadline(submitted.due, submitted.language);
  const acknowledge = submitted.acknowledge
    ? describeDeadline(submitted.acknowledge, submitted.language)
    : null;
  return {
    id: submitted.id,
    reference: submitted.reference,
    type: submitted.type,
    status: submitted.status,
    regime: submitted.regime,
    language: submitted.language,
    receivedAt: submitted.receivedAt.toISOString(),
    dueAt: submitted.due.dueAt.toISOString(),
    dueOn: submitted.due.dueOn,
    dueExplanation: deadline.rule,
    deadline,
    acknowledgeBy: submitted.acknowledge?.dueAt.toISOString() ?? null,
    acknowledgeExplanation: acknowledge?.rule ?? null,
    acknowledge,
    statusToken: submitted.statusToken,
  };
}
