import { Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { SIGNATURE_HEADER } from '@rightsdesk/connectors';
import { DomainError } from '@rightsdesk/domain';
import { RecordRecipientCallbackUseCase, recipientCallbackSchema } from '@rightsdesk/fulfilment';
import type { RawBodyRequest } from '../../web/body-parsers';

/**
 * Where a processor or third party reports back on a step it answered with 202. No API key: the
 * call is signed like our webhook to it, with the secret agreed for that recipient.
 */
@ApiTags('processor callbacks')
@Controller('api/v1/processor-callbacks')
export class ProcessorCallbacksController {
  constructor(private readonly callbacks: RecordRecipientCallbackUseCase) {}

  @Post(':stepId')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A recipient reports that it did (or could not do) what a webhook told it',
    description:
      'Sign the raw body: X-Rightsdesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>. ' +
      'The timestamp must be within 5 minutes. 401: bad signature; 404: no such webhook step; 409: already finished.',
  })
  @ApiHeader({ name: SIGNATURE_HEADER, required: true })
  @ApiBody({ schema: z.toJSONSchema(recipientCallbackSchema) as object })
  async report(
    @Param('stepId') stepId: string,
    @Headers(SIGNATURE_HEADER.toLowerCase()) signature: string | undefined,
    @Req() request: RawBodyRequest,
  ) {
    if (!request.rawBody) {
      throw new DomainError('invalid_input', 'Send the callback as application/json.');
    }
    return this.callbacks.execute(stepId, request.rawBody, signature);
  }
}
