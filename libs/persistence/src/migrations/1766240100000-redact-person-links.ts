import { MigrationInterface, QueryRunner } from 'typeorm';

/** A link carrying a person's secret (43 characters of base64url), with its site and query. */
const LINK = (path: string) =>
  `(https?://[^[:space:]"'<>]*)?/${path}/[A-Za-z0-9_-]{43}(\\?[^[:space:]"'<>]*)?`;

const REDACTIONS: Array<[path: string, placeholder: string]> = [
  ['status', '{{status_url}}'],
  ['verify/link', '{{verify_url}}'],
];

/**
 * Copies of messages written before their links were sealed held the person's status link (and
 * the verification link) in full, readable by any staff member or key allowed to read
 * correspondence, and good enough to act as the person. They now hold the placeholder the later
 * copies hold. Messages still waiting to go out at the upgrade (in flight for seconds) keep
 * theirs, so the person still receives a link that works.
 */
export class RedactPersonLinks1766240100000 implements MigrationInterface {
  name = 'RedactPersonLinks1766240100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [path, placeholder] of REDACTIONS) {
      for (const column of ['body_text', 'body_html']) {
        await queryRunner.query(
          `UPDATE "correspondence" SET "${column}" = regexp_replace("${column}", $1, $2, 'g')
            WHERE status <> 'pending' AND "${column}" ~ $1`,
          [LINK(path), placeholder],
        );
      }
    }
  }

  public async down(): Promise<void> {
    // The links are gone on purpose; there is nothing to put back.
  }
}
