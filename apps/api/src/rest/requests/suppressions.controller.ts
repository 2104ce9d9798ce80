import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { SuppressionList } from '@rightsdesk/fulfilment';
import { ApiAccessGuard, RequireScope } from '../api-access.guard';
import { ZodBodyPipe } from '../zod-body.pipe';

const suppressionCheckSchema = z.strictObject({
  emails: z.array(z.string().trim().max(254).email('must be an email address')).min(1).max(1000),
});

/**
 * For the company's marketing imports: before adding people, ask which must stay out because
 * they deleted their data or withdrew consent (regs 7022(b)(3); GDPR 21(3)).
 */
@ApiTags('suppressions')
@ApiBearerAuth()
@UseGuards(ApiAccessGuard)
@Controller('api/v1/suppressions')
export class SuppressionsController {
  constructor(private readonly list: SuppressionList) {}

  @Post('check')
  @HttpCode(200)
  @RequireScope('suppressions:read')
  @ApiOperation({ summary: 'Which of these addresses must not be added to marketing' })
  @ApiBody({ schema: z.toJSONSchema(suppressionCheckSchema) as object })
  async check(
    @Body(new ZodBodyPipe(suppressionCheckSchema)) body: z.output<typeof suppressionCheckSchema>,
  ) {
    return { suppressed: await this.list.suppressed(body.emails) };
  }
}
