import { Type } from '@nestjs/common';
import { ConfirmLinkPagesController } from './confirm-link-pages.controller';
import { DownloadPagesController } from './download-pages.controller';
import { FindRequestPagesController } from './find-request-pages.controller';
import { PostedCodePagesController } from './posted-code-pages.controller';
import { RequestPagesController } from './request-pages.controller';
import { StatusPagesController } from './status-pages.controller';
import { VerificationPagesController } from './verification-pages.controller';

/** The people's pages: home, request forms, verification, status, appeal, download, find. */
export const PRIVACY_CENTER_CONTROLLERS: Type[] = [
  RequestPagesController,
  // Before the verification pages: /verify/letter is not a status token.
  PostedCodePagesController,
  VerificationPagesController,
  ConfirmLinkPagesController,
  StatusPagesController,
  DownloadPagesController,
  FindRequestPagesController,
];
