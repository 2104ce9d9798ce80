import { ExpressAdapter } from '@nestjs/platform-express';
import type { CookieOptions, Response } from 'express';
import type { Writable } from 'node:stream';
import { SafeHtml } from '@rightsdesk/html';

type Headers = Readonly<Record<string, string>>;

/**
 * What a page or download handler returns instead of writing to `@Res()`: the status, headers,
 * cookies and body of one response, sent by the HTTP adapter (ReplyingExpressAdapter). A handler
 * can then be read, and called in a test, as a function from its input to its answer.
 */
export abstract class Reply {
  private readonly cookies: Array<{ name: string; value?: string; options: CookieOptions }> = [];

  protected constructor(
    readonly status: number,
    readonly headers: Headers,
  ) {}

  /** Sets a cookie with the reply (for example the grant of a download). */
  withCookie(name: string, value: string, options: CookieOptions): this {
    this.cookies.push({ name, value, options });
    return this;
  }

  /** Removes a cookie with the reply (for example a message already shown). */
  clearingCookie(name: string, options: CookieOptions): this {
    this.cookies.push({ name, options });
    return this;
  }

  /** Writes the reply; a promise for bodies drawn while they are sent. */
  send(response: Response): void | Promise<void> {
    for (const [name, value] of Object.entries(this.headers)) response.setHeader(name, value);
    for (const { name, value, options } of this.cookies) {
      if (value === undefined) response.clearCookie(name, options);
      else response.cookie(name, value, options);
    }
    response.status(this.status);
    return this.writeBody(response);
  }

  protected abstract writeBody(response: Response): void | Promise<void>;
}

/** An HTML page. */
export class HtmlReply extends Reply {
  constructor(
    readonly page: SafeHtml,
    status: number,
    headers: Headers,
  ) {
    super(status, headers);
  }

  protected writeBody(response: Response): void {
    response.type('html').send(this.page.toString());
  }
}

/** A redirect: 303 after a form post, so reloading the next page never re-posts the form. */
export class RedirectReply extends Reply {
  constructor(
    readonly location: string,
    headers: Headers,
    status = 303,
  ) {
    super(status, headers);
  }

  protected writeBody(response: Response): void {
    response.redirect(this.status, this.location);
  }
}

/** A JSON body with a status of its own (the health report's 200 or 503). */
export class JsonReply extends Reply {
  constructor(
    readonly body: unknown,
    status = 200,
    headers: Headers = {},
  ) {
    super(status, headers);
  }

  protected writeBody(response: Response): void {
    response.json(this.body);
  }
}

export interface FileReplyOptions {
  contentType: string;
  /** The name a browser saves it under; `inline` shows it in the browser instead. */
  fileName?: string;
  disposition?: 'attachment' | 'inline';
  /** Extra headers (for example a stricter Content-Security-Policy for an inline copy). */
  headers?: Headers;
}

/**
 * A file: a buffer sent whole with its length, or a body drawn while it is sent (chunked), so a
 * thousand letters never sit in memory at once. A failure midway ends the connection, so a
 * truncated file is never taken for a whole one.
 */
export class FileReply extends Reply {
  constructor(
    readonly body: Buffer | ((out: Writable) => Promise<void>),
    options: FileReplyOptions,
  ) {
    super(200, {
      'Content-Type': options.contentType,
      ...(options.fileName
        ? {
            'Content-Disposition': `${options.disposition ?? 'attachment'}; filename="${options.fileName}"`,
          }
        : {}),
      ...(Buffer.isBuffer(body) ? { 'Content-Length': String(body.length) } : {}),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...options.headers,
    });
  }

  protected async writeBody(response: Response): Promise<void> {
    if (Buffer.isBuffer(this.body)) {
      response.end(this.body);
      return;
    }
    await this.body(response);
  }
}

/** Nest's Express adapter, taught to send a handler's Reply; everything else as Nest does. */
export class ReplyingExpressAdapter extends ExpressAdapter {
  override reply(response: Response, body: unknown, statusCode?: number): unknown {
    if (body instanceof Reply) return body.send(response);
    return super.reply(response, body, statusCode);
  }
}
