import { DataSource } from 'typeorm';
import { readPackage } from '@rightsdesk/fulfilment';
import { AccessPackage } from '@rightsdesk/persistence';

export interface ReadAccessPackage {
  format: string;
  reference: string;
  scope: string;
  datasets: Array<{
    system: string;
    table: string;
    categories: string[];
    withheldFields: string[];
    rowCount: number;
    rows: Array<Record<string, unknown>>;
  }>;
}

/** Decrypts and parses a request's stored package, as a download would. */
export async function readAccessPackage(
  dataSource: DataSource,
  key: Buffer,
  requestId: string,
): Promise<{ text: string; parsed: ReadAccessPackage; stored: AccessPackage }> {
  const stored = await dataSource
    .getRepository(AccessPackage)
    .findOneByOrFail({ requestId, status: 'ready' });
  const parts: Buffer[] = [];
  for await (const chunk of readPackage(dataSource, key, stored.id, stored.chunkCount))
    parts.push(chunk);
  const text = Buffer.concat(parts).toString('utf8');
  return { text, parsed: JSON.parse(text) as ReadAccessPackage, stored };
}
