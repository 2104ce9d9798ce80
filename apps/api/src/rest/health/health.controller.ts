import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { JsonReply } from '../../web/reply';
import { HealthChecks } from './health-checks';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(HealthChecks) private readonly checks: HealthChecks) {}

  @Get()
  @ApiOkResponse({ description: 'Postgres, Redis and the shop database are reachable.' })
  @ApiServiceUnavailableResponse({
    description: 'At least one dependency is unreachable; each is named.',
  })
  async health(): Promise<JsonReply> {
    const report = await this.checks.run();
    return new JsonReply(report, report.status === 'ok' ? 200 : 503);
  }
}
