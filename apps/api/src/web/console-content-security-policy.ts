import { createHash } from 'node:crypto';
import { CONSOLE_CSS } from '../console/views/console.styles';

const styleHash = createHash('sha256').update(CONSOLE_CSS).digest('base64');

/**
 * The console's Content-Security-Policy, built like the privacy center's: no script at all, only
 * the console stylesheet (by hash), forms posting back here only, never framed.
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${styleHash}'`,
  "img-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');
