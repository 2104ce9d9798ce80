import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence of manual tasks: the note and sealed file staff leave when they complete a waiting
 * fulfilment step by hand. Step status `waiting` needs no change: status is free text.
 */
export class ManualTaskEvidence1764400000000 implements MigrationInterface {
  name = 'ManualTaskEvidence1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "manual_task_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "step_id" uuid NOT NULL, "request_id" uuid NOT NULL, "completed_by" text NOT NULL, "note" text NOT NULL, "file_name" text, "content_type" text, "byte_size" integer, "sealed_file" bytea, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_34f38c125bc580c3b1f2bf1c04d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "manual_task_evidence_step_id_key" ON "manual_task_evidence"  ("step_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "manual_task_evidence" ADD CONSTRAINT "FK_0df9f6e819a685d9a47ad7e5dcd" FOREIGN KEY ("step_id") REFERENCES "fulfilment_steps"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS "manual_task_evidence"`);
  }
}
