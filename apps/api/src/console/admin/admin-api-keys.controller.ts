import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ApiKeyService } from '@rightsdesk/api-keys';
import { DomainError } from '@rightsdesk/domain';
import { API_SCOPES } from '@rightsdesk/persistence';
import { StaffAudit } from '@rightsdesk/staff';
import { CurrentStaff, StaffPage, StaffPrincipal } from '../console-access';
import { consoleSeeOther, sendConsolePage, takeFlash } from '../../web/console-response';
import { ConsoleFieldError } from '../views/console-forms';
import { apiKeysPage } from './views/admin-api-keys.page';

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
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const keys = await this.keys.list();
    sendConsolePage(response, apiKeysPage({ staff, keys, flash: takeFlash(request, response) }));
  }

  @Post()
  async create(
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const name = typeof body.name === 'string' ? body.name.trim() : '';
    const raw = body.scopes;
    const scopes = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (scope): scope is string => typeof scope === 'string',
    );
    const errors: ConsoleFieldError[] = [];
    if (!name)
      errors.push({ field: 'name', message: 'Name the key after the system that will use it.' });
    else if (name.length > 100)
      errors.push({ field: 'name', message: 'Keep the name to 100 characters.' });
    const unknown = scopes.filter((scope) => !(API_SCOPES as readonly string[]).includes(scope));
    if (scopes.length === 0)
      errors.push({ field: 'scopes', message: 'Choose at least one scope.' });
    else if (unknown.length > 0) {
      errors.push({ field: 'scopes', message: `Unknown scope: ${unknown.join(', ')}.` });
    }
    if (errors.length > 0) {
      const keys = await this.keys.list();
      return sendConsolePage(
        response,
        apiKeysPage({ staff, keys, values: { name, scopes }, errors }),
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
    sendConsolePage(
      response,
      apiKeysPage({ staff, keys, created: { name, key: created.key } }),
      201,
    );
  }

  @Post(':id/revoke')
  async revoke(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const revoked = await this.txHost.withTransaction(async () => {
      const key = await this.keys.revoke(id);
      if (key) await this.staffAudit.record(staff, 'api_key.revoked', { apiKeyId: key.id });
      return key;
    });
    if (!revoked) {
      throw new DomainError('not_found', 'There is no such API key, or it is already revoked.');
    }
    consoleSeeOther(response, '/console/admin/api-keys', {
      kind: 'success',
      text: `The key “${revoked.name}” is revoked; it stops working at once.`,
    });
  }
}
