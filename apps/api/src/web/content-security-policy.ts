import { createHash } from 'node:crypto';
import { LAYOUT_CSS } from '../privacy-center/views/layout.styles';
import { TIME_ZONE_SCRIPT } from '../privacy-center/views/time-zone-field.partial';

const styleHash = createHash('sha256').update(LAYOUT_CSS).digest('base64');
const scriptHash = createHash('sha256').update(TIME_ZONE_SCRIPT).digest('base64');

/**
 * The Content-Security-Policy header the privacy center's pages can be served with: only the
 * layout's own inline style and the form's one time-zone script (each by hash), forms posting
 * back to this site only.
 */
export const PRIVACY_CENTER_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${styleHash}'`,
  `script-src 'sha256-${scriptHash}'`,
  "img-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');
