import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each person said they live, as columns the reports can filter and index (regs 7102 counts
 * California consumers, not requests handled under the CCPA), filled from the residence each
 * request kept in its details; and the codes that let a person who lost their status link find
 * their request again by its reference and email address.
 */
export class ResidenceAndLookup1765120000000 implements MigrationInterface {
  name = 'ResidenceAndLookup1765120000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "lookup_challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "code_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "max_attempts" integer NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2fc9da557b8a60ae9ef9bb7eb5a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "lookup_challenges_request_id_idx" ON "lookup_challenges"  ("request_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "lookup_challenges" ADD CONSTRAINT "FK_cece00b691463b4b8cc787cc0c9" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "requests" ADD "residence_country" text`);
    await queryRunner.query(`ALTER TABLE "requests" ADD "residence_region" text`);
    // Intake accepted the codes in either case; only well-formed ones are carried over.
    await queryRunner.query(`
      UPDATE "requests" SET
        residence_country = upper(details -> 'residence' ->> 'country'),
        residence_region = CASE WHEN details -> 'residence' ->> 'region' ~ '^[A-Za-z0-9]{1,3}$'
          THEN upper(details -> 'residence' ->> 'region') END
      WHERE jsonb_typeof(details -> 'residence') = 'object'
        AND details -> 'residence' ->> 'country' ~ '^[A-Za-z]{2}$'`);
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "requests_residence_country_check" CHECK ("residence_country" ~ '^[A-Z]{2}$')`,
    );
    await queryRunner.query(
      `CREATE INDEX "requests_residence_received_at_idx" ON "requests"  ("residence_country", "residence_region", "received_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "requests_residence_received_at_idx"`);
    await queryRunner.query(
      `ALTER TABLE "requests" DROP CONSTRAINT IF EXISTS "requests_residence_country_check"`,
    );
    await queryRunner.query(`ALTER TABLE "requests" DROP COLUMN IF EXISTS "residence_region"`);
    await queryRunner.query(`ALTER TABLE "requests" DROP COLUMN IF EXISTS "residence_country"`);
    await queryRunner.query(`DROP TABLE IF EXISTS "lookup_challenges" CASCADE`);
  }
}
