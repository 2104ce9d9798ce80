import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKeyService } from '@rightsdesk/api-keys';
import { DomainError } from '@rightsdesk/domain';
import { API_SCOPES, ApiScope } from '@rightsdesk/persistence';
import {
  STAFF_ROLE_LABELS,
  STAFF_SESSION_COOKIE,
  StaffSessions,
  scopesForRole,
  staffActor,
} from '@rightsdesk/staff';
import { AuthenticatedRequest } from './authenticated-request';
import { RequestAccess } from './requests/request-access';
import { cookiesOf } from '../web/page-context';

export type { AuthenticatedRequest, StaffApiPrincipal } from './authenticated-request';

export const REQUIRED_SCOPE = 'rightsdesk:scope';
/** The API key scope a route needs; a person's own status token may stand in where allowed. */
export const RequireScope = (scope: ApiScope) => SetMetadata(REQUIRED_SCOPE, scope);

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Who a call acts as, for the audit trail: `staff:<id>` or `api:<key id>`. */
export function principalActor(request: AuthenticatedRequest): string {
  const principal = request.principal;
  if (principal && 'staff' in principal) return staffActor(principal.staff);
  if (principal && 'keyId' in principal) return `api:${principal.keyId}`;
  return 'api';
}

/**
 * REST access: an API key with the route's scope (`Authorization: Bearer rdk_…`), or, on routes
 * about one request, the person's own status token (`Authorization: Bearer <token>`), which
 * reaches that request and no other (checked again by the route through RequestAccess), or a
 * staff member's console session cookie, with the scopes of their role (scopesForRole); on
 * unsafe methods the cookie needs the session's `X-CSRF-Token` header too, so another site
 * cannot make a signed-in browser call the API.
 */
@Injectable()
export class ApiAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyService,
    private readonly sessions: StaffSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const scope = this.reflector.get<ApiScope | undefined>(REQUIRED_SCOPE, context.getHandler());
    if (!scope) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization ?? '';
    const credential = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const sessionCookie = cookiesOf(request)[STAFF_SESSION_COOKIE];
    if (!header && sessionCookie) return this.staffSession(request, sessionCookie, scope);
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

  private async staffSession(
    request: AuthenticatedRequest,
    cookie: string,
    scope: ApiScope,
  ): Promise<boolean> {
    const staff = await this.sessions.authenticate(cookie);
    if (!staff) {
      throw new DomainError(
        'unauthenticated',
        'Your console session has ended; sign in again, or send an API key.',
      );
    }
    const scopes = scopesForRole(staff.role, API_SCOPES);
    if (!scopes.includes(scope)) {
      throw new DomainError(
        'forbidden',
        `The ${STAFF_ROLE_LABELS[staff.role]} role does not allow this ("${scope}" is needed).`,
      );
    }
    if (
      UNSAFE_METHODS.has(request.method) &&
      !this.sessions.csrfMatches(staff, request.headers['x-csrf-token'])
    ) {
      throw new DomainError(
        'forbidden',
        "Send your console session's form token in the X-CSRF-Token header.",
      );
    }
    request.principal = { staff, scopes };
    request.staff = staff;
    return true;
  }
}
