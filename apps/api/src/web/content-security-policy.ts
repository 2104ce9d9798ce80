import { createHash } from 'node:crypto';
import { LAYOUT_CSS } from '../privacy-center/views/layout.styles';

const styleHash = createHash('sha256').update(LAYOUT_CSS).digest('base64');

/**
 * The Content-Security-Policy header the privacy center's pages can be served with: no script
 * at all, only the layout's own inline style (by hash), forms posting back to this site only.
 */
export const PRIVACY_CENTER_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${styleHash}'`,
  "img-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');
