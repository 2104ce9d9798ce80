import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
  Type,
  UseInterceptors,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { AddressLimit, AddressLimited } from './address-limit.guard';
import { PageRequest } from './page.decorator';
import { PageContext, checkFormToken } from './page-context';
import { PageFormResult } from './page-form';
import { RequestRateLimits } from './request-rate-limits';

/** The per-hour limits on one email address that a well-filled form may count against. */
export type EmailLimit = 'submitForEmail';

/** Reads a posted page form: its data, or the page's error list (as parsePageForm gives). */
export type PostedFormReader<T> = (request: Request, page: PageContext) => PageFormResult<T>;

interface PostedFormDeclaration<T> {
  read: PostedFormReader<T>;
  emailLimit?: { limit: EmailLimit; of: (form: T) => string };
}

interface PostedFormRequest extends PageRequest {
  postedForm?: PageFormResult<unknown>;
}

const POSTED_FORM_KEY = 'rightsdesk:posted-form';

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

/**
 * Reads the form for the handler (@PostedForm()) and, once it reads well, counts it against the
 * hourly limit on the email address it names: a form with mistakes costs the address nothing,
 * so a person fixing a typo is never locked out (429 once over it; see RequestRateLimits).
 */
@Injectable()
export class PostedFormInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RequestRateLimits,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const declared = this.reflector.get<PostedFormDeclaration<unknown> | undefined>(
      POSTED_FORM_KEY,
      context.getHandler(),
    );
    if (declared) {
      const request = context.switchToHttp().getRequest<PostedFormRequest>();
      if (!request.pageContext) throw new Error('a posted form needs @Pages() on the controller');
      const form = declared.read(request, request.pageContext());
      request.postedForm = form;
      if (form.ok && declared.emailLimit) {
        await this.limits[declared.emailLimit.limit](declared.emailLimit.of(form.data));
      }
    }
    return next.handle();
  }
}

export interface FormPostOptions<T> {
  /** A multipart form's parser (an upload interceptor), run before anything reads the form. */
  upload?: Type<NestInterceptor> | NestInterceptor;
  /** Reads the form before the handler runs; the handler takes the result with @PostedForm(). */
  form?: PostedFormReader<T>;
  /** The hourly limit on the email address the form names, counted once the form reads well. */
  emailLimit?: { limit: EmailLimit; of: (form: T) => string };
}

/**
 * A form post from a privacy center page: the hourly limit on the sender's address before
 * anything reads the body, then `upload` (a multipart form's parser), the form token, the form
 * read with `form` and the hourly limit on the email address it names, in that order.
 */
export function FormPost<T>(
  limit: AddressLimit,
  options: FormPostOptions<T> = {},
): MethodDecorator {
  const { upload, form, emailLimit } = options;
  if (emailLimit && !form) throw new Error('an email limit needs the form that names the address');
  const declared: PostedFormDeclaration<T> | undefined = form && { read: form, emailLimit };
  return applyDecorators(
    AddressLimited(limit),
    ...(declared ? [SetMetadata(POSTED_FORM_KEY, declared)] : []),
    UseInterceptors(
      ...(upload ? [upload] : []),
      FormTokenInterceptor,
      ...(declared ? [PostedFormInterceptor] : []),
    ),
  );
}

/** The form read by @FormPost({ form }): its data, or the errors to show beside the fields. */
export const PostedForm = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const form = context.switchToHttp().getRequest<PostedFormRequest>().postedForm;
  if (!form) throw new Error('@PostedForm() needs @FormPost(limit, { form }) on the handler');
  return form;
});
