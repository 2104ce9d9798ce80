import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff console: staff users with roles, their sessions, per-account sign-in throttles and
 * password links. The audit trail also records staff actions that concern no request (a sign-in,
 * a new staff member, a revoked API key), so `request_events.request_id` may be null; such rows
 * are chained like every other (GDPR 5(2)).
 */
export class StaffConsole1764600000000 implements MigrationInterface {
  name = 'StaffConsole1764600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "staff_users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "role" text NOT NULL, "password_hash" text, "password_changed_at" TIMESTAMP WITH TIME ZONE, "totp_secret" bytea, "totp_enabled_at" TIMESTAMP WITH TIME ZONE, "totp_last_counter" bigint, "deactivated_at" TIMESTAMP WITH TIME ZONE, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6b167335377df69f7910c2c75e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "staff_users_email_key" ON "staff_users" ("email") `,
    );
    await queryRunner.query(
      `CREATE TABLE "staff_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "staff_user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "idle_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_reason" text, CONSTRAINT "PK_b9be2467392ab95efaa3661cce2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "staff_sessions_token_hash_key" ON "staff_sessions" ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "staff_sessions_staff_user_id_idx" ON "staff_sessions" ("staff_user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "staff_sign_in_throttles" ("subject_hash" text NOT NULL, "failures" integer NOT NULL DEFAULT '0', "window_started_at" TIMESTAMP WITH TIME ZONE, "locked_until" TIMESTAMP WITH TIME ZONE, "lockouts" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_84faf7b4db5c8fba6223be12911" PRIMARY KEY ("subject_hash"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "staff_password_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "staff_user_id" uuid NOT NULL, "token_hash" text NOT NULL, "purpose" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_30030369fda5e9e03d9b5d09c8a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "staff_password_tokens_token_hash_key" ON "staff_password_tokens" ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "staff_password_tokens_staff_user_id_idx" ON "staff_password_tokens" ("staff_user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_sessions" ADD CONSTRAINT "FK_199a7293515c7cc6b4748367d1f" FOREIGN KEY ("staff_user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_password_tokens" ADD CONSTRAINT "FK_5745fb2ede7e7123ac35acce39d" FOREIGN KEY ("staff_user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "request_events" ALTER COLUMN "request_id" DROP NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Staff events have no request; they cannot survive a schema that demands one.
    await queryRunner.query(
      `ALTER TABLE "request_events" DISABLE TRIGGER request_events_no_update_delete`,
    );
    await queryRunner.query(`DELETE FROM "request_events" WHERE "request_id" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "request_events" ENABLE TRIGGER request_events_no_update_delete`,
    );
    await queryRunner.query(`ALTER TABLE "request_events" ALTER COLUMN "request_id" SET NOT NULL`);
    await queryRunner.query(`DROP TABLE IF EXISTS "staff_password_tokens"`);
    await queryRunner.query(`DROP TABLE IF EXISTS "staff_sign_in_throttles"`);
    await queryRunner.query(`DROP TABLE IF EXISTS "staff_sessions"`);
    await queryRunner.query(`DROP TABLE IF EXISTS "staff_users"`);
  }
}
