import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, DomainErrorCode } from '@rightsdesk/domain';
import { STAFF_ROLE_LABELS, durationInWords, rolesInWords } from '@rightsdesk/staff';
import {
  StaffFormExpired,
  StaffRequest,
  StaffRoleRefused,
  StaffSignInRequired,
} from '../console/console-access';
import { consolePage, consoleRedirect } from './console-response';
import { html, renderConsolePage, renderSignedOutPage } from '../console/views/console-layout';

const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 403,
  forbidden: 403,
  not_found: 404,
  invalid_state: 409,
  gone: 410,
  rate_limited: 429,
  unavailable: 503,
};

interface ConsoleError {
  status: number;
  title: string;
  message: string;
}

/**
 * Errors on console pages: a signed-out visitor goes to the sign-in page; everything else is an
 * HTML page in the console's layout that says what happened and what to do, never a stack.
 */
@Catch()
export class ConsoleErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('console');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<StaffRequest>();
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    if (exception instanceof StaffSignInRequired) {
      void consoleRedirect(`/console/sign-in?next=${encodeURIComponent(exception.next)}`).send(
        response,
      );
      return;
    }
    const error = consoleErrorOf(exception, request);
    // A DomainError (an outage, 503) was expected and is logged where it was recognised.
    if (error.status >= 500 && !(exception instanceof DomainError)) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    if (exception instanceof DomainError && exception.retryAfterSeconds) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    const body = html`<p>${error.message}</p>
      <p>
        <a href="${request.staff ? '/console' : '/console/sign-in'}"
          >${request.staff ? 'Back to the console' : 'Go to the sign-in page'}</a
        >
      </p>`;
    const page = request.staff
      ? renderConsolePage({ title: error.title, staff: request.staff, body })
      : renderSignedOutPage({ title: error.title, body });
    void consolePage(page, error.status).send(response);
  }
}

function consoleErrorOf(exception: unknown, request: StaffRequest): ConsoleError {
  if (exception instanceof StaffRoleRefused) {
    const yours = request.staff ? STAFF_ROLE_LABELS[request.staff.role] : 'none';
    return {
      status: 403,
      title: 'Not allowed for your role',
      message: `This page needs the ${rolesInWords(exception.allowed)} role. Your role is ${yours}; ask an admin if you need it.`,
    };
  }
  if (exception instanceof StaffFormExpired) {
    return { status: 403, title: 'Form expired', message: exception.message };
  }
  if (exception instanceof DomainError) {
    const status = STATUS_BY_CODE[exception.code];
    const retry =
      exception.retryAfterSeconds && !/again in/.test(exception.message)
        ? ` Try again in ${durationInWords(exception.retryAfterSeconds)}.`
        : '';
    return { status, title: titleFor(status), message: `${exception.message}${retry}` };
  }
  const { type } = (exception ?? {}) as { type?: unknown };
  if (type === 'entity.too.large') {
    return { status: 413, title: 'Too large', message: 'What you sent is too large.' };
  }
  if (typeof type === 'string') {
    return { status: 400, title: 'Not understood', message: 'The form could not be read.' };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status === 404) {
      return {
        status,
        title: 'Page not found',
        message: 'There is no console page at this address.',
      };
    }
    if (status < 500) {
      return { status, title: titleFor(status), message: 'The request could not be handled.' };
    }
  }
  return {
    status: 500,
    title: 'Something went wrong',
    message:
      'Something went wrong on our side; nothing was changed by this page. Try again shortly.',
  };
}

function titleFor(status: number): string {
  const titles: Record<number, string> = {
    400: 'Check what you entered',
    403: 'Not allowed',
    404: 'Not found',
    409: 'Not possible now',
    410: 'No longer available',
    429: 'Too many attempts',
    503: 'Unavailable for a moment',
  };
  return titles[status] ?? 'Something went wrong';
}
