import { DynamicModule, Module, Type } from '@nestjs/common';
import { StaffSecondFactor } from './second-factor';
import { SignInUseCase } from './sign-in.use-case';
import { StaffDirectory } from './staff-directory';
import { STAFF_MAILER, type StaffMailer } from './staff-mailer';
import { StaffPasswordLinks } from './staff-password-links';
import { StaffRecordsModule } from './staff-provisioning';
import { StaffNotifyChoice } from './staff-notify-choice';
import { StaffSessions } from './staff-sessions';
import { STAFF_SETTINGS, type StaffSettings } from './staff-settings';

const USE_CASES = [
  StaffSessions,
  SignInUseCase,
  StaffPasswordLinks,
  StaffSecondFactor,
  StaffDirectory,
  StaffNotifyChoice,
];

/**
 * Staff accounts: sign-in with lockout, sessions, password links, the second factor and the
 * directory admins manage. The process gives the settings (from its configuration) and how
 * password links are mailed.
 */
@Module({})
export class StaffModule {
  static forRoot(settings: StaffSettings, mailer: Type<StaffMailer>): DynamicModule {
    return {
      module: StaffModule,
      imports: [StaffRecordsModule],
      providers: [
        { provide: STAFF_SETTINGS, useValue: settings },
        { provide: STAFF_MAILER, useClass: mailer },
        ...USE_CASES,
      ],
      exports: [STAFF_SETTINGS, STAFF_MAILER, StaffRecordsModule, ...USE_CASES],
    };
  }
}
