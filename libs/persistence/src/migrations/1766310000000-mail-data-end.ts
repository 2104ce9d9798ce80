import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A message is delivered only once the SMTP server has its end ("<CRLF>.<CRLF>") and answers 250.
 * `send_committed_at` records, before that end is written, that the attempt is about to hand the
 * message over: a claim without it was never delivered and is safely sent again; a claim with it
 * may have been, and goes to staff. Sends in flight at the upgrade cannot tell, so they count as
 * handed over (the cautious side: staff decide, nothing is sent twice).
 */
export class MailDataEnd1766310000000 implements MigrationInterface {
  name = 'MailDataEnd1766310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "correspondence" ADD "send_committed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `UPDATE "correspondence" SET "send_committed_at" = "send_claimed_at" WHERE status = 'sending'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "correspondence" DROP COLUMN "send_committed_at"`);
  }
}
