import type { WebhookSystem } from '@rightsdesk/data-map';

/** Where a webhook system's recipient is told, and the secret both sides sign with. */
export interface WebhookEndpoint {
  url: URL;
  secret: string;
}

export interface WebhookEndpoints {
  /** Per system name, the systems whose variables are both set and valid. */
  endpoints: Record<string, WebhookEndpoint>;
  /** Systems whose variables are unset: their steps become manual tasks. */
  unset: Array<{ system: string; variables: string[] }>;
  /** Variables that are set but wrong: start-up refuses them. */
  problems: Array<{ variable: string; message: string }>;
}

/** A signing secret shorter than this is guessable; `openssl rand -hex 32` gives 64. */
export const MIN_WEBHOOK_SECRET_LENGTH = 32;

/**
 * Reads each webhook system's URL and secret from the variables the map names. Plain http is
 * refused unless private networks are allowed (development and tests): the body names a person.
 */
export function resolveWebhookEndpoints(
  systems: ReadonlyArray<WebhookSystem & { name: string }>,
  env: Readonly<Record<string, string | undefined>>,
  allowPrivate: boolean,
): WebhookEndpoints {
  const result: WebhookEndpoints = { endpoints: {}, unset: [], problems: [] };
  for (const system of systems) {
    const url = env[system.url_env]?.trim();
    const secret = env[system.secret_env]?.trim();
    const missing = [...(url ? [] : [system.url_env]), ...(secret ? [] : [system.secret_env])];
    if (missing.length > 0) {
      result.unset.push({ system: system.name, variables: missing });
      continue;
    }
    const parsed = URL.canParse(url as string) ? new URL(url as string) : undefined;
    const problem = (variable: string, message: string) =>
      result.problems.push({ variable, message });
    if (!parsed || !['https:', 'http:'].includes(parsed.protocol)) {
      problem(system.url_env, `must be an https:// URL (system "${system.name}")`);
    } else if (parsed.protocol === 'http:' && !allowPrivate) {
      problem(
        system.url_env,
        `must be an https:// URL (system "${system.name}"); plain http only with WEBHOOK_ALLOW_PRIVATE=true, for development and tests`,
      );
    } else if (parsed.username || parsed.password) {
      problem(system.url_env, `must not hold a user name or password (system "${system.name}")`);
    } else if ((secret as string).length < MIN_WEBHOOK_SECRET_LENGTH) {
      problem(
        system.secret_env,
        `must be at least ${MIN_WEBHOOK_SECRET_LENGTH} characters, e.g. from "openssl rand -hex 32" (system "${system.name}")`,
      );
    } else {
      result.endpoints[system.name] = { url: parsed, secret: secret as string };
    }
  }
  return result;
}
