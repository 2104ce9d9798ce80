import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two facts about the person a notice or page needs to speak to them: the time zone their
 * browser reported when they made the request (so times read in their clock, named), and their
 * status link sealed with the company key (so the completion email can link to their page; the
 * hash alone, which opens the page, cannot be turned back into the link).
 */
export class PersonTimeAndStatusLink1765000000000 implements MigrationInterface {
  name = 'PersonTimeAndStatusLink1765000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "requests" ADD "time_zone" text`);
    await queryRunner.query(`ALTER TABLE "requests" ADD "status_token_sealed" bytea`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "requests" DROP COLUMN "status_token_sealed"`);
    await queryRunner.query(`ALTER TABLE "requests" DROP COLUMN "time_zone"`);
  }
}
