import {
  CanActivate,
  ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import {
  STAFF_SESSION_COOKIE,
  StaffPrincipal,
  StaffRole,
  StaffSessions,
  roleAllowed,
} from '@rightsdesk/staff';
import { MailboxTriageQuery } from '@rightsdesk/mailbox';
import { WorkWaitingQuery } from '@rightsdesk/notices';
import { cookiesOf } from '../web/page-context';
import { say } from './i18n/console-words';
import { ConsoleStaff, SUPPORT_MAILBOX_WAITING } from './views/console-layout';

/** The roles that triage the support mailbox: their navigation shows how many messages wait. */
const TRIAGING_ROLES = ['admin', 'privacy_officer'] as const;

export type { StaffPrincipal, StaffRole } from '@rightsdesk/staff';

const STAFF_ROLES_KEY = 'rightsdesk:staff-roles';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A request that passed @StaffPage (or a staff cookie on /api/v1). */
export interface StaffRequest extends Request {
  staff?: StaffPrincipal;
}

/** No valid session: the console error filter answers 303 to the sign-in page. */
export class StaffSignInRequired extends Error {
  constructor(readonly next: string) {
    super(say('access.signIn'));
    this.name = 'StaffSignInRequired';
  }
}

/** Signed in, but the role may not use this page: a 403 page that says which role may. */
export class StaffRoleRefused extends Error {
  constructor(readonly allowed: readonly StaffRole[]) {
    super(say('access.roleRefused'));
    this.name = 'StaffRoleRefused';
  }
}

/** A form without this session's token (forged, or from a session that has ended): 403. */
export class StaffFormExpired extends Error {
  constructor() {
    super(say('form.error.expired'));
    this.name = 'StaffFormExpired';
  }
}

/** Where to come back to after signing in: this page, if it is a console page read with GET. */
function nextPath(request: Request): string {
  const path = request.originalUrl;
  return request.method === 'GET' && /^\/console(\/|$|\?)/.test(path) ? path : '/console';
}

/**
 * Checks, in this order: a live session cookie, the role, and on unsafe methods the session's
 * form token (`_csrf` field or `X-CSRF-Token` header). Multipart bodies are parsed after guards
 * run, so for them the token must come in the header, or the browser must vouch that the form
 * was posted from this site (`Sec-Fetch-Site: same-origin`, which no other site can forge).
 */
@Injectable()
export class StaffPageGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: StaffSessions,
    private readonly mailbox: MailboxTriageQuery,
    private readonly work: WorkWaitingQuery,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const roles =
      this.reflector.getAllAndOverride<StaffRole[] | undefined>(STAFF_ROLES_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? [];
    const request = context.switchToHttp().getRequest<StaffRequest>();
    const staff = await this.sessions.authenticate(cookiesOf(request)[STAFF_SESSION_COOKIE]);
    if (!staff) throw new StaffSignInRequired(nextPath(request));
    request.staff = staff;
    if (!roleAllowed(staff.role, roles)) throw new StaffRoleRefused(roles);
    if (request.method === 'GET' && roleAllowed(staff.role, TRIAGING_ROLES)) {
      (staff as ConsoleStaff)[SUPPORT_MAILBOX_WAITING] = await this.mailbox.waiting();
    }
    if (UNSAFE_METHODS.has(request.method) && !this.formTokenValid(request, staff)) {
      throw new StaffFormExpired();
    }
    // A page read shows in its navigation what needs this member (auditors work no requests).
    if (request.method === 'GET' && staff.role !== 'auditor') {
      request.staff = { ...staff, waiting: await this.work.for(staff) };
    }
    return true;
  }

  private formTokenValid(request: Request, staff: StaffPrincipal): boolean {
    const header = request.headers['x-csrf-token'];
    if (typeof header === 'string') return this.sessions.csrfMatches(staff, header);
    if (/^multipart\/form-data/i.test(request.headers['content-type'] ?? '')) {
      return request.headers['sec-fetch-site'] === 'same-origin';
    }
    const field = (request.body as Record<string, unknown> | undefined)?._csrf;
    return this.sessions.csrfMatches(staff, field);
  }
}

/**
 * A console page handler: needs a signed-in staff member (else 303 to the sign-in page, coming
 * back here after), one of `roles` (none listed = any staff role; else a 403 page naming the
 * role needed), and on POST/PUT/PATCH/DELETE the session's form token (else 403 "This form has
 * expired…"). Roles are enforced here, on the server, whatever the page showed.
 */
export function StaffPage(...roles: StaffRole[]): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(STAFF_ROLES_KEY, roles), UseGuards(StaffPageGuard));
}

/** The signed-in staff member of a @StaffPage handler. */
export const CurrentStaff = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StaffPrincipal => {
    const staff = context.switchToHttp().getRequest<StaffRequest>().staff;
    if (!staff) throw new Error('@CurrentStaff() needs @StaffPage() on the handler');
    return staff;
  },
);
