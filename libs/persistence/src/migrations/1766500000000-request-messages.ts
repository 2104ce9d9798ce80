import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-way correspondence on a request: an officer's question and the person's answers (status
 * page, support mailbox, letter or call), with the files sent with an answer kept sealed.
 */
export class RequestMessages1766500000000 implements MigrationInterface {
  name = 'RequestMessages1766500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "request_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "direction" text NOT NULL, "channel" text NOT NULL, "body" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "request_messages_direction_check" CHECK ("direction" IN ('to_person', 'from_person')), CONSTRAINT "request_messages_channel_check" CHECK ("channel" IN ('console', 'status_page', 'email', 'letter', 'phone')), CONSTRAINT "PK_2c46c29c5bd12025b30863202dc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "request_messages_request_id_received_at_idx" ON "request_messages"  ("request_id", "received_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "request_message_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" uuid NOT NULL, "request_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "byte_size" integer NOT NULL, "iv" bytea NOT NULL, "auth_tag" bytea NOT NULL, "ciphertext" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_90bd4c39c537cba7ffcd9c9b039" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "request_message_attachments_message_id_idx" ON "request_message_attachments"  ("message_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "request_messages" ADD CONSTRAINT "FK_41626149ddfb759408a1c66ed30" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "request_message_attachments" ADD CONSTRAINT "FK_fd9a68af6755daaf379fd4a1218" FOREIGN KEY ("message_id") REFERENCES "request_messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "request_message_attachments"`);
    await queryRunner.query(`DROP TABLE "request_messages"`);
  }
}
