import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiKeyService, ApiPrincipal } from '@rightsdesk/api-keys';
import { DomainError } from '@rightsdesk/domain';
import { ApiScope } from '@rightsdesk/persistence';
import { RequestAccess } from '../requests/request-access';

export const REQUIRED_SCOPE = 'rightsdesk:scope';
/** The API key scope a route needs; a person's own status token may stand in where allowed. */
export const RequireScope = (scope: ApiScope) => SetMetadata(REQUIRED_SCOPE, scope);

export interface AuthenticatedRequest extends Request {
  principal?: ApiPrincipal | { statusToken: string };
}

/**
 * REST access: an API key with the route's scope (`Authorization: Bearer rdk_…`), or, on routes
 * about one request, the person's own status token (`Authorization: Bearer <token>`), which
 * reaches that request and no other (checked again by the route through RequestAccess).
 */
@Injectable()
export class ApiAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const scope = this.reflector.get<ApiScope | undefined>(REQUIRED_SCOPE, context.getHandler());
    if (!scope) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization ?? '';
    const credential = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!credential) {
      throw new DomainError(
        'unauthenticated',
        'Send an API key or your request token as "Authorization: Bearer …".',
      );
    }
    if (credential.startsWith('rdk_')) {
      const principal = await this.keys.authenticate(credential);
      if (!principal)
        throw new DomainError('unauthenticated', 'The API key is not valid or has been revoked.');
      if (!principal.scopes.includes(scope)) {
        throw new DomainError('forbidden', `This API key lacks the "${scope}" scope.`);
      }
      request.principal = principal;
      return true;
    }
    if (!RequestAccess.tokenScopes.includes(scope)) {
      throw new DomainError('forbidden', `This action needs an API key with the "${scope}" scope.`);
    }
    request.principal = { statusToken: credential };
    return true;
  }
}
