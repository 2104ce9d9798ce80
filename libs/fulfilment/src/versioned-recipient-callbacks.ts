import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DataMapStore } from '@rightsdesk/live-config';
import { RecordRecipientCallbackUseCase } from './record-recipient-callback.use-case';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A recipient's callback, checked against the webhook of the data map version its request was
 * fulfilled with: a recipient added by a newer version is known, and one removed since is
 * still answered for the requests that told it. Stands in for RecordRecipientCallbackUseCase.
 */
@Injectable()
export class VersionedRecipientCallbacks implements Pick<
  RecordRecipientCallbackUseCase,
  'execute'
> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maps: DataMapStore,
  ) {}

  async execute(
    stepId: string,
    rawBody: Buffer,
    signature: string | undefined,
    now = new Date(),
  ): Promise<{ stepId: string; status: 'done' | 'failed' }> {
    // Not an id: the use case answers 404 whatever the version.
    const version = UUID.test(stepId)
      ? await this.maps.versionForStep(stepId)
      : await this.maps.activeVersion();
    const sources = await this.maps.sources(version);
    return new RecordRecipientCallbackUseCase(this.dataSource, sources).execute(
      stepId,
      rawBody,
      signature,
      now,
    );
  }
}
