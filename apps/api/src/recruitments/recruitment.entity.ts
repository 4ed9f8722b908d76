import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { RecruitmentCategory } from '@wb/contracts';
import { OrgOwnedEntity } from '../common/org-owned.entity';
import { Member } from '../members/member.entity';

/** One person who joined the society's talent pool (吸纳人才). */
@Entity('recruitments')
@Index('idx_recruitments_org_date', ['orgId', 'date'])
@Index('idx_recruitments_date', ['date'])
export class Recruitment extends OrgOwnedEntity {
  @Index('idx_recruitments_member')
  @Column({ type: 'int' })
  memberId: number;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'memberId' })
  member?: Member;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 32 })
  category: RecruitmentCategory;

  /** The unit they came from. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  sourceUnit: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
