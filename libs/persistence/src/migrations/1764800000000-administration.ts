import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administration: data map versions (uploaded, validated, activated), the version each request's
 * fulfilment started with, policy settings overriding the environment, and the append-only,
 * hash-chained trail of administrative changes.
 */
export class Administration1764800000000 implements MigrationInterface {
  name = 'Administration1764800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "data_map_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer, "origin" text NOT NULL, "yaml" text NOT NULL, "sha256" text NOT NULL, "based_on_version" integer, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "activated_by" text, "activated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6b7a267de8be0cd77f765d34434" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "data_map_versions_version_key" ON "data_map_versions"  ("version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "data_map_pins" ("request_id" uuid NOT NULL, "version" integer NOT NULL, "pinned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_527fb1a5a025a6ee3fa94e79452" PRIMARY KEY ("request_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_settings" ("key" text NOT NULL, "value" jsonb NOT NULL, "updated_by" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8fb40e4a5a0cf265172ac687771" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "admin_events" ("seq" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor" text NOT NULL, "action" text NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_b8cb7f9c7bb29289cf1030622dc" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "data_map_pins" ADD CONSTRAINT "data_map_pins_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The administrative trail is evidence: no one edits or removes a row without a superuser
    // switching the trigger off, and the hash chain then shows where.
    await queryRunner.query(
      `CREATE FUNCTION admin_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'admin_events is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER admin_events_append_only BEFORE UPDATE OR DELETE ON "admin_events"
       FOR EACH ROW EXECUTE FUNCTION admin_events_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS "admin_events"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS admin_events_append_only()`);
    await queryRunner.query(`DROP TABLE IF EXISTS "policy_settings"`);
    await queryRunner.query(`DROP TABLE IF EXISTS "data_map_pins"`);
    await queryRunner.query(`DROP TABLE IF EXISTS "data_map_versions"`);
  }
}
