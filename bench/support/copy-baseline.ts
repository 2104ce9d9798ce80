import { performance } from 'node:perf_hooks';
import { buildSubjectQuery, SubjectQuery } from '@rightsdesk/connectors';
import type { SourceRegistry } from '@rightsdesk/fulfilment';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';

export interface CopyBaselineResult {
  rows: number;
  bytes: number;
  ms: number;
}

/**
 * The package benchmark's baseline: Postgres streaming the person's rows out and nothing more,
 * `COPY (SELECT <the map's columns> FROM <table> WHERE <the person's keys>) TO STDOUT` for every
 * table of every database the package reads, with the keys located beforehand (outside the
 * clock). The SELECTs are the connector's own, with the keys written in (COPY takes no
 * parameters).
 */
export async function copyPersonRows(
  sources: SourceRegistry,
  urls: Readonly<Record<string, string>>,
  email: string,
): Promise<CopyBaselineResult> {
  const located = [];
  for (const connector of sources.connectors) {
    const location = await sources.locate(connector.system.name, { email });
    const client = new Client({ connectionString: urls[connector.system.name] });
    await client.connect();
    located.push({ system: connector.system, tables: connector.tables(), location, client });
  }
  try {
    const started = performance.now();
    let rows = 0;
    let bytes = 0;
    for (const { system, tables, location, client } of located) {
      for (const table of tables) {
        const query = buildSubjectQuery(system, table, location.roots, {
          columns: Object.keys(system.tables[table]?.fields ?? {}),
        });
        if (!query) continue;
        const stream = client.query(copyTo(`COPY (${withKeysWritten(client, query)}) TO STDOUT`));
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          bytes += chunk.length;
          // Text format escapes newlines inside values: one line is one row.
          for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) rows += 1;
        }
      }
    }
    return { rows, bytes, ms: performance.now() - started };
  } finally {
    await Promise.all(located.map(({ client }) => client.end()));
  }
}

/** The query with each `$n` replaced by its key array as a quoted literal. */
function withKeysWritten(client: Client, query: SubjectQuery): string {
  return query.text.replace(/\$(\d+)/g, (_match, index: string) => {
    const keys = query.values[Number(index) - 1] as readonly string[];
    const elements = keys.map((key) => `"${String(key).replace(/["\\]/g, '\\$&')}"`);
    return client.escapeLiteral(`{${elements.join(',')}}`);
  });
}
