import { DataSource } from 'typeorm';

/**
 * The SQL TypeORM would run to make the database match the entities. Empty means entities and
 * migrations agree; the drift test fails otherwise and prints this SQL to start a migration from.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((query) => query.query);
}
