import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Downloading an access package: the one-time codes (and the short grants they open) asked for
 * before a package is released, and a record of every download (ids, times and bytes only).
 */
export class AccessDownloads1764300000000 implements MigrationInterface {
  name = 'AccessDownloads1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "access_downloads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "package_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "byte_count" bigint NOT NULL DEFAULT '0', "outcome" text NOT NULL DEFAULT 'started', CONSTRAINT "PK_c4d5f4dd201035435ba425c361b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "access_downloads_request_id_idx" ON "access_downloads"  ("request_id", "started_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "download_challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "package_id" uuid NOT NULL, "code_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "max_attempts" integer NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_reason" text, "grant_hash" text, "grant_expires_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_850aeade90e3dea419b14cecddf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "download_challenges_grant_hash_key" ON "download_challenges"  ("grant_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "download_challenges_request_id_idx" ON "download_challenges"  ("request_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "access_downloads" ADD CONSTRAINT "FK_8a4d805f7aabd23ffcab8461330" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "download_challenges" ADD CONSTRAINT "FK_d2aa225baedb3cfe567d4399e6f" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "download_challenges" ADD CONSTRAINT "FK_8e898266cec3cb7dc10d534df86" FOREIGN KEY ("package_id") REFERENCES "access_packages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS "download_challenges" CASCADE`);
    await queryRunner.query(`DROP TABLE IF EXISTS "access_downloads" CASCADE`);
  }
}
