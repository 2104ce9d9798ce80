import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, DomainErrorCode } from '@rightsdesk/domain';
import { dictionaryFor } from '../privacy-center/i18n/dictionaries';
import { pageLanguage } from './page-context';
import { page } from './page-response';
import { retryInWords } from '../privacy-center/views/date-words';
import { ErrorPageKind, errorPage } from '../privacy-center/views/error.page';
import { MalformedTextError } from './well-formed-text';

interface PageError {
  status: number;
  kind: ErrorPageKind;
  retryAfterSeconds?: number;
}

const BY_CODE: Record<DomainErrorCode, PageError> = {
  invalid_input: { status: 400, kind: 'badRequest' },
  unauthenticated: { status: 403, kind: 'badRequest' },
  forbidden: { status: 403, kind: 'badRequest' },
  not_found: { status: 404, kind: 'notFound' },
  invalid_state: { status: 409, kind: 'conflict' },
  gone: { status: 410, kind: 'gone' },
  rate_limited: { status: 429, kind: 'tooManyRequests' },
  unavailable: { status: 503, kind: 'unavailable' },
};

/**
 * Errors on the privacy center's pages as HTML pages in the person's language: what happened
 * and what to do, never a stack trace. Bad input of any kind (a malformed or oversized body, a
 * broken upload) is a 4xx; only a fault on our side is a 500, and its detail goes to the log.
 */
@Catch()
export class PrivacyCenterErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('privacy-center');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const error = pageErrorOf(exception);
    // A DomainError (an outage, 503) was expected and is logged where it was recognised.
    if (error.status >= 500 && !(exception instanceof DomainError)) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    if (response.headersSent) return;
    const language = pageLanguage(request);
    if (error.retryAfterSeconds) {
      response.setHeader('Retry-After', String(error.retryAfterSeconds));
    }
    const html = errorPage(
      {
        kind: error.kind,
        path: request.originalUrl.split('?')[0],
        retryWhen: error.retryAfterSeconds
          ? retryInWords(error.retryAfterSeconds, language)
          : undefined,
      },
      dictionaryFor(language),
    );
    void page(html, { status: error.status }).send(response);
  }
}

export function pageErrorOf(exception: unknown): PageError {
  if (exception instanceof MalformedTextError) return { status: 400, kind: 'malformedText' };
  if (exception instanceof DomainError) {
    return { ...BY_CODE[exception.code], retryAfterSeconds: exception.retryAfterSeconds };
  }
  const { type, storageErrors } = (exception ?? {}) as { type?: unknown; storageErrors?: unknown };
  // body-parser marks its errors with a type; multer marks every upload error with storageErrors.
  if (type === 'entity.too.large') return { status: 413, kind: 'tooLarge' };
  if (typeof type === 'string' || Array.isArray(storageErrors)) {
    return { status: 400, kind: 'badRequest' };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status === 404) return { status, kind: 'notFound' };
    if (status === 413) return { status, kind: 'tooLarge' };
    if (status >= 400 && status < 500) return { status, kind: 'badRequest' };
  }
  return { status: 500, kind: 'generic' };
}
