import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  SubmitRequestCommand,
  SubmitRequestUseCase,
  submitRequestSchema,
} from '@rightsdesk/intake';
import { ZodBodyPipe } from '../http/zod-body.pipe';
import { submittedRequestSchema } from './submitted-request.schema';

@ApiTags('requests')
@Controller('api/v1/requests')
export class RequestsController {
  constructor(private readonly submitRequest: SubmitRequestUseCase) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Submit a privacy request',
    description:
      'Records an access, correction, deletion or consent-withdrawal request. The request is stored ' +
      'before the answer; the answer carries its reference and statutory due date.',
  })
  @ApiBody({
    schema: z.toJSONSchema(submitRequestSchema, { io: 'input', unrepresentable: 'any' }) as object,
  })
  @ApiCreatedResponse({ schema: submittedRequestSchema })
  async submit(@Body(new ZodBodyPipe(submitRequestSchema)) command: SubmitRequestCommand) {
    const submitted = await this.submitRequest.execute(command, { manner: 'api', actor: 'api' });
    return {
      id: submitted.id,
      reference: submitted.reference,
      type: submitted.type,
      status: submitted.status,
      regime: submitted.regime,
      receivedAt: submitted.receivedAt.toISOString(),
      dueAt: submitted.due.dueAt.toISOString(),
      dueOn: submitted.due.dueOn,
      dueExplanation: submitted.due.explanation,
    };
  }
}
