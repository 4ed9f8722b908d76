import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContactMode } from '@wb/contracts';
import { CrudService } from '../common/crud/crud.service';
import { ListSpec } from '../common/list-query';
import { CreateWriterContactDto, UpdateWriterContactDto } from './writer-contact.dto';
import { WriterContact } from './writer-contact.entity';
import { WRITER_CONTACT_SHEET } from './writer-contact.sheet';

export const WRITER_CONTACT_LIST: ListSpec = {
  resource: 'writer-contacts',
  orgField: 'orgId',
  fields: {
    id: { kind: 'int', sortable: true },
    date: { kind: 'date', sortable: true },
    writer: { kind: 'string', sortable: true },
    unit: { kind: 'string', sortable: true },
    mode: { kind: 'enum', values: ContactMode.values, sortable: true },
    topic: { kind: 'string', sortable: true },
    createdAt: { kind: 'datetime', sortable: true },
  },
  search: ['writer', 'unit', 'topic'],
  defaultSort: ['date', 'DESC'],
};

@Injectable()
export class WriterContactsService extends CrudService<WriterContact, CreateWriterContactDto, UpdateWriterContactDto> {
  protected readonly entity = WriterContact;
  protected readonly spec = WRITER_CONTACT_LIST;
  readonly sheet = WRITER_CONTACT_SHEET;

  constructor(dataSource: DataSource) {
    super(dataSource);
  }
}
