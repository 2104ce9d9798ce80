import type { NextFunction, Request, Response } from 'express';
import { DomainError, malformedTextPath } from '@rightsdesk/domain';

/** Input holding malformed text; a person's page says so in their language. */
export class MalformedTextError extends DomainError {
  constructor(readonly path: string) {
    const message =
      `"${path}" holds a character that cannot be taken in (a NUL character, half of a ` +
      `surrogate pair or bytes that are not UTF-8). Remove it and send again.`;
    super('invalid_input', message, [{ path, message }]);
    this.name = 'MalformedTextError';
  }
}

/**
 * Refuses input holding malformed text with a 400 that names where it is, before any handler
 * reads it: such text would otherwise fail deep in a write, or be stored altered.
 */
export function refuseMalformedText(parts: Record<string, unknown>): void {
  const path = malformedTextPath(parts);
  if (path) throw new MalformedTextError(path);
}

/** The path's segments as the router will decode them; a broken %-escape reads as malformed. */
function decodedPath(path: string): string[] {
  return path.split('/').map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return '\uFFFD';
    }
  });
}

/**
 * Middleware: the decoded path and the query string of every request, for every surface. Bodies
 * are read later, once the route's address limit has let them through, and checked as they are
 * parsed (RequestBodyGuard for JSON and forms, Upload for multipart forms).
 */
export function wellFormedInput(request: Request, _response: Response, next: NextFunction): void {
  refuseMalformedText({ path: decodedPath(request.path), query: request.query as unknown });
  next();
}
