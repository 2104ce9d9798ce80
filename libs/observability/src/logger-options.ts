import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Options } from 'pino-http';
import { REDACTED_PATHS } from './redaction';

/** pino-http options: JSON lines, a correlation id per request, no bodies, PII redacted. */
export function httpLoggerOptions(level: string): Options {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    serializers: {
      // Paths only: query strings may hold emails or codes.
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: withoutSecrets(req.url.split('?')[0]),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
  };
}

/** Privacy-center pages carry the person's secret token in the path; it never reaches a log. */
export function withoutSecrets(path: string): string {
  return path.replace(
    /^\/(status|verify\/link|verify|console\/password\/reset)\/[^/]+/,
    '/$1/[token]',
  );
}
