import { MigrationInterface, QueryRunner } from 'typeorm';

const MANNERS_BEFORE = `'web', 'api', 'postal', 'phone', 'email', 'agent'`;

/**
 * Requests entered in the console: a request handed over in person is recorded as such
 * (regs 7101: the manner of the request), and the scanned letter or call note staff attach is
 * kept sealed beside the request, one per request.
 */
export class ConsoleIntake1766370000000 implements MigrationInterface {
  name = 'ConsoleIntake1766370000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "requests" DROP CONSTRAINT "requests_manner_check"`);
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "requests_manner_check" CHECK ("manner" IN (${MANNERS_BEFORE}, 'in_person'))`,
    );
    await queryRunner.query(
      `CREATE TABLE "intake_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "byte_size" integer NOT NULL, "iv" bytea NOT NULL, "auth_tag" bytea NOT NULL, "ciphertext" bytea NOT NULL, "attached_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c85a5bea0d45c0ef2569714568b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "intake_documents_request_id_key" ON "intake_documents"  ("request_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "intake_documents" ADD CONSTRAINT "FK_3e8808d10cadd9066941c8c8dd4" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "intake_documents"`);
    await queryRunner.query(`ALTER TABLE "requests" DROP CONSTRAINT "requests_manner_check"`);
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "requests_manner_check" CHECK ("manner" IN (${MANNERS_BEFORE}))`,
    );
  }
}
