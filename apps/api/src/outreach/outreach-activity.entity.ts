import { Column, Entity, Index } from 'typeorm';
import type { OutreachAudience, OutreachVenue } from '@wb/contracts';
import { OrgOwnedEntity } from '../common/org-owned.entity';

/** A popular-science activity (科普): where, on what aspect, how many items it delivered, to whom. */
@Entity('outreach_activities')
@Index('idx_outreach_org_date', ['orgId', 'date'])
@Index('idx_outreach_date', ['date'])
export class OutreachActivity extends OrgOwnedEntity {
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 16 })
  venue: OutreachVenue;

  /** What it was about, in the society's own words (法律法规, 真假鉴别…); reused ones are suggested. */
  @Column({ type: 'varchar', length: 50 })
  aspect: string;

  /** How many 科普 items (项) it delivered. */
  @Column({ type: 'int' })
  items: number;

  @Column({ type: 'varchar', length: 16 })
  audience: OutreachAudience;

  /** Headcount reached. */
  @Column({ type: 'int', nullable: true })
  participants: number | null;

  @Column({ type: 'text', nullable: true })
  materials: string | null;
}
