import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The acknowledgement deadline's basis as data (CCPA regs 7021(a)), like the response deadline's
 * `due_rule`, so every surface words it in its reader's language instead of re-reading English.
 * Rows written before are read back from their stored words, which had one fixed shape:
 * "acknowledge by 2026-12-09: 10 business days from receipt on 2026-11-25 (CCPA regs 7021(a))".
 * `ack_explanation` stays as it was written, for history.
 */
export class AcknowledgementRule1766350000000 implements MigrationInterface {
  name = 'AcknowledgementRule1766350000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "requests" ADD "ack_rule" jsonb`);
    await queryRunner.query(
      `UPDATE "requests" r SET "ack_rule" = jsonb_build_object(
         'dueOn', parsed.m[1],
         'basis', jsonb_build_object(
           'regime', 'ccpa',
           'kind', 'acknowledge',
           'period', jsonb_build_object('amount', parsed.m[2]::int, 'unit', 'business_days'),
           'receivedOn', parsed.m[3],
           'citation', parsed.m[4]))
       FROM (SELECT id, regexp_match("ack_explanation",
               '^acknowledge by (\\d{4}-\\d{2}-\\d{2}): (\\d+) business days? from receipt on (\\d{4}-\\d{2}-\\d{2}) \\((.*)\\)$') AS m
             FROM "requests" WHERE "ack_explanation" IS NOT NULL) parsed
       WHERE r.id = parsed.id AND parsed.m IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "requests" DROP COLUMN "ack_rule"`);
  }
}
