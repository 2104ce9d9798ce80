import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { DomainError } from '@rightsdesk/domain';
import { AddressLimit, RequestRateLimits } from './request-rate-limits';

export type { AddressLimit } from './request-rate-limits';

/**
 * What a handler's post does with its address's hourly limit before its body is read: `count`
 * it, or only `refuse` an address already over it (the handler counts the post later, once the
 * body shows it is one that counts).
 */
interface AddressLimitDeclaration {
  limit: AddressLimit;
  before: 'count' | 'refuse';
}

const ADDRESS_LIMIT_KEY = 'rightsdesk:address-limit';

/**
 * Checks a post against its address's hourly limit (429 once over it; see RequestRateLimits).
 * A global guard, registered before RequestBodyGuard, so it runs before anything reads the body:
 * an address over its limit costs us the headers only, not the JSON, form or 5 MB upload it is
 * sending (OWASP ASVS 12.1.1).
 */
@Injectable()
export class AddressLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RequestRateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declared = this.reflector.get<AddressLimitDeclaration | undefined>(
      ADDRESS_LIMIT_KEY,
      context.getHandler(),
    );
    if (!declared) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const ip = request.ip ?? '';
    try {
      if (declared.before === 'count') await this.limits.fromAddress(declared.limit, ip);
      else await this.limits.refuseIfOver(declared.limit, ip);
    } catch (error) {
      if (error instanceof DomainError && !request.complete) {
        // Node would otherwise read the rest of the body to keep the connection: close it instead.
        context.switchToHttp().getResponse<Response>().setHeader('Connection', 'close');
      }
      throw error;
    }
    return true;
  }
}

/** Counts the request against `limit` before its body is read. */
export function AddressLimited(limit: AddressLimit): MethodDecorator {
  return SetMetadata(ADDRESS_LIMIT_KEY, {
    limit,
    before: 'count',
  } satisfies AddressLimitDeclaration);
}

/**
 * Refuses the request of an address already over `limit` before its body is read; the handler
 * counts it once the body shows it counts.
 */
export function AddressLimitRefused(limit: AddressLimit): MethodDecorator {
  return SetMetadata(ADDRESS_LIMIT_KEY, {
    limit,
    before: 'refuse',
  } satisfies AddressLimitDeclaration);
}
