import { CanActivate, ExecutionContext } from '@nestjs/common';
import { Request, RequestHandler, Response, json, urlencoded } from 'express';
import { refuseMalformedText } from './well-formed-text';

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
function bodyParsers(limit: number): RequestHandler[] {
  // The bytes as received are kept: a signed callback is checked over them, not a re-encoding.
  const keepRawBody = (request: Request, _response: Response, buffer: Buffer) => {
    (request as RawBodyRequest).rawBody = buffer;
  };
  return [json({ limit, verify: keepRawBody }), urlencoded({ limit, extended: false })];
}

/**
 * Reads a JSON or form body, once the route is known and AddressLimitGuard (a global guard
 * registered before this one) has let the post through: an address over its limit is answered
 * before a byte of its body is read. A guard rather than middleware for that reason; the guards
 * of a controller or handler (a staff form's token) run after it and read the parsed body.
 * Multipart forms are parsed later still, by their upload interceptor (see Upload).
 */
export class RequestBodyGuard implements CanActivate {
  private readonly parsers: RequestHandler[];

  constructor(limit: number) {
    this.parsers = bodyParsers(limit);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    for (const parser of this.parsers) {
      await new Promise<void>((resolve, reject) =>
        parser(request, response, (error?: unknown) => {
          if (!error) return resolve();
          const { type, limit: max } = error as { type?: string; limit?: number };
          reject(type ? new BodyParseError(type, max) : (error as Error));
        }),
      );
    }
    refuseMalformedText({ body: request.body as unknown });
    return true;
  }
}
