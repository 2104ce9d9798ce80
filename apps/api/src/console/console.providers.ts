import { DynamicModule, Provider } from '@nestjs/common';
import { AppConfig } from '@rightsdesk/config';
import { StaffModule } from '@rightsdesk/staff';
import { StaffPageGuard } from './console-access';
import { staffSettingsFrom } from './console-settings';
import { StaffMailTransport } from './staff-mail-transport';
import { useStaffTimeZone } from './i18n/staff-clock';

/** Staff sign-in, sessions and password links, with the settings of this configuration. */
export function consoleStaffModule(config: AppConfig): DynamicModule {
  // Every staff page shows times in the company's zone, named (see staff-clock).
  useStaffTimeZone(config.COMPANY_TIME_ZONE);
  return StaffModule.forRoot(staffSettingsFrom(config), StaffMailTransport);
}

/** The console's page guard, for ApiModule. */
export const CONSOLE_PROVIDERS: Provider[] = [StaffPageGuard];
