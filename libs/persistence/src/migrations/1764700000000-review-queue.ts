import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The privacy officers' review queue: who a request is assigned to, internal notes, and the
 * indexes that keep the queue's keyset pages fast at 100,000 requests (docs/benchmarks.md,
 * `queue`). The open-requests index is partial, so closed history never slows the default view.
 */
export class ReviewQueue1764700000000 implements MigrationInterface {
  name = 'ReviewQueue1764700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "requests" ADD "assignee_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "FK_9d42803c550dc4f905e81355923" FOREIGN KEY ("assignee_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "requests_assignee_due_at_idx" ON "requests"  ("assignee_id", "due_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "requests_received_at_id_idx" ON "requests"  ("received_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "requests_open_due_at_id_idx" ON "requests"  ("due_at", "id") WHERE status IN ('received', 'pending_verification', 'verified', 'awaiting_review', 'needs_info', 'approved', 'in_progress', 'failed')`,
    );
    await queryRunner.query(
      `CREATE INDEX "requests_due_at_id_idx" ON "requests"  ("due_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "request_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "author" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ce022f96b941f49e690706a1767" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "request_notes_request_id_created_at_idx" ON "request_notes"  ("request_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "request_notes" ADD CONSTRAINT "FK_bb59e4f94d834031139452652c5" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS "request_notes"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "requests_due_at_id_idx"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "requests_open_due_at_id_idx"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "requests_received_at_id_idx"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "requests_assignee_due_at_idx"`);
    await queryRunner.query(
      `ALTER TABLE "requests" DROP CONSTRAINT IF EXISTS "FK_9d42803c550dc4f905e81355923"`,
    );
    await queryRunner.query(`ALTER TABLE "requests" DROP COLUMN IF EXISTS "assignee_id"`);
  }
}
