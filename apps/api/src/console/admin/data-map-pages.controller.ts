import { Body, Controller, Get, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DataMapStore, DataMapVersions, MAX_DATA_MAP_BYTES } from '@rightsdesk/live-config';
import type { DataMapIssue } from '@rightsdesk/data-map';
import { DomainError } from '@rightsdesk/domain';
import { StaffDirectory, staffActor } from '@rightsdesk/staff';
import { CurrentStaff, StaffPage, StaffPrincipal } from '../console-access';
import { Flash, consolePage, consoleRedirect } from '../../web/console-response';
import { Reply } from '../../web/reply';
import { ConsoleFlash } from '../views/console-layout';
import { dataMapPage, draftPage, versionPage } from './views/data-map.pages';
import { say } from '../i18n/console-words';
import { Upload } from '../../web/upload.interceptor';
import { WholeNumberPipe, wholeNumberOf } from '../../web/whole-number.pipe';

/** What multer hands over for the file field (memory storage). */
interface UploadedYaml {
  size: number;
  buffer: Buffer;
}

const VERSION_NUMBER = new WholeNumberPipe(
  (version) => new DomainError('not_found', say('dataMap.notFound', { version })),
);

/**
 * The data map in the console (admins only): the version in force and its history, uploading
 * a new version (file or pasted YAML) with every issue listed by its path, the draft's changes
 * against the active version, and activation as a separate, confirmed step.
 */
@ApiExcludeController()
@Controller('console/admin/data-map')
@StaffPage('admin')
export class DataMapPagesController {
  constructor(
    private readonly versions: DataMapVersions,
    private readonly maps: DataMapStore,
    private readonly directory: StaffDirectory,
  ) {}

  @Get()
  async show(
    @CurrentStaff() staff: StaffPrincipal,
    @Flash() flash: ConsoleFlash | undefined,
  ): Promise<Reply> {
    return consolePage(dataMapPage(staff, await this.overview(), { flash }));
  }

  @Post('drafts')
  @UseInterceptors(Upload('file', { limits: { fileSize: MAX_DATA_MAP_BYTES, files: 1 } }))
  async upload(
    @CurrentStaff() staff: StaffPrincipal,
    @UploadedFile() file: UploadedYaml | undefined,
    @Body() body: Record<string, unknown>,
  ): Promise<Reply> {
    const pasted = typeof body.yaml === 'string' ? body.yaml : '';
    const yaml = file && file.size > 0 ? file.buffer.toString('utf8') : pasted;
    if (yaml.trim() === '') {
      return this.invalid(staff, yaml, [
        { path: '(document)', message: say('dataMap.error.noDocument') },
      ]);
    }
    const check = await this.versions.check(yaml);
    if (!check.valid) return this.invalid(staff, yaml, check.issues);
    if (check.changes.length === 0) {
      return this.invalid(staff, yaml, [
        {
          path: '(document)',
          message: say('dataMap.error.unchanged', { version: String(check.activeVersion) }),
        },
      ]);
    }
    const draft = await this.versions.upload(yaml, staffActor(staff));
    return consoleRedirect(`/console/admin/data-map/drafts/${draft.id}`);
  }

  @Get('drafts/:id')
  async draft(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<Reply> {
    return consolePage(draftPage(staff, await this.versions.draft(id)));
  }

  @Post('drafts/:id/activate')
  async activate(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<Reply> {
    const comparedWith = wholeNumberOf(body.comparedWith);
    if (body.confirm !== 'yes') {
      const draft = await this.versions.draft(id);
      return consolePage(
        draftPage(staff, draft, {
          error: say('draft.error.confirm'),
        }),
        400,
      );
    }
    if (comparedWith === null) {
      throw new DomainError('invalid_input', say('draft.error.comparedWith'));
    }
    try {
      const activated = await this.versions.activate(id, comparedWith, staffActor(staff));
      return consoleRedirect('/console/admin/data-map', {
        kind: 'success',
        text: say('draft.activated', { version: String(activated.version) }),
      });
    } catch (error) {
      // Someone activated another version meanwhile: show the changes against it instead.
      if (
        error instanceof DomainError &&
        error.code === 'invalid_state' &&
        /is active now/.test(error.message)
      ) {
        return consolePage(
          draftPage(staff, await this.versions.draft(id), { error: error.message }),
          409,
        );
      }
      throw error;
    }
  }

  @Get('versions/:version')
  async version(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('version', VERSION_NUMBER) version: number,
  ): Promise<Reply> {
    return consolePage(versionPage(staff, version, await this.versions.yamlOf(version)));
  }

  private async overview() {
    const [active, versions, drafts] = await Promise.all([
      this.maps.active(),
      this.versions.list(),
      this.versions.drafts(),
    ]);
    const actorNames = await this.directory.namesOf([
      ...versions.map((version) => version.activatedBy),
      ...drafts.map((draft) => draft.createdBy),
    ]);
    return { active, versions, drafts, actorNames };
  }

  private async invalid(
    staff: StaffPrincipal,
    yaml: string,
    issues: DataMapIssue[],
  ): Promise<Reply> {
    // The pasted text comes back for correction; a very large file is not echoed.
    const echo = yaml.length <= MAX_DATA_MAP_BYTES ? yaml : '';
    return consolePage(dataMapPage(staff, await this.overview(), { issues, yaml: echo }), 400);
  }
}
