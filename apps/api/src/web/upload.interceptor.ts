import {
  CallHandler,
  ExecutionContext,
  NestInterceptor,
  PayloadTooLargeException,
  Type,
  mixin,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { refuseMalformedText } from './well-formed-text';

interface UploadedFileName {
  originalname?: string;
}

/** Set on the request by an upload that may be told apart when its file is over the limit. */
export interface UploadRequest extends Request {
  uploadTooLarge?: boolean;
}

/**
 * A multipart form with one file in `field`, parsed by multer; its text fields and the file's
 * name are then held to the same well-formed text rule as every JSON or form body (see
 * RequestBodyGuard), before anything reads them.
 */
export function Upload(
  field: string,
  options?: MulterOptions,
  /**
   * A form that can say "this file is too large" beside its field: a file over the limit is
   * dropped (multer drains the rest of it) and the request marked `uploadTooLarge`, instead of
   * a 413 page. The fields before the file in the form are read as usual.
   */
  behaviour: { markTooLarge?: boolean } = {},
): Type<NestInterceptor> {
  class CheckedUpload extends FileInterceptor(field, options) {
    override async intercept(
      context: ExecutionContext,
      next: CallHandler,
    ): Promise<Observable<unknown>> {
      const request = context
        .switchToHttp()
        .getRequest<UploadRequest & { file?: UploadedFileName }>();
      const handle = () => {
        refuseMalformedText({ body: request.body, file: request.file?.originalname });
        return next.handle();
      };
      try {
        return await super.intercept(context, { handle });
      } catch (error) {
        if (!behaviour.markTooLarge || !(error instanceof PayloadTooLargeException)) throw error;
        request.uploadTooLarge = true;
        request.file = undefined;
        return handle();
      }
    }
  }
  return mixin(CheckedUpload);
}
