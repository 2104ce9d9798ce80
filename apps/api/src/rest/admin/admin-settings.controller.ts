import { Body, Controller, Delete, Get, Param, Put, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  POLICY_SECTIONS,
  PolicySettingsStore,
  type EffectivePolicy,
} from '@rightsdesk/live-config';
import { DomainError } from '@rightsdesk/domain';
import {
  ApiAccessGuard,
  AuthenticatedRequest,
  RequireScope,
  principalActor,
} from '../api-access.guard';

/**
 * Policy settings over REST: each section's value in force, the environment's default beside
 * it, and who overrode it when. PUT replaces a section (validated whole); DELETE goes back to
 * the default.
 */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(ApiAccessGuard)
@Controller('api/v1/admin/settings')
export class AdminSettingsController {
  constructor(private readonly policy: PolicySettingsStore) {}

  @Get()
  @RequireScope('admin:settings')
  @ApiOperation({ summary: 'Every section: value in force, default, overridden by whom and when' })
  async list() {
    return this.describe(await this.policy.current());
  }

  @Put(':section')
  @RequireScope('admin:settings')
  @ApiOperation({
    summary: 'Override one section (auto_approval, verification, holidays, letterhead)',
  })
  async update(
    @Param('section') section: string,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
  ) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new DomainError('invalid_input', 'The request body must be a JSON object.');
    }
    return this.describe(await this.policy.update(section, body, principalActor(request)));
  }

  @Delete(':section')
  @RequireScope('admin:settings')
  @ApiOperation({ summary: "Remove a section's override: the environment's defaults apply again" })
  async reset(@Param('section') section: string, @Req() request: AuthenticatedRequest) {
    return this.describe(await this.policy.reset(section, principalActor(request)));
  }

  private async describe(policy: EffectivePolicy) {
    const details = await this.policy.overrideDetails();
    return {
      sections: Object.fromEntries(
        POLICY_SECTIONS.map((section) => [
          section,
          {
            value: policy.values[section],
            default: this.policy.defaults[section],
            overridden: policy.overridden[section],
            updatedBy: policy.overridden[section] ? (details[section]?.updatedBy ?? null) : null,
            updatedAt: policy.overridden[section] ? (details[section]?.updatedAt ?? null) : null,
          },
        ]),
      ),
    };
  }
}
