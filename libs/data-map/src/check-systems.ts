import type { DataMap } from './data-map.schema';
import type { MapIssue } from './map-issue';
import { checkPersonSearch } from './person-search';

// A person's data is "disclosed to" the public, not handed to someone who can be told to act.
const TOLD_ROLES = new Set(['processor', 'controller', 'third_party']);

/**
 * Checks what each database finds people by (see personSearchOf), and the systems that are told
 * rather than queried: a webhook or manual task names a recipient from the catalogue who can act
 * on an instruction (GDPR Art. 19), and a webhook's URL and secret come from two different
 * variables.
 */
export function checkSystems(map: DataMap): MapIssue[] {
  const issues: MapIssue[] = [];
  for (const [name, system] of Object.entries(map.systems)) {
    if (system.connector === 'postgres') {
      issues.push(...checkPersonSearch(name, system));
      continue;
    }
    const at = ['systems', name];
    if (system.recipient !== undefined) {
      const recipient = map.recipients[system.recipient];
      const known = Object.keys(map.recipients).join(', ') || 'none';
      if (!recipient) {
        issues.push({
          path: [...at, 'recipient'],
          message: `"${system.recipient}" is not in recipients (known: ${known})`,
        });
      } else if (!TOLD_ROLES.has(recipient.role)) {
        issues.push({
          path: [...at, 'recipient'],
          message: `"${system.recipient}" has role "${recipient.role}"; only a processor, controller or third party can be told to act`,
        });
      }
    }
    if (system.connector === 'webhook' && system.url_env === system.secret_env) {
      issues.push({
        path: [...at, 'secret_env'],
        message: `must differ from url_env: the signing secret is not the URL`,
      });
    }
  }
  return issues;
}
