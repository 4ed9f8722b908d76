import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JournalChannel, JournalKind } from '@wb/contracts';
import { CrudService } from '../common/crud/crud.service';
import { Reference } from '../common/crud/references';
import { ListSpec } from '../common/list-query';
import { WriterContact } from '../writer-contacts/writer-contact.entity';
import { CreateJournalPostDto, UpdateJournalPostDto } from './journal-post.dto';
import { JournalPost } from './journal-post.entity';
import { JOURNAL_SHEET } from './journal-post.sheet';

export const JOURNAL_LIST: ListSpec = {
  resource: 'journal-posts',
  orgField: 'orgId',
  fields: {
    id: { kind: 'int', sortable: true },
    title: { kind: 'string', sortable: true },
    channel: { kind: 'enum', values: JournalChannel.values, sortable: true },
    issue: { kind: 'string', sortable: true },
    publishedDate: { kind: 'date', sortable: true },
    kind: { kind: 'enum', values: JournalKind.values, sortable: true },
    author: { kind: 'string', sortable: true },
    writerContactId: { kind: 'int', sortable: true },
    createdAt: { kind: 'datetime', sortable: true },
  },
  filters: {
    /** What a grassroots writer published: by them, or from a contact with them. */
    writer: {
      kind: 'string',
      where: (alias, value, param) => [
        `(${alias}.author = :${param} OR ${alias}.writerContactId IN (SELECT wc.id FROM writer_contacts wc WHERE wc.writer = :${param}))`,
        { [param]: value },
      ],
    },
  },
  search: ['title', 'author', 'issue'],
  defaultSort: ['publishedDate', 'DESC'],
};

@Injectable()
export class JournalPostsService extends CrudService<JournalPost, CreateJournalPostDto, UpdateJournalPostDto> {
  protected readonly entity = JournalPost;
  protected readonly spec = JOURNAL_LIST;
  readonly sheet = JOURNAL_SHEET;
  protected readonly references: Reference[] = [{ path: 'writerContactId', target: WriterContact, targetOrgField: 'orgId', label: '联系记录' }];

  constructor(dataSource: DataSource) {
    super(dataSource);
  }
}
