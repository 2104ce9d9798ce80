import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff notifications (issue 14, part 5): what each member should hear about, and how (each time
 * or a daily digest). Their emails go through `correspondence` like every notice, so they are
 * claimed and sent exactly once; such a row names a staff member instead of a request.
 */
export class StaffNotifications1766600000000 implements MigrationInterface {
  name = 'StaffNotifications1766600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "staff_users" ADD "notify_by" text NOT NULL DEFAULT 'immediate'`,
    );
    await queryRunner.query(`ALTER TABLE "correspondence" ADD "staff_user_id" uuid`);
    await queryRunner.query(`ALTER TABLE "correspondence" ALTER COLUMN "request_id" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "correspondence_staff_dedupe_key" ON "correspondence"  ("staff_user_id", "dedupe_key") WHERE staff_user_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "correspondence" ADD CONSTRAINT "FK_a69192fe6900fb83683887a3474" FOREIGN KEY ("staff_user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "staff_notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "staff_user_id" uuid NOT NULL, "kind" text NOT NULL, "request_id" uuid NOT NULL, "reference" text NOT NULL, "dedupe_key" text NOT NULL, "correspondence_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ec031276e7f643e3795045de3e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "staff_notifications_request_id_idx" ON "staff_notifications"  ("request_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "staff_notifications_unmailed_idx" ON "staff_notifications"  ("staff_user_id", "created_at") WHERE correspondence_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "staff_notifications_dedupe_key" ON "staff_notifications"  ("staff_user_id", "dedupe_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_notifications" ADD CONSTRAINT "FK_b8175c67917160702e167ef54b7" FOREIGN KEY ("staff_user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_notifications" ADD CONSTRAINT "FK_76962fded061c2b6328eeacfc3a" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_notifications" ADD CONSTRAINT "FK_3ea0885bbc14f36193b9c1be80f" FOREIGN KEY ("correspondence_id") REFERENCES "correspondence"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "staff_notifications"`);
    await queryRunner.query(`DELETE FROM "correspondence" WHERE "staff_user_id" IS NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."correspondence_staff_dedupe_key"`);
    await queryRunner.query(`ALTER TABLE "correspondence" DROP COLUMN "staff_user_id"`);
    await queryRunner.query(`ALTER TABLE "correspondence" ALTER COLUMN "request_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "staff_users" DROP COLUMN "notify_by"`);
  }
}
