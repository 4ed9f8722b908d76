import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ComplianceFrequency, MeetingCategory } from '@wb/contracts';

/** An admin's setting of how often a kind of meeting is due; none stored means the 条例's defaults. */
@Entity('compliance_rules')
@Unique('uq_compliance_category', ['category'])
export class ComplianceRuleEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 32 })
  category: MeetingCategory;

  @Column({ type: 'varchar', length: 16 })
  frequency: ComplianceFrequency;

  @Column({ type: 'int' })
  required: number;

  @Column({ type: 'simple-array' })
  orgTypes: ('party_branch' | 'party_group')[];

  @Column({ type: 'varchar', length: 100 })
  source: string;
}
