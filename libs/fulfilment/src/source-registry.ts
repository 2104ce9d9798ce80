import { Pool } from 'pg';
import { PostgresConnector } from '@rightsdesk/connectors';
import { DataMap, mappedSystem } from '@rightsdesk/data-map';

/**
 * One connector per data-map system, with its connection pool, built once per worker process.
 * Connection URLs come from the variables the map names, never from the map itself.
 */
export class SourceRegistry {
  readonly connectors: readonly PostgresConnector[];
  private readonly pools: Pool[] = [];

  constructor(
    readonly dataMap: DataMap,
    connections: Readonly<Record<string, string>>,
  ) {
    this.connectors = Object.keys(dataMap.systems).map((name) => {
      const pool = new Pool({ connectionString: connections[name], max: 4 });
      pool.on('error', () => undefined); // an idle client dropped by the server is replaced on next use
      this.pools.push(pool);
      return new PostgresConnector(mappedSystem(dataMap, name), pool);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.pools.map((pool) => pool.end()));
  }
}
