import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = `id, request_id, code_hash, expires_at, attempts, max_attempts, closed_at, closed_reason, created_at`;

/**
 * One table for every emailed code about a request: the code that proves control of an address
 * (purpose verify, with its one-click link) and the code that reopens a request found by its
 * reference and email (purpose find_request, no link). The find-request codes move over as they
 * are, so a code already sent keeps working, with its tries.
 */
export class FindRequestChallenges1766280000001 implements MigrationInterface {
  name = 'FindRequestChallenges1766280000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "verification_challenges" ADD "purpose" text NOT NULL DEFAULT 'verify'`,
    );
    await queryRunner.query(
      `ALTER TABLE "verification_challenges" ADD CONSTRAINT "verification_challenges_purpose_check" CHECK ("purpose" IN ('verify', 'find_request'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "verification_challenges" ALTER COLUMN "link_hash" DROP NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "verification_challenges" (${COLUMNS}, purpose)
       SELECT ${COLUMNS}, 'find_request' FROM "lookup_challenges"`,
    );
    await queryRunner.query(`DROP TABLE "lookup_challenges"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "lookup_challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "code_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "max_attempts" integer NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2fc9da557b8a60ae9ef9bb7eb5a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "lookup_challenges_request_id_idx" ON "lookup_challenges"  ("request_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "lookup_challenges" ADD CONSTRAINT "FK_cece00b691463b4b8cc787cc0c9" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "lookup_challenges" (${COLUMNS})
       SELECT ${COLUMNS} FROM "verification_challenges" WHERE purpose = 'find_request'`,
    );
    await queryRunner.query(`DELETE FROM "verification_challenges" WHERE purpose = 'find_request'`);
    await queryRunner.query(
      `ALTER TABLE "verification_challenges" ALTER COLUMN "link_hash" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "verification_challenges" DROP CONSTRAINT "verification_challenges_purpose_check"`,
    );
    await queryRunner.query(`ALTER TABLE "verification_challenges" DROP COLUMN "purpose"`);
  }
}
