import { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'gdpr', 'ccpa', 'vcdpa', 'cpa', 'ctdpa', 'tdpsa'`;
const AFTER =
  `'gdpr', 'uk_gdpr', 'ccpa', 'vcdpa', 'cpa', 'ctdpa', 'ucpa', 'tdpsa', 'ocpa', 'mtcdpa', ` +
  `'icdpa', 'dpdpa', 'ndpa', 'nhpa', 'njdpa', 'tipa', 'mncdpa', 'modpa', 'incdpa', 'kcdpa', ` +
  `'ridtppa', 'company_policy'`;

/**
 * Requests may run under every law of the law table: the UK GDPR apart from the EU's, each US
 * state law in force, and the company's own policy for people in no modelled jurisdiction.
 * Stored ids keep their meaning; down refuses while a request names a new law.
 */
export class PrivacyLaws1765100000000 implements MigrationInterface {
  name = 'PrivacyLaws1765100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "requests" DROP CONSTRAINT "requests_regime_check"`);
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "requests_regime_check" CHECK ("regime" IN (${AFTER}))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "requests" DROP CONSTRAINT "requests_regime_check"`);
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "requests_regime_check" CHECK ("regime" IN (${BEFORE}))`,
    );
  }
}
