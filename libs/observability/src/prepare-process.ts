import { AppConfig, ConfigError, loadConfig } from '@rightsdesk/config';
import { resolveWebhookEndpoints, type WebhookEndpoint } from '@rightsdesk/connectors';
import { DataMap, DataMapInvalidError, readDataMapFile, systemsOf } from '@rightsdesk/data-map';
import { runMigrations } from '@rightsdesk/persistence';
import { ServiceUnreachableError, checkPostgres, checkRedis } from './service-preflight';

export interface PreparedProcess {
  config: AppConfig;
  dataMap: DataMap;
  /** Connection URL per data-map system, from the variable each system names. */
  connections: Record<string, string>;
  /** URL and signing secret per webhook system whose variables are set. */
  webhooks?: Record<string, WebhookEndpoint>;
}

/**
 * What both processes do before Nest starts: parse the configuration and the data map, check
 * that Postgres and Redis answer, and apply migrations. A problem ends the process with a line
 * that says what is wrong and how to fix it, not a stack trace.
 */
export async function prepareProcess(
  processName: string,
  env = process.env,
): Promise<PreparedProcess> {
  try {
    const config = loadConfig(env);
    const dataMap = await readDataMapFile(config.DATA_MAP_PATH).catch((error: unknown) => {
      if ((error as { code?: string }).code === 'ENOENT') {
        throw new ConfigError(
          'DATA_MAP_PATH',
          `names a file that does not exist ("${config.DATA_MAP_PATH}")`,
        );
      }
      throw error;
    });
    const connections = systemConnections(dataMap, config, env);
    const webhooks = resolveWebhookEndpoints(
      systemsOf(dataMap, 'webhook'),
      env,
      config.WEBHOOK_ALLOW_PRIVATE,
    );
    const [problem] = webhooks.problems;
    if (problem) throw new ConfigError(problem.variable, problem.message);
    await checkPostgres(adminUrl(config.DATABASE_URL), 'DATABASE_URL');
    await checkRedis(config.REDIS_URL, 'REDIS_URL');
    await runMigrations(config.DATABASE_URL);
    // Not an error: the recipient is still told, by staff (a manual task), never silently skipped.
    for (const { system, variables } of webhooks.unset) {
      process.stderr.write(
        `rightsdesk ${processName}: ${variables.join(' and ')} not set: the data map's webhook system "${system}" becomes a manual task (staff tell the recipient by other means)\n`,
      );
    }
    return { config, dataMap, connections, webhooks: webhooks.endpoints };
  } catch (error) {
    if (
      error instanceof ConfigError ||
      error instanceof ServiceUnreachableError ||
      error instanceof DataMapInvalidError
    ) {
      process.stderr.write(`rightsdesk ${processName}: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

function systemConnections(
  dataMap: DataMap,
  config: AppConfig,
  env: NodeJS.ProcessEnv,
): Record<string, string> {
  const known = config as unknown as Record<string, unknown>;
  const connections: Record<string, string> = {};
  for (const { name, connection_env: variable } of systemsOf(dataMap, 'postgres')) {
    const url =
      env[variable] ||
      (typeof known[variable] === 'string' ? (known[variable] as string) : undefined);
    if (!url)
      throw new ConfigError(
        variable,
        `is not set (the data map's system "${name}" connects through it)`,
      );
    connections[name] = url;
  }
  return connections;
}

/** The server's `postgres` database: reachable before Rightsdesk's own database exists. */
function adminUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/postgres';
  return parsed.toString();
}
