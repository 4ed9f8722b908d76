import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { FILE_STORE, FileStore } from './file-store';
import { LocalFileStore } from './local-file-store';
import { S3FileStore } from './s3-file-store';

function fileStore(config: AppConfig): FileStore {
  const files = config.files;
  return files.kind === 's3' ? new S3FileStore(files) : new LocalFileStore(files.dir);
}

/** Files on records; global, so every record controller can offer its record's files. */
@Global()
@Module({
  controllers: [AttachmentsController],
  providers: [AttachmentsService, { provide: FILE_STORE, useFactory: fileStore, inject: [APP_CONFIG] }],
  exports: [AttachmentsService],
})
export class AttachmentsModule {}
