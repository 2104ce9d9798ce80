import { MigrationInterface, QueryRunner } from 'typeorm';

/** A link carrying a person's secret (43 characters of base64url), with its site and query. */
const LINK = (path: string) =>
  `(https?://[^[:space:]"'<>]*)?/${path}/[A-Za-z0-9_-]{43}(\\?[^[:space:]"'<>]*)?`;

const REDACTIONS: Array<[path: string, placeholder: string]> = [
  ['status', '{{status_url}}'],
  ['verify/link', '{{verify_url}}'],
];

/**
 * The earlier redaction (1766240100000) left the messages still waiting to go out at that
 * upgrade with the person's link, so the person would receive one that works; once sent, their
 * copies kept it, readable by staff. Every message that is done with (sent, bounced, failed) now
 * holds the placeholder; one that may still go out (pending, unconfirmed) keeps its link until it
 * is sent or confirmed, which redact the copy they keep, whatever the message's age.
 */
export class RedactLinksSentAfterUpgrade1766310000001 implements MigrationInterface {
  name = 'RedactLinksSentAfterUpgrade1766310000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [path, placeholder] of REDACTIONS) {
      for (const column of ['body_text', 'body_html']) {
        await queryRunner.query(
          `UPDATE "correspondence" SET "${column}" = regexp_replace("${column}", $1, $2, 'g')
            WHERE status IN ('sent', 'bounced', 'failed') AND "${column}" ~ $1`,
          [LINK(path), placeholder],
        );
      }
    }
  }

  public async down(): Promise<void> {
    // The links are gone on purpose; there is nothing to put back.
  }
}
