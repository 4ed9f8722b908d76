import { Module } from '@nestjs/common';
import { crudController } from '../common/crud/crud.controller';
import { CreateWriterContactDto, UpdateWriterContactDto } from './writer-contact.dto';
import { WriterContactsService } from './writer-contacts.service';

export class WriterContactsController extends crudController({
  resource: 'writer-contacts',
  tag: 'writer-contacts 联系基层撰稿人',
  service: WriterContactsService,
  createDto: CreateWriterContactDto,
  updateDto: UpdateWriterContactDto,
}) {}

@Module({ controllers: [WriterContactsController], providers: [WriterContactsService] })
export class WriterContactsModule {}
