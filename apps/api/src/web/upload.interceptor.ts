import { CallHandler, ExecutionContext, NestInterceptor, Type, mixin } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { refuseMalformedText } from './well-formed-text';

interface UploadedFileName {
  originalname?: string;
}

/**
 * A multipart form with one file in `field`, parsed by multer; its text fields and the file's
 * name are then held to the same well-formed text rule as every JSON or form body (see
 * RequestBodyGuard), before anything reads them.
 */
export function Upload(field: string, options?: MulterOptions): Type<NestInterceptor> {
  class CheckedUpload extends FileInterceptor(field, options) {
    override intercept(
      context: ExecutionContext,
      next: CallHandler,
    ): Observable<unknown> | Promise<Observable<unknown>> {
      const request = context.switchToHttp().getRequest<Request & { file?: UploadedFileName }>();
      return super.intercept(context, {
        handle: () => {
          refuseMalformedText({ body: request.body, file: request.file?.originalname });
          return next.handle();
        },
      });
    }
  }
  return mixin(CheckedUpload);
}
