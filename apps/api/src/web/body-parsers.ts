import { NextFunction, Request, RequestHandler, Response, json, urlencoded } from 'express';

/** A request whose JSON body's bytes are kept as received (for signature checks). */
export interface RawBodyRequest extends Request {
  rawBody?: Buffer;
}

/** A body the parser refused; carries body-parser's `type` for the problem filter. */
export class BodyParseError extends Error {
  constructor(
    readonly type: string,
    readonly limit?: number,
  ) {
    super(type);
    this.name = 'BodyParseError';
  }
}

/**
 * JSON and form parsers with a size limit. Nest turns body-parser's SyntaxError into a bare 400
 * that loses why; re-throwing it as BodyParseError lets the filter say exactly what is wrong.
 */
export function bodyParsers(limit: number): RequestHandler[] {
  // The bytes as received are kept: a signed callback is checked over them, not a re-encoding.
  const keepRawBody = (request: Request, _response: Response, buffer: Buffer) => {
    (request as RawBodyRequest).rawBody = buffer;
  };
  return [json({ limit, verify: keepRawBody }), urlencoded({ limit, extended: false })].map(
    (parser) => (request: Request, response: Response, next: NextFunction) =>
      parser(request, response, (error?: unknown) => {
        if (!error) return next();
        const { type, limit: max } = error as { type?: string; limit?: number };
        next(type ? new BodyParseError(type, max) : error);
      }),
  );
}
