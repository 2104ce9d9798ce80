import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rightsdesk's first schema: requests and the identities they are about, the hash-chained audit
 * trail, the job outbox, correspondence, and encrypted access packages.
 */
export class InitialSchema1764050000000 implements MigrationInterface {
  name = 'InitialSchema1764050000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "subject_identities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text, "phone" text, "postal_address" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_719f8a5efbb216f64e0691ce55c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "type" text NOT NULL, "status" text NOT NULL, "regime" text NOT NULL, "manner" text NOT NULL, "answer_channel" text NOT NULL, "language" text NOT NULL, "subject_id" uuid NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_explanation" text NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "failure" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "requests_language_check" CHECK ("language" IN ('en', 'es')), CONSTRAINT "requests_answer_channel_check" CHECK ("answer_channel" IN ('email', 'postal')), CONSTRAINT "requests_manner_check" CHECK ("manner" IN ('web', 'api', 'postal', 'phone', 'email', 'agent')), CONSTRAINT "requests_regime_check" CHECK ("regime" IN ('gdpr', 'ccpa', 'vcdpa', 'cpa', 'ctdpa', 'tdpsa')), CONSTRAINT "requests_status_check" CHECK ("status" IN ('received', 'pending_verification', 'verified', 'awaiting_review', 'needs_info', 'approved', 'in_progress', 'completed', 'failed', 'denied', 'cancelled', 'expired')), CONSTRAINT "requests_type_check" CHECK ("type" IN ('access', 'correct', 'delete', 'withdraw_consent')), CONSTRAINT "PK_0428f484e96f9e6a55955f29b5f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "requests_reference_key" ON "requests"  ("reference")`,
    );
    await queryRunner.query(`CREATE INDEX "requests_subject_id_idx" ON "requests"  ("subject_id")`);
    await queryRunner.query(
      `CREATE INDEX "requests_status_due_at_idx" ON "requests"  ("status", "due_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "access_packages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'building', "format" text NOT NULL, "manifest" jsonb NOT NULL DEFAULT '[]', "row_count" integer NOT NULL DEFAULT '0', "byte_size" bigint NOT NULL DEFAULT '0', "chunk_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_38b53657e54b5368d240fbcca79" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "access_packages_request_id_key" ON "access_packages"  ("request_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "correspondence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "dedupe_key" text NOT NULL, "kind" text NOT NULL, "channel" text NOT NULL, "language" text NOT NULL, "recipient" text NOT NULL, "subject" text NOT NULL, "body_text" text NOT NULL, "body_html" text, "status" text NOT NULL DEFAULT 'pending', "message_id" text, "error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2098dfdc4d7742da8467be3fb3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "correspondence_request_dedupe_key" ON "correspondence"  ("request_id", "dedupe_key")`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "queue" text NOT NULL, "job_name" text NOT NULL, "job_id" text NOT NULL, "payload" jsonb NOT NULL, "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "relayed_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "outbox_job_id_key" ON "outbox"  ("job_id")`);
    await queryRunner.query(
      `CREATE INDEX "outbox_pending_idx" ON "outbox"  ("available_at") WHERE relayed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "package_chunks" ("package_id" uuid NOT NULL, "seq" integer NOT NULL, "iv" bytea NOT NULL, "auth_tag" bytea NOT NULL, "ciphertext" bytea NOT NULL, CONSTRAINT "PK_3277c7d66006d149dee0a939934" PRIMARY KEY ("package_id", "seq"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "request_events" ("seq" BIGSERIAL NOT NULL, "request_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor" text NOT NULL, "action" text NOT NULL, "from_status" text, "to_status" text, "reason" text, "data" jsonb NOT NULL DEFAULT '{}', "chain_seq" bigint, "prev_hash" text, "hash" text, CONSTRAINT "PK_5a7d911004200d9886fac6cdaef" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "request_events_chain_seq_key" ON "request_events"  ("chain_seq")`,
    );
    await queryRunner.query(
      `CREATE INDEX "request_events_unsealed_idx" ON "request_events"  ("seq") WHERE chain_seq IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "request_events_request_id_seq_idx" ON "request_events"  ("request_id", "seq")`,
    );
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "FK_e9092e0aadf027f042e158becdf" FOREIGN KEY ("subject_id") REFERENCES "subject_identities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "access_packages" ADD CONSTRAINT "FK_02c4c30f74aa6fcfa8ad5c1dd91" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "correspondence" ADD CONSTRAINT "FK_d5c5a270e38ac0407d35cec3b56" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "package_chunks" ADD CONSTRAINT "FK_d36934bc4f7651afda035c52823" FOREIGN KEY ("package_id") REFERENCES "access_packages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "request_events" ADD CONSTRAINT "FK_e8b717bcc3e01fbd300f4e97e56" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The audit trail is append-only (GDPR 5(2)): rows are never deleted, and the only update
    // allowed is the sealer's, once, giving an unsealed row its chain position and hashes.
    await queryRunner.query(`
      CREATE FUNCTION request_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL
           AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL
           AND (NEW.seq, NEW.request_id, NEW.at, NEW.actor, NEW.action, NEW.from_status,
                NEW.to_status, NEW.reason, NEW.data)
               IS NOT DISTINCT FROM
               (OLD.seq, OLD.request_id, OLD.at, OLD.actor, OLD.action, OLD.from_status,
                OLD.to_status, OLD.reason, OLD.data)
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'request_events is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER request_events_no_update_delete BEFORE UPDATE OR DELETE ON "request_events"
       FOR EACH ROW EXECUTE FUNCTION request_events_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER request_events_no_truncate BEFORE TRUNCATE ON "request_events"
       FOR EACH STATEMENT EXECUTE FUNCTION request_events_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'request_events',
      'package_chunks',
      'access_packages',
      'correspondence',
      'outbox',
      'requests',
      'subject_identities',
    ]) {
      await queryRunner.query(`DROP TABLE IF EXISTS "${table}" CASCADE`);
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS request_events_append_only()`);
  }
}
