import { Body, Controller, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { DataMapVersions, MAX_DATA_MAP_BYTES } from '@rightsdesk/live-config';
import { DomainError } from '@rightsdesk/domain';
import {
  ApiAccessGuard,
  AuthenticatedRequest,
  RequireScope,
  principalActor,
} from '../api-access.guard';
import { ZodBodyPipe } from '../zod-body.pipe';
import { WholeNumberPipe } from '../../web/whole-number.pipe';

const yamlSchema = z.strictObject({
  yaml: z.string({ error: 'must be the data map as YAML text' }).max(MAX_DATA_MAP_BYTES),
});
const activateSchema = z.strictObject({
  comparedWith: z
    .number({ error: 'must be the version number the changes were reviewed against' })
    .int()
    .positive(),
});

const VERSION_NUMBER = new WholeNumberPipe(
  (raw) =>
    new DomainError('invalid_input', `"${raw}" is not a version number (1, 2, 3 and so on).`),
);

/**
 * The data map's versions over REST: what is active, checking and uploading a new version as a
 * draft (every issue with its path), the draft's changes against the active version, and
 * activating it as a separate step.
 */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(ApiAccessGuard)
@Controller('api/v1/admin/data-map')
export class AdminDataMapController {
  constructor(private readonly versions: DataMapVersions) {}

  @Get()
  @RequireScope('admin:data-map')
  @ApiOperation({ summary: 'Activated versions (newest first, the first active) and drafts' })
  async overview() {
    const [versions, drafts] = await Promise.all([this.versions.list(), this.versions.drafts()]);
    return { activeVersion: versions[0]?.version ?? null, versions, drafts };
  }

  @Get('versions/:version')
  @RequireScope('admin:data-map')
  @ApiOperation({ summary: 'One activated version as uploaded (YAML text)' })
  async version(@Param('version', VERSION_NUMBER) version: number) {
    return { version, yaml: await this.versions.yamlOf(version) };
  }

  @Post('check')
  @HttpCode(200)
  @RequireScope('admin:data-map')
  @ApiOperation({ summary: 'Validate YAML without storing it: issues, or changes against active' })
  async check(@Body(new ZodBodyPipe(yamlSchema)) body: z.output<typeof yamlSchema>) {
    const result = await this.versions.check(body.yaml);
    return result.valid
      ? { valid: true, comparedWith: result.activeVersion, changes: result.changes }
      : { valid: false, issues: result.issues };
  }

  @Post('drafts')
  @RequireScope('admin:data-map')
  @ApiOperation({ summary: 'Upload a version as a draft (400 lists every issue by its path)' })
  upload(
    @Body(new ZodBodyPipe(yamlSchema)) body: z.output<typeof yamlSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.versions.upload(body.yaml, principalActor(request)).then(withoutYaml);
  }

  @Get('drafts/:id')
  @RequireScope('admin:data-map')
  @ApiOperation({ summary: 'A draft and its changes against the version active now' })
  draft(@Param('id') id: string) {
    return this.versions.draft(id).then(withoutYaml);
  }

  @Post('drafts/:id/activate')
  @HttpCode(200)
  @RequireScope('admin:data-map')
  @ApiOperation({
    summary: 'Activate a draft as the next version; 409 if another version became active',
  })
  activate(
    @Param('id') id: string,
    @Body(new ZodBodyPipe(activateSchema)) body: z.output<typeof activateSchema>,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.versions.activate(id, body.comparedWith, principalActor(request));
  }
}

function withoutYaml<T extends { yaml: string }>({ yaml: _yaml, ...rest }: T): Omit<T, 'yaml'> {
  return rest;
}
