import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DatabaseModule } from '@rightsdesk/persistence';
import { StaffProvisioning, StaffRecordsModule } from '@rightsdesk/staff';

@Module({})
class StaffCommandsModule {}

/**
 * Runs `work` with the staff provisioning of an application context over the database (its
 * transactional context included, so a member and its audit row commit together), then closes
 * it. Nest logs nothing, so a command prints only its own lines.
 */
export async function withStaffProvisioning<T>(
  databaseUrl: string,
  work: (staff: StaffProvisioning) => Promise<T>,
): Promise<T> {
  const app = await NestFactory.createApplicationContext(
    {
      module: StaffCommandsModule,
      imports: [DatabaseModule.forRoot(databaseUrl), StaffRecordsModule],
    },
    { logger: false, abortOnError: false },
  );
  try {
    return await work(app.get(StaffProvisioning));
  } finally {
    await app.close();
  }
}
