import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exactly one email per notice: a send is claimed (`sending`, with the attempt's id and the
 * database's time) and committed before the SMTP server is spoken to, so an attempt that dies
 * after the server's "250 OK" leaves a trace instead of a message to send again. A message whose
 * tries all failed keeps its own next try, which a sweep picks up, whatever happened to its job.
 */
export class MailSendClaims1766220000000 implements MigrationInterface {
  name = 'MailSendClaims1766220000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "correspondence" ADD "send_attempt" uuid`);
    await queryRunner.query(
      `ALTER TABLE "correspondence" ADD "send_claimed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "correspondence" ADD "send_tries" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "correspondence" ADD "next_try_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "correspondence_next_try_idx" ON "correspondence" ("next_try_at") WHERE status = 'pending' AND next_try_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "correspondence_sending_idx" ON "correspondence" ("send_claimed_at") WHERE status = 'sending'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "correspondence_sending_idx"`);
    await queryRunner.query(`DROP INDEX "correspondence_next_try_idx"`);
    await queryRunner.query(`ALTER TABLE "correspondence" DROP COLUMN "next_try_at"`);
    await queryRunner.query(`ALTER TABLE "correspondence" DROP COLUMN "send_tries"`);
    await queryRunner.query(`ALTER TABLE "correspondence" DROP COLUMN "send_claimed_at"`);
    await queryRunner.query(`ALTER TABLE "correspondence" DROP COLUMN "send_attempt"`);
  }
}
