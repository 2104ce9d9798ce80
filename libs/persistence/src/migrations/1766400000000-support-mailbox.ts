import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The support mailbox (issue 14, part 3): messages read from it, sealed, unique by Message-ID;
 * the PDF, JPEG and PNG files that came with them; how far each folder has been read.
 */
export class SupportMailbox1766400000000 implements MigrationInterface {
  name = 'SupportMailbox1766400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mailbox_messages" ("id" uuid NOT NULL, "message_id" text NOT NULL, "status" text NOT NULL, "problem" text, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "byte_size" integer NOT NULL, "sealed" bytea, "refused_attachments" jsonb NOT NULL DEFAULT '[]', "request_id" uuid, "filed_reason" text, "triaged_by" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mailbox_messages_status_check" CHECK ("status" IN ('threaded', 'draft', 'converted', 'not_a_request')), CONSTRAINT "PK_mailbox_messages" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mailbox_messages_message_id_key" ON "mailbox_messages" ("message_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mailbox_messages_request_id_idx" ON "mailbox_messages" ("request_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mailbox_messages_draft_idx" ON "mailbox_messages" ("received_at") WHERE status = 'draft'`,
    );
    await queryRunner.query(
      `ALTER TABLE "mailbox_messages" ADD CONSTRAINT "FK_05b9c8f65aff4bfcd9acd0b7724" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "mailbox_attachments" ("id" uuid NOT NULL, "mailbox_message_id" uuid NOT NULL, "position" integer NOT NULL, "content_type" text NOT NULL, "byte_size" integer NOT NULL, "sealed" bytea NOT NULL, CONSTRAINT "PK_mailbox_attachments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "mailbox_attachments_message_idx" ON "mailbox_attachments" ("mailbox_message_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "mailbox_attachments" ADD CONSTRAINT "FK_a503e5f246abb3b52301062a163" FOREIGN KEY ("mailbox_message_id") REFERENCES "mailbox_messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "mailbox_positions" ("mailbox" text NOT NULL, "uid_validity" bigint NOT NULL DEFAULT '0', "last_uid" bigint NOT NULL DEFAULT '0', "last_read_at" TIMESTAMP WITH TIME ZONE, "last_failure" text, "last_failure_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_mailbox_positions" PRIMARY KEY ("mailbox"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mailbox_positions"`);
    await queryRunner.query(`DROP TABLE "mailbox_attachments"`);
    await queryRunner.query(`DROP TABLE "mailbox_messages"`);
  }
}
