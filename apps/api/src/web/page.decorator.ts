import {
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  UseGuards,
  createParamDecorator,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { PageContext, pageContext } from './page-context';

/** A request on a @Pages() controller: its page context, built on first use. */
export interface PageRequest extends Request {
  pageContext?: () => PageContext;
}

/**
 * Gives every handler of the controller its page context (language, form token), built once and
 * only when something asks for it (@Page(), a form post's token check): a handler that never
 * asks sets no cookie, and one behind an upload reads the form's `lang` after the upload parsed.
 */
@Injectable()
export class PageContextGuard implements CanActivate {
  /** Cookies get `Secure` when the site is served over https. */
  private readonly secure: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secure = config.PUBLIC_URL.startsWith('https:');
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<PageRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    let built: PageContext | undefined;
    request.pageContext = () => (built ??= pageContext(request, response, this.secure));
    return true;
  }
}

/** A controller of pages for people's browsers: its handlers may take @Page(). */
export const Pages = (): ClassDecorator & MethodDecorator => UseGuards(PageContextGuard);

/** The page context (the person's language, messages and form token) of a @Pages() handler. */
export const Page = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<PageRequest>();
  if (!request.pageContext) throw new Error('@Page() needs @Pages() on the controller');
  return request.pageContext();
});

/** The page context on demand, for a handler that may answer first without one (a redirect). */
export const PageOnDemand = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<PageRequest>();
  const build = request.pageContext;
  if (!build) throw new Error('@PageOnDemand() needs @Pages() on the controller');
  return build;
});
