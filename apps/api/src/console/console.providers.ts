import { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@rightsdesk/config';
import { Logger } from '@nestjs/common';
import {
  SignInUseCase,
  StaffDirectory,
  StaffMailer,
  StaffPasswordLinks,
  StaffSecondFactor,
  StaffSessions,
  StaffSettings,
} from '@rightsdesk/staff';
import { StaffPageGuard } from './console-access';
import { STAFF_MAILER, STAFF_SETTINGS, staffSettingsFrom } from './console-settings';
import { StaffMailTransport } from './staff-mail-transport';

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
    {
      provide: STAFF_MAILER,
      useFactory: () => new StaffMailTransport(config.SMTP_URL, config.MAIL_FROM),
    },
    {
      provide: StaffPasswordLinks,
      inject: [DataSource, StaffSessions, STAFF_SETTINGS, STAFF_MAILER],
      useFactory: (
        dataSource: DataSource,
        sessions: StaffSessions,
        settings: StaffSettings,
        mailer: StaffMailer,
      ) => {
        const logger = new Logger('staff-mail');
        // The reason only: never the address or the link.
        return new StaffPasswordLinks(dataSource, sessions, settings, mailer, (error) =>
          logger.error(
            `password reset email not sent: ${(error as { code?: string }).code ?? error.name}`,
          ),
        );
      },
    },
    {
      provide: StaffSecondFactor,
      inject: [DataSource, StaffSessions, STAFF_SETTINGS],
      useFactory: (dataSource: DataSource, sessions: StaffSessions, settings: StaffSettings) =>
        new StaffSecondFactor(dataSource, sessions, settings),
    },
    {
      provide: StaffDirectory,
      inject: [DataSource, StaffSessions, StaffPasswordLinks],
      useFactory: (dataSource: DataSource, sessions: StaffSessions, links: StaffPasswordLinks) =>
        new StaffDirectory(dataSource, sessions, links),
    },
    StaffPageGuard,
  ];
}
