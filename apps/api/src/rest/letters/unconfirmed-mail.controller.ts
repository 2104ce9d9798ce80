import { Controller, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SettleUnconfirmedMailUseCase } from '@rightsdesk/notices';
import {
  ApiAccessGuard,
  AuthenticatedRequest,
  RequireScope,
  principalActor,
} from '../api-access.guard';

/**
 * An email that may have been sent (its sending attempt died after claiming it) waits for staff:
 * they check with the person, then confirm it arrived or have it sent again.
 */
@ApiTags('requests')
@ApiBearerAuth()
@UseGuards(ApiAccessGuard)
@Controller('api/v1/correspondence/:id')
export class UnconfirmedMailController {
  constructor(private readonly settle: SettleUnconfirmedMailUseCase) {}

  @Post('confirm-sent')
  @HttpCode(200)
  @RequireScope('requests:write')
  @ApiOperation({ summary: 'Confirm that an email which may have been sent did arrive' })
  confirm(@Param('id') id: string, @Req() request: AuthenticatedRequest) {
    return this.settle.confirm({ id }, principalActor(request));
  }

  @Post('resend')
  @HttpCode(200)
  @RequireScope('requests:write')
  @ApiOperation({ summary: 'Send again an email which may have been sent but did not arrive' })
  resend(@Param('id') id: string, @Req() request: AuthenticatedRequest) {
    return this.settle.resend({ id }, principalActor(request));
  }
}
