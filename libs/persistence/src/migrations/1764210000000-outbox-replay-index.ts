import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox replay looks up rows relayed in its window; this index keeps that cheap. IF NOT EXISTS:
 * development databases may have it from an earlier draft of the fulfilment migration.
 */
export class OutboxReplayIndex1764210000000 implements MigrationInterface {
  name = 'OutboxReplayIndex1764210000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "outbox_relayed_at_idx" ON "outbox" ("relayed_at") WHERE relayed_at IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "outbox_relayed_at_idx"`);
  }
}
