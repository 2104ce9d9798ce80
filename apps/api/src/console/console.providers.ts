import { DynamicModule, Provider, Type } from '@nestjs/common';
import { AppConfig } from '@rightsdesk/config';
import { StaffModule } from '@rightsdesk/staff';
import { AccountPagesController } from './account-pages.controller';
import { PrintQueuePagesController } from './letters/print-queue-pages.controller';
import { AdminApiKeysController } from './admin/admin-api-keys.controller';
import { AdminUsersController } from './admin/admin-users.controller';
import { StaffPageGuard } from './console-access';
import { ConsoleHomeController } from './console-home.controller';
import { staffSettingsFrom } from './console-settings';
import { PasswordPagesController } from './password-pages.controller';
import { SignInPagesController } from './sign-in-pages.controller';
import { StaffMailTransport } from './staff-mail-transport';

/** The console's own controllers (pages under /console). */
export const CONSOLE_CONTROLLERS: Type[] = [
  SignInPagesController,
  PasswordPagesController,
  ConsoleHomeController,
  AccountPagesController,
  AdminUsersController,
  AdminApiKeysController,
  PrintQueuePagesController,
];

/** Staff sign-in, sessions and password links, with the settings of this configuration. */
export function consoleStaffModule(config: AppConfig): DynamicModule {
  return StaffModule.forRoot(staffSettingsFrom(config), StaffMailTransport);
}

/** The console's page guard, for ApiModule. */
export const CONSOLE_PROVIDERS: Provider[] = [StaffPageGuard];
