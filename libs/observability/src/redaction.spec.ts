import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACTED_PATHS } from './redaction';

describe('log redaction', () => {
  it('keeps personal data and secrets out of log lines', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);
    logger.info(
      {
        requestId: 'a5f0c1d2',
        email: 'zoe.angstrom@example.com',
        subject: { name: 'Zoë Ångström', phone: '+34612345678', email: 'zoe@example.com' },
        req: { headers: { authorization: 'Bearer secret-token', cookie: 'sid=abc' } },
      },
      'request received',
    );
    const line = lines.join('');
    expect(line).toContain('a5f0c1d2');
    for (const secret of [
      'zoe.angstrom@example.com',
      'Zoë',
      '+34612345678',
      'zoe@example.com',
      'secret-token',
      'sid=abc',
    ]) {
      expect(line).not.toContain(secret);
    }
  });
});
