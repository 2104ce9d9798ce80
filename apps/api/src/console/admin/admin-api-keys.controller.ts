import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ApiKeyService } from '@rightsdesk/api-keys';
import { DomainError } from '@rightsdesk/domain';
import { StaffAudit } from '@rightsdesk/staff';
import { CurrentStaff, StaffPage, StaffPrincipal } from '../console-access';
import { Flash, consolePage, consoleRedirect } from '../../web/console-response';
import { parsePageForm } from '../../web/page-form';
import { Reply } from '../../web/reply';
import { ConsoleFlash } from '../views/console-layout';
import { apiKeyForm } from './admin.forms';
import { apiKeysPage } from './views/admin-api-keys.page';
import { say } from '../i18n/console-words';

/** API keys for the company's other systems (admins only): list, create (shown once), revoke. */
@ApiExcludeController()
@Controller('console/admin/api-keys')
@StaffPage('admin')
export class AdminApiKeysController {
  constructor(
    private readonly keys: ApiKeyService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly staffAudit: StaffAudit,
  ) {}

  @Get()
  async list(
    @CurrentStaff() staff: StaffPrincipal,
    @Flash() flash: ConsoleFlash | undefined,
  ): Promise<Reply> {
    const keys = await this.keys.list();
    return consolePage(apiKeysPage({ staff, keys, flash }));
  }

  @Post()
  async create(
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: Record<string, unknown> | undefined,
  ): Promise<Reply> {
    const name = typeof body?.name === 'string' ? body.name.trim() : '';
    const raw = body?.scopes;
    const scopes = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (scope): scope is string => typeof scope === 'string',
    );
    const form = parsePageForm(apiKeyForm, { name, scopes });
    if (!form.ok) {
      const keys = await this.keys.list();
      return consolePage(
        apiKeysPage({ staff, keys, values: { name, scopes }, errors: form.errors }),
        400,
      );
    }
    // The key and its audit row commit together.
    const created = await this.txHost.withTransaction(async () => {
      const key = await this.keys.create(name, [...new Set(scopes)]);
      await this.staffAudit.record(staff, 'api_key.created', {
        apiKeyId: key.id,
        scopes,
      });
      return key;
    });
    const keys = await this.keys.list();
    // Shown once, in this response only (no redirect that could be reloaded or cached).
    return consolePage(apiKeysPage({ staff, keys, created: { name, key: created.key } }), 201);
  }

  @Post(':id/revoke')
  async revoke(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<Reply> {
    const revoked = await this.txHost.withTransaction(async () => {
      const key = await this.keys.revoke(id);
      if (key) await this.staffAudit.record(staff, 'api_key.revoked', { apiKeyId: key.id });
      return key;
    });
    if (!revoked) {
      throw new DomainError('not_found', say('apiKeys.notFound'));
    }
    return consoleRedirect('/console/admin/api-keys', {
      kind: 'success',
      text: say('apiKeys.revokedNow', { name: revoked.name }),
    });
  }
}
