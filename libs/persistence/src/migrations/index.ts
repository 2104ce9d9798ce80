import { InitialSchema1764050000000 } from './1764050000000-initial-schema';
import { RequestLifecycle1764120000000 } from './1764120000000-request-lifecycle';
import { FulfilmentSteps1764200000000 } from './1764200000000-fulfilment-steps';
import { OutboxReplayIndex1764210000000 } from './1764210000000-outbox-replay-index';
import { AccessDownloads1764300000000 } from './1764300000000-access-downloads';
import { ManualTaskEvidence1764400000000 } from './1764400000000-manual-task-evidence';
import { Letters1764500000000 } from './1764500000000-letters';
import { StaffConsole1764600000000 } from './1764600000000-staff-console';
import { ReviewQueue1764700000000 } from './1764700000000-review-queue';
import { Administration1764800000000 } from './1764800000000-administration';
import { RequestRecords1764900000000 } from './1764900000000-request-records';
import { PersonTimeAndStatusLink1765000000000 } from './1765000000000-person-time-and-status-link';
import { PrivacyLaws1765100000000 } from './1765100000000-privacy-laws';
import { ResidenceAndLookup1765120000000 } from './1765120000000-residence-and-lookup';
import { MailSendClaims1766220000000 } from './1766220000000-mail-send-claims';
import { PersonCodeLimit1766240000000 } from './1766240000000-person-code-limit';
import { RedactPersonLinks1766240100000 } from './1766240100000-redact-person-links';
import { AppealResidence1766280000000 } from './1766280000000-appeal-residence';
import { FindRequestChallenges1766280000001 } from './1766280000001-find-request-challenges';
import { MailDataEnd1766310000000 } from './1766310000000-mail-data-end';
import { RedactLinksSentAfterUpgrade1766310000001 } from './1766310000001-redact-links-sent-after-upgrade';
import { AcknowledgementRule1766350000000 } from './1766350000000-acknowledgement-rule';
import { ConsoleIntake1766370000000 } from './1766370000000-console-intake';
import { PersonWithoutEmail1766380000000 } from './1766380000000-person-without-email';
import { SupportMailbox1766400000000 } from './1766400000000-support-mailbox';
import { RequestMessages1766500000000 } from './1766500000000-request-messages';
import { StaffNotifications1766600000000 } from './1766600000000-staff-notifications';
import { MailArchiveCheck1766800000000 } from './1766800000000-mail-archive-check';

/** In the order they run. Listed as classes, not globs: globs break the bundled builds. */
export const MIGRATIONS = [
  InitialSchema1764050000000,
  RequestLifecycle1764120000000,
  FulfilmentSteps1764200000000,
  OutboxReplayIndex1764210000000,
  AccessDownloads1764300000000,
  ManualTaskEvidence1764400000000,
  Letters1764500000000,
  StaffConsole1764600000000,
  ReviewQueue1764700000000,
  Administration1764800000000,
  RequestRecords1764900000000,
  PersonTimeAndStatusLink1765000000000,
  PrivacyLaws1765100000000,
  ResidenceAndLookup1765120000000,
  MailSendClaims1766220000000,
  PersonCodeLimit1766240000000,
  RedactPersonLinks1766240100000,
  AppealResidence1766280000000,
  FindRequestChallenges1766280000001,
  MailDataEnd1766310000000,
  RedactLinksSentAfterUpgrade1766310000001,
  AcknowledgementRule1766350000000,
  ConsoleIntake1766370000000,
  PersonWithoutEmail1766380000000,
  SupportMailbox1766400000000,
  RequestMessages1766500000000,
  StaffNotifications1766600000000,
  MailArchiveCheck1766800000000,
];
