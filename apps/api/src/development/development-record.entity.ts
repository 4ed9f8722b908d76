import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { DevelopmentStage, DevelopmentStep } from '@wb/contracts';
import { OrgOwnedEntity } from '../common/org-owned.entity';
import { Member } from '../members/member.entity';

/** One person's way into the Party (发展党员), by the dates of each stage. */
@Entity('development_records')
@Index('idx_development_org', ['orgId'])
@Index('idx_development_due', ['dueDate'])
export class DevelopmentRecord extends OrgOwnedEntity {
  @Index('idx_development_member')
  @Column({ type: 'int' })
  memberId: number;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'memberId' })
  member?: Member;

  @Column({ type: 'date' })
  applicationDate: string;

  @Column({ type: 'date', nullable: true })
  talkDate: string | null;

  @Column({ type: 'date', nullable: true })
  activistDate: string | null;

  @Column({ type: 'date', nullable: true })
  lastReviewDate: string | null;

  @Column({ type: 'date', nullable: true })
  candidateDate: string | null;

  @Column({ type: 'date', nullable: true })
  probationaryDate: string | null;

  @Column({ type: 'int', nullable: true })
  extensionMonths: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  extensionReason: string | null;

  @Column({ type: 'date', nullable: true })
  fullMemberDate: string | null;

  /** The two full members who introduce a candidate. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  introducers: string | null;

  @Column({ type: 'int', nullable: true })
  trainingHours: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  /** Computed from the dates on every write (contracts' developmentProgress), kept for filters and counts. */
  @Column({ type: 'varchar', length: 16 })
  stage: DevelopmentStage;

  @Column({ type: 'varchar', length: 32, nullable: true })
  nextStep: DevelopmentStep | null;

  @Column({ type: 'date', nullable: true })
  dueDate: string | null;
}
