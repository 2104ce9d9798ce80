import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { API_KEY_SECRET, ApiKeyService } from './api-key-service';

/** API keys over the transaction host, their hashes keyed with TOKEN_SECRET. */
@Module({
  providers: [
    ApiKeyService,
    {
      provide: API_KEY_SECRET,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => config.tokenKey,
    },
  ],
  exports: [ApiKeyService],
})
export class ApiKeysModule {}
