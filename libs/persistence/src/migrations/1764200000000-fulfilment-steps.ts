import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fulfilment: one row per action and data source of a request (what the flow's child jobs do and
 * report), and the suppression records a deletion or a consent withdrawal leaves behind.
 */
export class FulfilmentSteps1764200000000 implements MigrationInterface {
  name = 'FulfilmentSteps1764200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "fulfilment_steps" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "action" text NOT NULL, "source" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "planned" jsonb, "result" jsonb, "error" text, "finished_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d54671f8134424a036e7e995340" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "fulfilment_steps_request_action_source_key" ON "fulfilment_steps"  ("request_id", "action", "source") `,
    );
    await queryRunner.query(
      `CREATE TABLE "suppression_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "identity_hash" text NOT NULL, "reason" text NOT NULL, "request_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_70d0fdf50b2286663377e39935a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "suppression_records_identity_hash_key" ON "suppression_records"  ("identity_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "fulfilment_steps" ADD CONSTRAINT "FK_26c0548e25e9eea3b640de43bb0" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS "suppression_records"`);
    await queryRunner.query(`DROP TABLE IF EXISTS "fulfilment_steps"`);
  }
}
