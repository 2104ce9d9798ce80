import {
  CanActivate,
  ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { DomainError } from '@rightsdesk/domain';
import { RequestRateLimits } from './request-rate-limits';

/** The per-hour limits on one address that a post may count against. */
export type AddressLimit = 'submitFromIp' | 'verifyFromIp' | 'signInFromIp';

const ADDRESS_LIMIT_KEY = 'rightsdesk:address-limit';

/**
 * Counts the post against its address's hourly limit (429 once over it; see RequestRateLimits).
 * A guard, so it runs before any interceptor reads the body: an address over its limit costs us
 * the headers only, not the 5 MB upload it is sending (OWASP ASVS 12.1.1).
 */
@Injectable()
export class AddressLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RequestRateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const limit = this.reflector.get<AddressLimit | undefined>(
      ADDRESS_LIMIT_KEY,
      context.getHandler(),
    );
    if (!limit) return true;
    const request = context.switchToHttp().getRequest<Request>();
    try {
      await this.limits[limit](request.ip ?? '');
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
  return applyDecorators(SetMetadata(ADDRESS_LIMIT_KEY, limit), UseGuards(AddressLimitGuard));
}
