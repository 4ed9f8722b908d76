import { Column, Entity, Index } from 'typeorm';
import type { ContactMode } from '@wb/contracts';
import { OrgOwnedEntity } from '../common/org-owned.entity';

/** One contact with a grassroots writer (联系基层撰稿人): who, when, how, about what. */
@Entity('writer_contacts')
@Index('idx_writer_contacts_org_date', ['orgId', 'date'])
@Index('idx_writer_contacts_date', ['date'])
@Index('idx_writer_contacts_writer', ['writer'])
export class WriterContact extends OrgOwnedEntity {
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 50 })
  writer: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  unit: string | null;

  @Column({ type: 'varchar', length: 16 })
  mode: ContactMode;

  @Column({ type: 'varchar', length: 200 })
  topic: string;
}
