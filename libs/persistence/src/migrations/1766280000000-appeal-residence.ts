import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An appeal is answered under the law of the request it appeals: it now carries that request's
 * residence in its own columns, so notices read it from the appeal without loading the original.
 */
export class AppealResidence1766280000000 implements MigrationInterface {
  name = 'AppealResidence1766280000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE "requests" appeal SET
        residence_country = appealed.residence_country,
        residence_region = appealed.residence_region
      FROM "requests" appealed
      WHERE appeal.parent_request_id = appealed.id
        AND appeal.type = 'appeal'
        AND appeal.residence_country IS NULL`);
  }

  public async down(): Promise<void> {
    // The copied residence is the appealed request's own: keeping it on the appeal is harmless.
  }
}
