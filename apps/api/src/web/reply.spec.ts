import type { CookieOptions, Response } from 'express';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { html } from '@rightsdesk/html';
import { FileReply, HtmlReply, JsonReply, RedirectReply, ReplyingExpressAdapter } from './reply';

/**
 * What an Express response was told, in order: a writable that collects the bytes written to
 * it, with the few Express methods a Reply calls, each recorded instead of sent.
 */
class FakeResponse extends Writable {
  readonly calls: string[] = [];
  readonly headers: Record<string, string> = {};
  readonly cookies: Array<{ name: string; value?: string; options: CookieOptions }> = [];
  readonly chunks: Buffer[] = [];
  statusCode = 0;
  body: unknown;

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.chunks.push(chunk);
    done();
  }

  getHeader(name: string): string | undefined {
    return this.headers[name];
  }
  setHeader(name: string, value: string): this {
    this.calls.push(`header ${name}`);
    this.headers[name] = value;
    return this;
  }
  cookie(name: string, value: string, options: CookieOptions): this {
    this.calls.push(`cookie ${name}`);
    this.cookies.push({ name, value, options });
    return this;
  }
  clearCookie(name: string, options: CookieOptions): this {
    this.calls.push(`clear ${name}`);
    this.cookies.push({ name, options });
    return this;
  }
  status(code: number): this {
    this.calls.push(`status ${code}`);
    this.statusCode = code;
    return this;
  }
  type(type: string): this {
    this.calls.push(`type ${type}`);
    return this;
  }
  send(body: unknown): this {
    this.calls.push('send');
    this.body = body;
    return this;
  }
  json(body: unknown): this {
    this.calls.push('json');
    this.body = body;
    return this;
  }
  redirect(status: number, location: string): void {
    this.calls.push(`redirect ${status} ${location}`);
  }
  override end(body?: unknown): this {
    this.calls.push('end');
    if (Buffer.isBuffer(body)) this.chunks.push(body);
    return super.end();
  }

  get sent(): string {
    return Buffer.concat(this.chunks).toString();
  }
  get express(): Response {
    return this as unknown as Response;
  }
}

const HEADERS = { 'Cache-Control': 'no-store', 'X-Frame-Options': 'DENY' };

describe(HtmlReply.name, () => {
  it('sends its headers, cookies and status before the page', () => {
    const response = new FakeResponse();
    void new HtmlReply(html`<p>${'Tom & Jerry'}</p>`, 400, HEADERS)
      .withCookie('rd_lang', 'es', { httpOnly: true, path: '/' })
      .clearingCookie('rd_flash', { path: '/console' })
      .send(response.express);

    expect(response.calls).toEqual([
      'header Cache-Control',
      'header X-Frame-Options',
      'cookie rd_lang',
      'clear rd_flash',
      'status 400',
      'type html',
      'send',
    ]);
    expect(response.headers).toEqual(HEADERS);
    expect(response.cookies).toEqual([
      { name: 'rd_lang', value: 'es', options: { httpOnly: true, path: '/' } },
      { name: 'rd_flash', options: { path: '/console' } },
    ]);
    expect(response.body).toBe('<p>Tom &amp; Jerry</p>');
  });
});

describe(RedirectReply.name, () => {
  it('sees the browser on to the next page with a 303 and its cookie', () => {
    const response = new FakeResponse();
    void new RedirectReply('/status/abc', HEADERS)
      .withCookie('rd_download', 'grant', { sameSite: 'strict', path: '/status/abc/download' })
      .send(response.express);

    expect(response.calls.slice(-3)).toEqual([
      'cookie rd_download',
      'status 303',
      'redirect 303 /status/abc',
    ]);
    expect(response.headers).toEqual(HEADERS);
  });

  it('takes another status when asked', () => {
    const response = new FakeResponse();
    void new RedirectReply('/elsewhere', {}, 302).send(response.express);
    expect(response.calls).toEqual(['status 302', 'redirect 302 /elsewhere']);
  });
});

describe(JsonReply.name, () => {
  it('sends its body with its own status', () => {
    const response = new FakeResponse();
    void new JsonReply({ status: 'down' }, 503).send(response.express);
    expect(response.calls).toEqual(['status 503', 'json']);
    expect(response.body).toEqual({ status: 'down' });
  });
});

describe(FileReply.name, () => {
  it('sends a buffer whole, with its length, as an attachment never stored', () => {
    const response = new FakeResponse();
    const body = Buffer.from('%PDF-1.7 letter');
    const sent = new FileReply(body, { contentType: 'application/pdf', fileName: 'RD-1.pdf' }).send(
      response.express,
    );

    expect(sent).toBeInstanceOf(Promise);
    expect(response.statusCode).toBe(200);
    expect(response.headers).toEqual({
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'attachment; filename="RD-1.pdf"',
      'Content-Length': String(body.length),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    expect(response.calls.slice(-2)).toEqual(['status 200', 'end']);
    expect(response.sent).toBe('%PDF-1.7 letter');
  });

  it('draws a streamed body while it is sent, with no length unless told one', async () => {
    const response = new FakeResponse();
    const parts = ['PK', 'zip'];
    const reply = new FileReply((out) => pipeline(Readable.from(parts), out), {
      contentType: 'application/zip',
      fileName: 'RD-2.zip',
    });

    await reply.send(response.express);

    expect(response.headers).toEqual({
      'Content-Type': 'application/zip',
      'Content-Disposition': 'attachment; filename="RD-2.zip"',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    expect(response.sent).toBe('PKzip');
    expect(response.writableFinished).toBe(true);

    // A package's size is known before it is decrypted: its page sends the length itself.
    const sized = new FakeResponse();
    await new FileReply((out) => pipeline(Readable.from(parts), out), {
      contentType: 'application/zip',
      headers: { 'Content-Length': '5', 'Referrer-Policy': 'no-referrer' },
    }).send(sized.express);
    expect(sized.headers).toMatchObject({
      'Content-Length': '5',
      'Referrer-Policy': 'no-referrer',
    });
  });

  it('shows an inline copy with no name and no attachment', () => {
    const response = new FakeResponse();
    void new FileReply(Buffer.from('x'), { contentType: 'image/png', disposition: 'inline' }).send(
      response.express,
    );
    expect(response.headers['Content-Disposition']).toBeUndefined();

    const named = new FakeResponse();
    void new FileReply(Buffer.from('x'), {
      contentType: 'application/pdf',
      fileName: 'copy.pdf',
      disposition: 'inline',
    }).send(named.express);
    expect(named.headers['Content-Disposition']).toBe('inline; filename="copy.pdf"');
  });

  it('lets a failure midway reach the caller, so the connection is ended, not finished', async () => {
    const response = new FakeResponse();
    const broken = new Readable({
      read() {
        this.destroy(new Error('decryption failed'));
      },
    });
    const reply = new FileReply((out) => pipeline(broken, out), { contentType: 'application/zip' });

    await expect(reply.send(response.express)).rejects.toThrow('decryption failed');
    expect(response.destroyed).toBe(true);
    expect(response.writableFinished).toBe(false);
  });
});

describe(ReplyingExpressAdapter.name, () => {
  it('sends a Reply itself and leaves any other answer to Express', () => {
    const adapter = new ReplyingExpressAdapter();
    const page = new FakeResponse();
    adapter.reply(page.express, new JsonReply({ ok: true }, 202), 201);
    expect(page.calls).toEqual(['status 202', 'json']);

    const plain = new FakeResponse();
    adapter.reply(plain.express, { ok: true }, 201);
    expect(plain.statusCode).toBe(201);
    expect(plain.body).toEqual({ ok: true });
  });
});
