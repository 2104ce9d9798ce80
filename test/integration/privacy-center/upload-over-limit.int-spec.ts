import { Socket, connect } from 'node:net';
import type { Server } from 'node:http';
import { TestApi, startTestApi } from '../../support/api-app';
import { listenOnLoopback, waitFor } from '../../support/raw-http';

const BOUNDARY = 'rightsdesk-upload-test';
const FILE_BYTES = 4_900_000;
/** What the sender sends before waiting for an answer: the headers and a sliver of the file. */
const FIRST_BYTES = 64 * 1024;

/** A multipart request form carrying a 4.9 MB scanned authorization, as raw bytes on the wire. */
function uploadRequest(port: number): { head: Buffer; body: Buffer } {
  const body = Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="agent.authorization"; ` +
        `filename="scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-`,
    ),
    Buffer.alloc(FILE_BYTES, 0x41),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
  const head = Buffer.from(
    `POST /requests/new/access HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
      `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\n` +
      `Content-Length: ${body.length}\r\n\r\n`,
  );
  return { head, body };
}

describe('an address over its hourly limit sending large uploads', () => {
  let api: TestApi;
  let port: number;
  const bytesReadFromSender: Socket[] = [];

  beforeAll(async () => {
    api = await startTestApi({ RATE_LIMIT_SUBMIT_PER_IP: '1' });
    const server = api.app.getHttpServer() as Server;
    server.on('connection', (socket: Socket) => bytesReadFromSender.push(socket));
    port = await listenOnLoopback(server);
  });
  afterAll(() => api.close());

  it('gets 429 after the headers and the connection closed, without the api reading the files', async () => {
    // The address's one submission this hour (a form without its token: refused, but counted).
    const first = connect(port, '127.0.0.1');
    const small = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="email"\r\n\r\na@example.org\r\n--${BOUNDARY}--\r\n`;
    first.write(
      `POST /requests/new/access HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n` +
        `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${small.length}\r\n\r\n${small}`,
    );
    expect(await waitFor(first, 'answer to the first form', () => false)).toMatch(/^HTTP\/1.1 400/);

    const attempts = 10;
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      const { head, body } = uploadRequest(port);
      const sender = connect(port, '127.0.0.1');
      sender.on('error', () => undefined); // the server may reset what we keep sending
      const startedAt = Date.now();
      sender.write(Buffer.concat([head, body.subarray(0, FIRST_BYTES)]));
      const answer = await waitFor(sender, '429 while the upload was being sent', (seen) =>
        seen.includes('\r\n\r\n'),
      );
      expect(answer).toMatch(/^HTTP\/1.1 429/);
      expect(answer).toMatch(/\r\nConnection: close\r\n/i);
      expect(answer).toMatch(/\r\nRetry-After: \d+\r\n/i);
      expect(Date.now() - startedAt).toBeLessThan(2_000);
      // The server hangs up although most of the file was never sent.
      await waitFor(sender, 'server closing the connection', () => false);
      sender.destroy();
    }
    const read = bytesReadFromSender.reduce((total, socket) => total + socket.bytesRead, 0);
    // Ten 4.9 MB files offered; the api read little more than the slivers sent before the answer.
    expect(read).toBeLessThan(attempts * (FIRST_BYTES + 16 * 1024) + 4096);
  });
});
