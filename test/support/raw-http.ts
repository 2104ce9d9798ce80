import { Socket, connect } from 'node:net';
import type { Server } from 'node:http';

/** Starts `server` on a free port of 127.0.0.1, so every raw or fetch client is one address. */
export async function listenOnLoopback(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

/** Resolves with what the server answered so far once `done` says enough, or fails naming it. */
export function waitFor(
  socket: Socket,
  what: string,
  done: (seen: string) => boolean,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`no ${what} within 5 s (got ${JSON.stringify(seen.slice(0, 80))})`)),
      5_000,
    );
    const finish = () => {
      clearTimeout(timer);
      resolve(seen);
    };
    socket.on('data', (chunk: Buffer) => {
      seen += chunk.toString('latin1');
      if (done(seen)) finish();
    });
    socket.on('close', finish);
  });
}

export interface PartlySentAnswer {
  /** The status line and headers, as received. */
  head: string;
  /** Milliseconds from the first byte sent to the end of the answer's headers. */
  answeredInMs: number;
  /** Whether the server hung up, though most of the body was never sent. */
  closedByServer: boolean;
}

/**
 * Sends a request's headers and the first `sentBytes` of its body, then waits: for the answer's
 * headers, then for the server to hang up (or not, within 5 s).
 */
export async function sendPartly(
  port: number,
  head: string,
  body: Buffer,
  sentBytes: number,
): Promise<PartlySentAnswer> {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined); // the server may reset what we keep sending
  const startedAt = Date.now();
  socket.write(
    Buffer.concat([
      Buffer.from(`${head}\r\nContent-Length: ${body.length}\r\n\r\n`),
      body.subarray(0, sentBytes),
    ]),
  );
  const answer = await waitFor(socket, 'answer while the body was being sent', (seen) =>
    seen.includes('\r\n\r\n'),
  );
  const answeredInMs = Date.now() - startedAt;
  let closedByServer = true;
  await waitFor(socket, 'server closing the connection', () => false).catch(() => {
    closedByServer = false;
  });
  socket.destroy();
  return { head: answer.split('\r\n\r\n')[0], answeredInMs, closedByServer };
}
