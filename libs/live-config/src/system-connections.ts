import { Client } from 'pg';
import { resolveWebhookEndpoints, type WebhookEndpoint } from '@rightsdesk/connectors';
import { type DataMap, type DataMapIssue, systemsOf } from '@rightsdesk/data-map';
import { type LiveColumn, liveSchemaIssues } from './live-schema';

/** Where the process finds the systems' connection URLs and webhook secrets. */
export interface DataMapEnvironment {
  /** DATA_MAP_PATH: imported as a version when the database has none (or only file imports). */
  filePath: string;
  /** The file's map, used until the database has been read. */
  fileMap: DataMap;
  /** Connection URL per system of the file's map, as the process resolved them at start-up. */
  connections: Readonly<Record<string, string>>;
  webhooks?: Readonly<Record<string, WebhookEndpoint>>;
  /** The variables a newer map may name (process.env and the parsed configuration). */
  variables: Readonly<Record<string, string | undefined>>;
  allowPrivateWebhooks: boolean;
}

/**
 * The connection URLs and webhook endpoints a map's systems name, resolved from this server's
 * environment, and what the environment or the live databases lack to use a map.
 */
export class SystemConnections {
  constructor(private readonly environment: DataMapEnvironment) {}

  /**
   * What this server lacks to use a map: a database's connection variable or a webhook's
   * variables set wrongly. Reported with the map's path, like the map's own issues.
   */
  environmentIssues(map: DataMap): DataMapIssue[] {
    const issues: DataMapIssue[] = [];
    for (const { name, connection_env: variable } of systemsOf(map, 'postgres')) {
      if (!this.connectionOf(map, name, variable)) {
        issues.push({
          path: `systems.${name}.connection_env`,
          message: `names ${variable}, which is not set on this server: set it (the connection URL) and restart before activating`,
        });
      }
    }
    const webhooks = resolveWebhookEndpoints(
      systemsOf(map, 'webhook'),
      this.environment.variables,
      this.environment.allowPrivateWebhooks,
    );
    for (const problem of webhooks.problems) {
      const system = systemsOf(map, 'webhook').find(
        (candidate) =>
          candidate.url_env === problem.variable || candidate.secret_env === problem.variable,
      );
      issues.push({
        path: system
          ? `systems.${system.name}.${system.url_env === problem.variable ? 'url_env' : 'secret_env'}`
          : 'systems',
        message: `${problem.variable} ${problem.message}`,
      });
    }
    return issues;
  }

  /**
   * Compares each database of the map with the live database it names (what the schema test
   * of the demo map checks): missing tables and columns, undescribed columns, erasure rules the
   * column types cannot take. A database that cannot be reached is an issue too.
   */
  async schemaIssues(map: DataMap): Promise<DataMapIssue[]> {
    const issues: DataMapIssue[] = [];
    for (const { name, connection_env: variable, tables } of systemsOf(map, 'postgres')) {
      const url = this.connectionOf(map, name, variable);
      if (!url) continue; // reported by environmentIssues
      const client = new Client({
        connectionString: url,
        connectionTimeoutMillis: 5_000,
        statement_timeout: 10_000,
      });
      client.on('error', () => undefined);
      try {
        await client.connect();
        const { rows } = await client.query<{
          table: string;
          column: string;
          nullable: string;
          type: string;
        }>(
          `SELECT table_name AS table, column_name AS column, is_nullable AS nullable, data_type AS type
           FROM information_schema.columns WHERE table_schema = ANY (current_schemas(false))`,
        );
        const live: LiveColumn[] = rows.map((row) => ({
          table: row.table,
          column: row.column,
          nullable: row.nullable === 'YES',
          type: row.type,
        }));
        issues.push(...liveSchemaIssues(name, { tables }, live));
      } catch (error) {
        issues.push({
          path: `systems.${name}.connection_env`,
          message: `the database ${variable} names could not be read to compare the map with it (${(error as Error).message})`,
        });
      } finally {
        await client.end().catch(() => undefined);
      }
    }
    return issues;
  }

  connectionsFor(map: DataMap): Record<string, string> {
    const connections: Record<string, string> = {};
    for (const { name, connection_env: variable } of systemsOf(map, 'postgres')) {
      const url = this.connectionOf(map, name, variable);
      if (!url) throw new Error(`${variable} is not set (data map system "${name}")`);
      connections[name] = url;
    }
    return connections;
  }

  /** The start-up connection when the system still names the same variable, else the variable. */
  private connectionOf(map: DataMap, name: string, variable: string): string | undefined {
    const fromFile = this.environment.fileMap.systems[name];
    if (
      fromFile?.connector === 'postgres' &&
      fromFile.connection_env === variable &&
      this.environment.connections[name]
    ) {
      return this.environment.connections[name];
    }
    return this.environment.variables[variable] || undefined;
  }

  webhooksFor(map: DataMap): Record<string, WebhookEndpoint> {
    const resolved = resolveWebhookEndpoints(
      systemsOf(map, 'webhook'),
      this.environment.variables,
      this.environment.allowPrivateWebhooks,
    ).endpoints;
    // Endpoints resolved at start-up win: the test harness and start-up checks agree on them.
    return { ...resolved, ...(this.environment.webhooks ?? {}) };
  }
}
