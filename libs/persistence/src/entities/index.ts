import { AccessPackage } from './access-package.entity';
import { AccessDownload } from './access-download.entity';
import { DownloadChallenge } from './download-challenge.entity';
import { AgentAuthorization } from './agent-authorization.entity';
import { IntakeDocument } from './intake-document.entity';
import { ApiKey } from './api-key.entity';
import { VerificationChallenge } from './verification-challenge.entity';
import { Correspondence } from './correspondence.entity';
import { DataSubjectRequest } from './data-subject-request.entity';
import { OutboxMessage } from './outbox-message.entity';
import { PackageChunk } from './package-chunk.entity';
import { RequestEvent } from './request-event.entity';
import { SubjectIdentity } from './subject-identity.entity';
import { FulfilmentStep } from './fulfilment-step.entity';
import { SuppressionRecord } from './suppression-record.entity';
import { ManualTaskEvidence } from './manual-task-evidence.entity';
import { Letter } from './letter.entity';
import { LetterBatch } from './letter-batch.entity';
import { RequestNote } from './request-note.entity';
import { RequestMessage, RequestMessageAttachment } from './request-message.entity';
import { StaffUser } from './staff-user.entity';
import { StaffSession } from './staff-session.entity';
import { StaffSignInThrottle } from './staff-sign-in-throttle.entity';
import { StaffPasswordToken } from './staff-password-token.entity';
import { DataMapVersion } from './data-map-version.entity';
import { DataMapPin } from './data-map-pin.entity';
import { PolicySetting } from './policy-setting.entity';
import { AdminEvent } from './admin-event.entity';
import { MailboxAttachment, MailboxMessage, MailboxPosition } from './mailbox-message.entity';
import { StaffNotification } from './staff-notification.entity';

export * from './access-package.entity';
export * from './access-download.entity';
export * from './download-challenge.entity';
export * from './agent-authorization.entity';
export * from './intake-document.entity';
export * from './api-key.entity';
export * from './verification-challenge.entity';
export * from './correspondence.entity';
export * from './data-subject-request.entity';
export * from './outbox-message.entity';
export * from './package-chunk.entity';
export * from './request-event.entity';
export * from './subject-identity.entity';
export * from './fulfilment-step.entity';
export * from './suppression-record.entity';
export * from './manual-task-evidence.entity';
export * from './letter.entity';
export * from './letter-batch.entity';
export * from './request-note.entity';
export * from './request-message.entity';
export * from './staff-user.entity';
export * from './staff-session.entity';
export * from './staff-sign-in-throttle.entity';
export * from './staff-password-token.entity';
export * from './data-map-version.entity';
export * from './data-map-pin.entity';
export * from './policy-setting.entity';
export * from './admin-event.entity';
export * from './mailbox-message.entity';
export * from './staff-notification.entity';

/** Listed as classes, not globs: globs break the bundled (webpack) builds. */
export const ENTITIES = [
  SubjectIdentity,
  DataSubjectRequest,
  RequestEvent,
  OutboxMessage,
  Correspondence,
  AccessPackage,
  PackageChunk,
  DownloadChallenge,
  AccessDownload,
  VerificationChallenge,
  AgentAuthorization,
  IntakeDocument,
  ApiKey,
  FulfilmentStep,
  SuppressionRecord,
  ManualTaskEvidence,
  LetterBatch,
  Letter,
  RequestNote,
  RequestMessage,
  RequestMessageAttachment,
  StaffUser,
  StaffSession,
  StaffSignInThrottle,
  StaffPasswordToken,
  DataMapVersion,
  DataMapPin,
  PolicySetting,
  AdminEvent,
  MailboxMessage,
  MailboxAttachment,
  MailboxPosition,
  StaffNotification,
];
