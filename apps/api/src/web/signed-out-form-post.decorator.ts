import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
  UseInterceptors,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Observable } from 'rxjs';
import { AddressLimit, AddressLimitRefused } from './address-limit.guard';
import { PageRequest } from './page.decorator';
import { formTokenMatches } from './page-context';
import { RequestRateLimits } from './request-rate-limits';

const ADDRESS_LIMIT_KEY = 'rightsdesk:signed-out-form-limit';

interface SignedOutFormRequest extends PageRequest {
  formExpired?: boolean;
}

/**
 * Checks the double-submit form token of a console form posted before a session exists, then,
 * for a form that carried it, counts the post against its address's hourly limit (429 once over
 * it; an address already over it was refused before its body was read, by AddressLimitGuard). The page context is built first, as the pages always did, so its cookies go out either
 * way. A stale or forged form is not refused here but handed to the handler (@FormExpired()),
 * which shows the same form again with its 403 message: only the handler knows that form.
 */
@Injectable()
export class SignedOutFormInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RequestRateLimits,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<SignedOutFormRequest>();
    request.pageContext?.();
    request.formExpired = !formTokenMatches(request);
    const limit = this.reflector.get<AddressLimit | undefined>(
      ADDRESS_LIMIT_KEY,
      context.getHandler(),
    );
    if (limit && !request.formExpired) await this.limits.fromAddress(limit, request.ip ?? '');
    return next.handle();
  }
}

/**
 * A console form posted without a session (signing in, a forgotten password, an invitation's
 * password), on a @Pages() controller: the form token, then `limit` if given; see
 * SignedOutFormInterceptor.
 */
export function SignedOutFormPost(limit?: AddressLimit): MethodDecorator {
  return applyDecorators(
    ...(limit ? [AddressLimitRefused(limit)] : []),
    SetMetadata(ADDRESS_LIMIT_KEY, limit),
    UseInterceptors(SignedOutFormInterceptor),
  );
}

/** Whether a @SignedOutFormPost() form came without its cookie's token (stale or forged). */
export const FormExpired = createParamDecorator(
  (_data: unknown, context: ExecutionContext): boolean => {
    const expired = context.switchToHttp().getRequest<SignedOutFormRequest>().formExpired;
    if (expired === undefined) throw new Error('@FormExpired() needs @SignedOutFormPost()');
    return expired;
  },
);
