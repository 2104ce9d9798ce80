import { Type } from '@nestjs/common';
import { AccountPagesController } from './account/account-pages.controller';
import { PasswordPagesController } from './account/password-pages.controller';
import { AdminApiKeysController } from './admin/admin-api-keys.controller';
import { AdminUsersController } from './admin/admin-users.controller';
import { DataMapPagesController } from './admin/data-map-pages.controller';
import { QueuePagesController } from './admin/queue-pages.controller';
import { SettingsPagesController } from './admin/settings-pages.controller';
import { ConsoleHomeController } from './console-home.controller';
import { IntakePagesController } from './intake/intake-pages.controller';
import { PrintQueuePagesController } from './letters/print-queue-pages.controller';
import { MailboxPagesController } from './mailbox/mailbox-pages.controller';
import { ReportPagesController } from './reports/report-pages.controller';
import { ReviewPagesController } from './review/review-pages.controller';
import { ReviewQueuePagesController } from './review/review-queue-pages.controller';
import { SignInPagesController } from './sign-in/sign-in-pages.controller';

/** The staff console's pages under /console. */
export const CONSOLE_CONTROLLERS: Type[] = [
  ReviewQueuePagesController,
  ReviewPagesController,
  IntakePagesController,
  MailboxPagesController,
  SignInPagesController,
  PasswordPagesController,
  ConsoleHomeController,
  AccountPagesController,
  AdminUsersController,
  AdminApiKeysController,
  PrintQueuePagesController,
  ReportPagesController,
  DataMapPagesController,
  SettingsPagesController,
  QueuePagesController,
];
