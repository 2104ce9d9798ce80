import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, pendingSchemaChanges } from '@rightsdesk/persistence';
import { TEST_DATABASE_URL } from '../../support/test-env';

describe('entities and migrations', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(TEST_DATABASE_URL)).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('agree: the migrated schema is exactly what the entities describe', async () => {
    // If this fails, write a migration containing the SQL printed here.
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it('never synchronize the schema from entities', () => {
    expect(dataSource.options.synchronize).toBe(false);
  });
});
