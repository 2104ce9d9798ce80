import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each verification code remembers whose email it went to, as a keyed hash, so codes and wrong
 * guesses can be limited per person across all the requests filed in their name (regs 7060).
 */
export class PersonCodeLimit1766240000000 implements MigrationInterface {
  name = 'PersonCodeLimit1766240000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "verification_challenges" ADD "identity_hash" text`);
    await queryRunner.query(
      `CREATE INDEX "verification_challenges_identity_hash_idx" ON "verification_challenges" ("identity_hash", "created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."verification_challenges_identity_hash_idx"`);
    await queryRunner.query(`ALTER TABLE "verification_challenges" DROP COLUMN "identity_hash"`);
  }
}
