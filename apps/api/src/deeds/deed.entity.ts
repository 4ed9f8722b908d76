import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { DeedSource, DeedStatus, Focus, ServiceArea } from '@wb/contracts';
import { OrgOwnedEntity } from '../common/org-owned.entity';
import { ResearchTrip } from '../research-trips/research-trip.entity';

/** A practical deed for the people (我为群众办实事), often born of a research trip. */
@Entity('deeds')
// a branch's live deeds by date, and the annual report's counts per service area and status, from the index alone
@Index('idx_deeds_org_facts', ['orgId', 'deletedAt', 'plannedStart', 'serviceArea', 'status'])
@Index('idx_deeds_start', ['plannedStart'])
export class Deed extends OrgOwnedEntity {
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 16 })
  serviceArea: ServiceArea;

  @Column({ type: 'varchar', length: 16, nullable: true })
  focus: Focus | null;

  @Column({ type: 'varchar', length: 16 })
  source: DeedSource;

  @Index('idx_deeds_trip')
  @Column({ type: 'int', nullable: true })
  sourceTripId: number | null;

  @ManyToOne(() => ResearchTrip, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'sourceTripId' })
  sourceTrip?: ResearchTrip | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  beneficiaryGroup: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  responsible: string | null;

  @Column({ type: 'date' })
  plannedStart: string;

  @Column({ type: 'date', nullable: true })
  plannedEnd: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: DeedStatus;

  @Column({ type: 'date', nullable: true })
  completedDate: string | null;

  /** How many people it served. */
  @Column({ type: 'int', nullable: true })
  beneficiaries: number | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @OneToMany(() => DeedMilestone, (row) => row.deed)
  milestones: DeedMilestone[];
}

/** One step of a deed's progress. */
@Entity('deed_milestones')
export class DeedMilestone {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('idx_milestones_deed')
  @Column({ type: 'int' })
  deedId: number;

  @ManyToOne(() => Deed, (deed) => deed.milestones, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deedId' })
  deed?: Deed;

  @Column({ type: 'date' })
  date: string;

  /** Per cent done, 0-100. */
  @Column({ type: 'int' })
  progress: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;
}
