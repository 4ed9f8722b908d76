import { Column, Entity, Index } from 'typeorm';
import type { Focus, ServiceArea, TripMethod } from '@wb/contracts';
import { OrgOwnedEntity } from '../common/org-owned.entity';

/** A grassroots research trip (基层调研): where, how, what was found and suggested. */
@Entity('research_trips')
// a branch's live trips by date, and the annual report's counts per service area, from the index alone
@Index('idx_research_trips_org_facts', ['orgId', 'deletedAt', 'startDate', 'serviceArea'])
@Index('idx_research_trips_start', ['startDate'])
export class ResearchTrip extends OrgOwnedEntity {
  @Column({ type: 'varchar', length: 200 })
  topic: string;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'varchar', length: 200 })
  destination: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  leader: string | null;

  /** Who went, as names. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  participants: string | null;

  @Column({ type: 'varchar', length: 16 })
  method: TripMethod;

  @Column({ type: 'varchar', length: 16 })
  serviceArea: ServiceArea;

  @Column({ type: 'varchar', length: 16, nullable: true })
  focus: Focus | null;

  @Column({ type: 'text', nullable: true })
  findings: string | null;

  @Column({ type: 'text', nullable: true })
  suggestions: string | null;
}
