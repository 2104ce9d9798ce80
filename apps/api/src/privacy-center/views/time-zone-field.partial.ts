import { SafeHtml, html, raw } from '@rightsdesk/html';

/**
 * The one script the privacy center runs: it fills the form's hidden `timeZone` field with the
 * browser's IANA zone, so dates on the person's status page and in their notices are shown in
 * their own clock. Without script the field stays empty and the company's zone is used. The
 * Content-Security-Policy allows exactly this text, by hash.
 */
export const TIME_ZONE_SCRIPT =
  "try{document.getElementById('time-zone').value=Intl.DateTimeFormat().resolvedOptions().timeZone||''}catch(e){}";

export function timeZoneField(values?: Readonly<Record<string, unknown>>): SafeHtml {
  const posted = typeof values?.timeZone === 'string' ? values.timeZone : '';
  // raw(): the constant above, never input; built as one string so its bytes match the CSP hash.
  const script = raw(`<script>${TIME_ZONE_SCRIPT}</script>`);
  return html`<input type="hidden" id="time-zone" name="timeZone" value="${posted}" />${script}`;
}
