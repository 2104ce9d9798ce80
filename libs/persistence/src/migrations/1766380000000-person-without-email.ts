import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person who writes a letter or calls may have no email address: their identity keeps a
 * postal address instead (intake refuses a person with neither), and the one-time code that
 * verifies them travels by post.
 */
export class PersonWithoutEmail1766380000000 implements MigrationInterface {
  name = 'PersonWithoutEmail1766380000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "subject_identities" ALTER COLUMN "email" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "subject_identities" ADD CONSTRAINT "subject_identities_reachable_check" CHECK ("email" IS NOT NULL OR "postal_address" IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "subject_identities" DROP CONSTRAINT "subject_identities_reachable_check"`,
    );
    await queryRunner.query(`UPDATE "subject_identities" SET "email" = '' WHERE "email" IS NULL`);
    await queryRunner.query(`ALTER TABLE "subject_identities" ALTER COLUMN "email" SET NOT NULL`);
  }
}
