import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An unconfirmed email (its attempt died after its commit point) is looked up in the archive
 * mailbox, which gets a Bcc of every message the mail server accepts. `archive_checked_at` records
 * that the archive was read for the message's last commit point, so it is read once per attempt;
 * `archive_resent_at` that the archive lacked it and it was sent again, which happens once.
 */
export class MailArchiveCheck1766800000000 implements MigrationInterface {
  name = 'MailArchiveCheck1766800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "correspondence" ADD "archive_checked_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "correspondence" ADD "archive_resent_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "correspondence_unconfirmed_idx" ON "correspondence" ("send_committed_at") WHERE status = 'unconfirmed'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "correspondence_unconfirmed_idx"`);
    await queryRunner.query(`ALTER TABLE "correspondence" DROP COLUMN "archive_resent_at"`);
    await queryRunner.query(`ALTER TABLE "correspondence" DROP COLUMN "archive_checked_at"`);
  }
}
