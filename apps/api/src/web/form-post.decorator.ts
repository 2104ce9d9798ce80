import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
  Type,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { PageRequest } from './page.decorator';
import { checkFormToken } from './page-context';
import { RequestRateLimits } from './request-rate-limits';

/** The per-hour limits on one address that a form post may count against. */
export type AddressLimit = 'submitFromIp' | 'verifyFromIp' | 'signInFromIp';

const ADDRESS_LIMIT_KEY = 'rightsdesk:address-limit';

/**
 * Refuses a page form whose token does not match its cookie (400). An interceptor, not a guard,
 * so that it runs after an upload interceptor has parsed a multipart form and its `_csrf` field.
 * The page context is built first, as the pages always did, so its cookies go out either way.
 */
@Injectable()
export class FormTokenInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<PageRequest>();
    request.pageContext?.();
    checkFormToken(request);
    return next.handle();
  }
}

/** Counts the post against its address's hourly limit (429 once over it; see RequestRateLimits). */
@Injectable()
export class AddressLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RequestRateLimits,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const limit = this.reflector.get<AddressLimit | undefined>(
      ADDRESS_LIMIT_KEY,
      context.getHandler(),
    );
    if (limit) {
      await this.limits[limit](context.switchToHttp().getRequest<Request>().ip ?? '');
    }
    return next.handle();
  }
}

/**
 * A form post from a privacy center page: after `upload` (a multipart form's parser), the form
 * token, then the hourly limit on the sender's address, in that order, before the handler runs.
 */
export function FormPost(
  limit: AddressLimit,
  upload?: Type<NestInterceptor> | NestInterceptor,
): MethodDecorator {
  return applyDecorators(
    SetMetadata(ADDRESS_LIMIT_KEY, limit),
    UseInterceptors(...(upload ? [upload] : []), FormTokenInterceptor, AddressLimitInterceptor),
  );
}
