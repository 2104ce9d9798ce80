import { MigrationInterface, QueryRunner } from 'typeorm';

/** Letters for requests answered by post, and the print batches they are mailed in. */
export class Letters1764500000000 implements MigrationInterface {
  name = 'Letters1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "letter_batches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" text NOT NULL DEFAULT 'open', "letter_count" integer NOT NULL, "created_by" text NOT NULL, "mailed_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_letter_batches" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "letters" ("id" uuid NOT NULL, "correspondence_id" uuid NOT NULL, "request_id" uuid NOT NULL, "reference" text NOT NULL, "kind" text NOT NULL, "language" text NOT NULL, "pages" integer NOT NULL, "status" text NOT NULL DEFAULT 'queued', "batch_id" uuid, "sealed_pdf" bytea NOT NULL, "sealed_input" bytea NOT NULL, "mailed_on" date, "returned_at" TIMESTAMP WITH TIME ZONE, "return_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_letters" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "letters_correspondence_id_key" ON "letters" ("correspondence_id") `,
    );
    await queryRunner.query(`CREATE INDEX "letters_request_id_idx" ON "letters" ("request_id") `);
    await queryRunner.query(
      `CREATE INDEX "letters_status_idx" ON "letters" ("status", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "FK_e71a28347b85889f903d689b126" FOREIGN KEY ("correspondence_id") REFERENCES "correspondence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "FK_55741c9b13a724df2396a42c473" FOREIGN KEY ("batch_id") REFERENCES "letter_batches"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS "letters"`);
    await queryRunner.query(`DROP TABLE IF EXISTS "letter_batches"`);
  }
}
