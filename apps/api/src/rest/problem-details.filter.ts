import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, DomainErrorCode, FieldProblem } from '@rightsdesk/domain';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnreachable } from '@rightsdesk/persistence';
import { PrivacyCenterErrorFilter } from '../web/privacy-center-error.filter';
import { ConsoleErrorFilter } from '../web/console-error.filter';

/** The REST API and health answer in JSON; every other path is a page and gets an HTML error. */
const JSON_PATHS = /^\/(api|health)(\/|$)/;
/** Staff console pages get their errors in the console's layout. */
const CONSOLE_PATHS = /^\/console(\/|$)/;

const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_state: 409,
  gone: 410,
  rate_limited: 429,
  unavailable: 503,
};

interface Problem {
  status: number;
  title: string;
  detail: string;
  code: string;
  errors?: FieldProblem[];
}

/**
 * Every error leaves as an RFC 9457 problem document with a stable code and a message that says
 * what is wrong. Unknown errors become a 500 without a stack; their detail goes to the log only.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');
  private readonly pages = new PrivacyCenterErrorFilter();
  private readonly console = new ConsoleErrorFilter();

  catch(thrown: unknown, host: ArgumentsHost): void {
    const outage = isDatabaseUnreachable(thrown);
    if (outage) this.logger.warn(`database unreachable: ${(thrown as Error).message}`);
    const exception = outage ? DATABASE_OUTAGE : thrown;
    const request = host.switchToHttp().getRequest<Request>();
    if (CONSOLE_PATHS.test(request.path)) return this.console.catch(exception, host);
    if (!JSON_PATHS.test(request.path)) return this.pages.catch(exception, host);
    const response = host.switchToHttp().getResponse<Response>();
    const problem = this.toProblem(exception);
    if (exception instanceof DomainError && exception.retryAfterSeconds) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    if (problem.status >= 500 && !outage)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof DomainError) {
      const status = STATUS_BY_CODE[exception.code];
      return {
        status,
        title: titleFor(status),
        detail: exception.message,
        code: exception.code,
        ...(exception.fields.length ? { errors: exception.fields } : {}),
      };
    }
    const bodyParserProblem = fromBodyParser(exception);
    if (bodyParserProblem) return bodyParserProblem;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message =
        typeof body === 'object' && body && 'message' in body
          ? (body as { message: unknown }).message
          : body;
      return {
        status,
        title: titleFor(status),
        detail: Array.isArray(message) ? message.join('; ') : String(message),
        code: status === 404 ? 'not_found' : status >= 500 ? 'internal' : 'http_error',
      };
    }
    return {
      status: 500,
      title: titleFor(500),
      detail: 'Something went wrong on our side.',
      code: 'internal',
    };
  }
}

/**
 * A database that cannot be reached is an outage every surface reports the same way: 503 with
 * Retry-After and a message to try again, not a 500 that reads like a fault in our code.
 */
const DATABASE_OUTAGE = new DomainError(
  'unavailable',
  'Our database cannot be reached just now, so nothing was saved. Try again shortly.',
  [],
  DATABASE_RETRY_AFTER_SECONDS,
);

/** Express' body parser throws plain errors with a `type` for malformed or oversized bodies. */
function fromBodyParser(exception: unknown): Problem | null {
  const error = exception as { type?: string; status?: number; limit?: number };
  switch (error?.type) {
    case 'entity.parse.failed':
      return {
        status: 400,
        title: titleFor(400),
        detail: 'The request body is not valid JSON.',
        code: 'malformed_json',
      };
    case 'entity.too.large':
      return {
        status: 413,
        title: titleFor(413),
        detail: `The request body is larger than the ${error.limit} bytes allowed.`,
        code: 'body_too_large',
      };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return {
        status: 415,
        title: titleFor(415),
        detail: 'Send the body as UTF-8 JSON.',
        code: 'unsupported_encoding',
      };
    default:
      return null;
  }
}

function titleFor(status: number): string {
  const titles: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    410: 'Gone',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    503: 'Service Unavailable',
  };
  return titles[status] ?? 'Error';
}
