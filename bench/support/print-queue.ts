import type { AppConfig } from '@rightsdesk/config';
import { PrintQueue } from '@rightsdesk/notices';
import type { DataSource } from 'typeorm';
import { transactionHostFor } from '../../test/support/transaction-host';

/** The print queue over a bench database and the key its letters were sealed with. */
export async function benchPrintQueue(dataSource: DataSource, key: Buffer): Promise<PrintQueue> {
  // PrintQueue reads only the sealing key of the configuration.
  const config = { packageEncryptionKey: key } as AppConfig;
  return new PrintQueue(await transactionHostFor(dataSource), config);
}
