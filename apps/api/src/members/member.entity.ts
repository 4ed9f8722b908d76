import { Column, Entity, Index } from 'typeorm';
import type { Education, Gender, Occupation, PoliticalStatus, SocietyRole } from '@wb/contracts';
import { OrgOwnedEntity } from '../common/org-owned.entity';

@Entity('members')
@Index('idx_members_org', ['orgId'])
export class Member extends OrgOwnedEntity {
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  gender: Gender;

  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  unit: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  position: string | null;

  @Column({ type: 'varchar', length: 32 })
  politicalStatus: PoliticalStatus;

  @Column({ type: 'simple-array', nullable: true })
  societyRoles: SocietyRole[];

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  /** `han` (汉族) or a minority's name. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  ethnicity: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  education: Education | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  occupation: Occupation | null;

  @Column({ type: 'date', nullable: true })
  joinedPartyDate: string | null;
}
