import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PaperAward, PaperDimension } from '@wb/contracts';
import { OrgOwnedEntity } from '../common/org-owned.entity';
import { Member } from '../members/member.entity';

/** An academic paper the society collected (学术论文), and the award it won. */
@Entity('papers')
// a branch's live papers by year, and the annual report's counts per dimension and award, from the index alone
@Index('idx_papers_org_facts', ['orgId', 'deletedAt', 'year', 'dimension', 'award'])
@Index('idx_papers_year', ['year'])
@Index('idx_papers_duplicate', ['year', 'firstAuthor'])
export class Paper extends OrgOwnedEntity {
  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Names separated by 、, the first author first. */
  @Column({ type: 'varchar', length: 200 })
  authors: string;

  /** The first name of `authors`, kept for the duplicate rule. */
  @Column({ type: 'varchar', length: 50 })
  firstAuthor: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  authorUnit: string | null;

  /** The year it was collected in. */
  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'date', nullable: true })
  submittedDate: string | null;

  @Column({ type: 'varchar', length: 16 })
  dimension: PaperDimension;

  @Column({ type: 'varchar', length: 32 })
  award: PaperAward;

  @OneToMany(() => PaperAuthor, (row) => row.paper)
  authorMembers: PaperAuthor[];
}

/** An author who is one of the members. */
@Entity('paper_authors')
@Unique('uq_paper_author', ['paperId', 'memberId'])
export class PaperAuthor {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  paperId: number;

  @ManyToOne(() => Paper, (paper) => paper.authorMembers, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'paperId' })
  paper?: Paper;

  @Index('idx_paper_author_member')
  @Column({ type: 'int' })
  memberId: number;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'memberId' })
  member?: Member;
}
