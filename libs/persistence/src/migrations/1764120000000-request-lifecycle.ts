import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The request lifecycle: identity verification challenges, agents' authorizations, API keys,
 * and on requests the acknowledgement clock, the extension, the verification record, the
 * denial, the person's status token, appeals and duplicates. Appeals become a request type.
 */
export class RequestLifecycle1764120000000 implements MigrationInterface {
  name = 'RequestLifecycle1764120000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agent_authorizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "agent_name" text NOT NULL, "agent_email" text NOT NULL, "kind" text NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "byte_size" integer NOT NULL, "iv" bytea NOT NULL, "auth_tag" bytea NOT NULL, "ciphertext" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_46be88dc76954db8bf784c5e7ee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "agent_authorizations_request_id_key" ON "agent_authorizations"  ("request_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "prefix" text NOT NULL, "key_hash" text NOT NULL, "scopes" text array NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "api_keys_prefix_key" ON "api_keys"  ("prefix")`);
    await queryRunner.query(
      `CREATE TABLE "verification_challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "code_hash" text NOT NULL, "link_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "max_attempts" integer NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a32154d92462ede7fa3879002b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "verification_challenges_link_hash_key" ON "verification_challenges"  ("link_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "verification_challenges_request_id_idx" ON "verification_challenges"  ("request_id", "created_at")`,
    );
    await queryRunner.query(`ALTER TABLE "requests" ADD "due_rule" jsonb`);
    await queryRunner.query(`ALTER TABLE "requests" ADD "ack_due_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "requests" ADD "ack_explanation" text`);
    await queryRunner.query(
      `ALTER TABLE "requests" ADD "original_due_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "requests" ADD "extension_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "requests" ADD "verification_expires_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "requests" ADD "verification" jsonb`);
    await queryRunner.query(`ALTER TABLE "requests" ADD "denial_basis" text`);
    await queryRunner.query(`ALTER TABLE "requests" ADD "denial_reason" text`);
    await queryRunner.query(`ALTER TABLE "requests" ADD "status_token_hash" text`);
    await queryRunner.query(`ALTER TABLE "requests" ADD "parent_request_id" uuid`);
    await queryRunner.query(`ALTER TABLE "requests" ADD "duplicate_of_id" uuid`);
    await queryRunner.query(`ALTER TABLE "correspondence" ADD "sealed_secrets" bytea`);
    await queryRunner.query(
      `CREATE INDEX "subject_identities_email_idx" ON "subject_identities"  ("email")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "requests_status_token_hash_key" ON "requests"  ("status_token_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "requests_parent_request_id_idx" ON "requests"  ("parent_request_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "FK_63c1aea371d218d0e887ac6d9c5" FOREIGN KEY ("parent_request_id") REFERENCES "requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "FK_9385745ac3a8455a5ac0871cbcf" FOREIGN KEY ("duplicate_of_id") REFERENCES "requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agent_authorizations" ADD CONSTRAINT "FK_349d2ae27a4561baec2f3099c83" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "verification_challenges" ADD CONSTRAINT "FK_9482005174f415b4f4d1c0b2a98" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "requests" DROP CONSTRAINT "requests_type_check"`);
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "requests_type_check" CHECK ("type" IN ('access', 'correct', 'delete', 'withdraw_consent', 'appeal'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "requests" DROP CONSTRAINT "requests_type_check"`);
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "requests_type_check" CHECK ("type" IN ('access', 'correct', 'delete', 'withdraw_consent'))`,
    );
    for (const table of ['agent_authorizations', 'api_keys', 'verification_challenges']) {
      await queryRunner.query(`DROP TABLE IF EXISTS "${table}" CASCADE`);
    }
    await queryRunner.query(`DROP INDEX IF EXISTS "subject_identities_email_idx"`);
    await queryRunner.query(`ALTER TABLE "correspondence" DROP COLUMN "sealed_secrets"`);
    for (const column of [
      'due_rule',
      'ack_due_at',
      'ack_explanation',
      'original_due_at',
      'extension_reason',
      'verification_expires_at',
      'verification',
      'denial_basis',
      'denial_reason',
      'status_token_hash',
      'parent_request_id',
      'duplicate_of_id',
    ]) {
      await queryRunner.query(`ALTER TABLE "requests" DROP COLUMN "${column}"`);
    }
  }
}
