import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
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
  async health(@Res() response: Response): Promise<void> {
    const report = await this.checks.run();
    response.status(report.status === 'ok' ? 200 : 503).json(report);
  }
}
