import { Provider, Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@rightsdesk/config';
import { SignInUseCase, StaffSessions, StaffSettings } from '@rightsdesk/staff';
import { StaffPageGuard } from './console-access';
import { ConsoleHomeController } from './console-home.controller';
import { STAFF_SETTINGS, staffSettingsFrom } from './console-settings';
import { SignInPagesController } from './sign-in-pages.controller';

/** The console's own controllers (pages under /console). */
export const CONSOLE_CONTROLLERS: Type[] = [SignInPagesController, ConsoleHomeController];

/** Staff sign-in, sessions and the page guard, for ApiModule. */
export function consoleProviders(config: AppConfig): Provider[] {
  return [
    { provide: STAFF_SETTINGS, useValue: staffSettingsFrom(config) },
    {
      provide: StaffSessions,
      inject: [DataSource, STAFF_SETTINGS],
      useFactory: (dataSource: DataSource, settings: StaffSettings) =>
        new StaffSessions(dataSource, settings),
    },
    {
      provide: SignInUseCase,
      inject: [DataSource, StaffSessions, STAFF_SETTINGS],
      useFactory: (dataSource: DataSource, sessions: StaffSessions, settings: StaffSettings) =>
        new SignInUseCase(dataSource, sessions, settings),
    },
    StaffPageGuard,
  ];
}
