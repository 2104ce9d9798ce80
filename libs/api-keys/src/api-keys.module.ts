import { Module } from '@nestjs/common';
import { ApiKeyService } from './api-key-service';

/**
 * API keys over the transaction host, their hashes keyed with TOKEN_SECRET. Needs ConfigModule
 * and DatabaseModule.forRoot in the root module (the api's, the command line's, a test's).
 */
@Module({ providers: [ApiKeyService], exports: [ApiKeyService] })
export class ApiKeysModule {}
