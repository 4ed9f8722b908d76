import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { JournalChannel, JournalKind } from '@wb/contracts';
import { OrgOwnedEntity } from '../common/org-owned.entity';
import { WriterContact } from '../writer-contacts/writer-contact.entity';

/** One item published in the journal, on the website or in new media (期刊与网站信息). */
@Entity('journal_posts')
// a branch's live posts by date, and the annual report's counts per channel and kind, from the index alone
@Index('idx_journal_org_facts', ['orgId', 'deletedAt', 'publishedDate', 'channel', 'kind'])
@Index('idx_journal_date', ['publishedDate'])
export class JournalPost extends OrgOwnedEntity {
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 16 })
  channel: JournalChannel;

  /** The journal's issue, e.g. 2021年第3期. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  issue: string | null;

  @Column({ type: 'date' })
  publishedDate: string;

  @Column({ type: 'varchar', length: 16 })
  kind: JournalKind;

  @Column({ type: 'varchar', length: 50, nullable: true })
  author: string | null;

  /** The contact with a grassroots writer it came from. */
  @Index('idx_journal_writer_contact')
  @Column({ type: 'int', nullable: true })
  writerContactId: number | null;

  @ManyToOne(() => WriterContact, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'writerContactId' })
  writerContact?: WriterContact | null;
}
