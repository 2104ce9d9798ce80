import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The record-keeping facts reports read (regs 7101, 7102): when a request was closed and whether
 * it was complied with only in part, kept by a trigger so every path that closes a request (the
 * worker, staff, expiry, code not yet written) records them the same way; and when retention
 * purged the request's personal data.
 */
export class RequestRecords1764900000000 implements MigrationInterface {
  name = 'RequestRecords1764900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "requests" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "requests" ADD "complied_in_part" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "requests" ADD "personal_data_purged_at" TIMESTAMP WITH TIME ZONE`,
    );
    // Part compliance (regs 7102(a)): a copy that fell back to categories (regs 7024(a)), or an
    // erasure that kept rows under a legal exception (regs 7022(f); GDPR 17(3)).
    await queryRunner.query(`
      CREATE FUNCTION requests_record_closing() RETURNS trigger AS $$
      BEGIN
        IF NEW.status IN ('completed', 'denied', 'cancelled', 'expired')
           AND (TG_OP = 'INSERT' OR OLD.status NOT IN ('completed', 'denied', 'cancelled', 'expired'))
        THEN
          NEW.closed_at := COALESCE(NEW.closed_at, NEW.completed_at, now());
          IF NEW.status = 'completed' THEN
            NEW.complied_in_part := NEW.complied_in_part
              OR NEW.details ? 'fallbackFrom'
              OR EXISTS (
                SELECT 1 FROM fulfilment_steps s, jsonb_array_elements(
                  CASE WHEN jsonb_typeof(s.result -> 'tables') = 'array' THEN s.result -> 'tables' ELSE '[]'::jsonb END
                ) t
                WHERE s.request_id = NEW.id AND COALESCE((t ->> 'rowsRetained')::int, 0) > 0);
          END IF;
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await queryRunner.query(
      `CREATE TRIGGER requests_record_closing BEFORE INSERT OR UPDATE OF status ON "requests"
       FOR EACH ROW EXECUTE FUNCTION requests_record_closing()`,
    );
    // Requests closed before this migration: the audit row of their closing says when.
    await queryRunner.query(`
      UPDATE "requests" r SET closed_at = COALESCE(r.completed_at,
        (SELECT max(e.at) FROM request_events e WHERE e.request_id = r.id AND e.to_status = r.status),
        r.updated_at)
      WHERE r.status IN ('completed', 'denied', 'cancelled', 'expired')`);
    await queryRunner.query(`
      UPDATE "requests" r SET complied_in_part = true
      WHERE r.status = 'completed' AND (r.details ? 'fallbackFrom' OR EXISTS (
        SELECT 1 FROM fulfilment_steps s, jsonb_array_elements(
          CASE WHEN jsonb_typeof(s.result -> 'tables') = 'array' THEN s.result -> 'tables' ELSE '[]'::jsonb END
        ) t
        WHERE s.request_id = r.id AND COALESCE((t ->> 'rowsRetained')::int, 0) > 0))`);
    await queryRunner.query(
      `CREATE INDEX "requests_received_at_idx" ON "requests" ("received_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "requests_retention_idx" ON "requests" ("closed_at") WHERE personal_data_purged_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "requests_retention_idx"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "requests_received_at_idx"`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS requests_record_closing ON "requests"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS requests_record_closing()`);
    await queryRunner.query(`ALTER TABLE "requests" DROP COLUMN "personal_data_purged_at"`);
    await queryRunner.query(`ALTER TABLE "requests" DROP COLUMN "complied_in_part"`);
    await queryRunner.query(`ALTER TABLE "requests" DROP COLUMN "closed_at"`);
  }
}
