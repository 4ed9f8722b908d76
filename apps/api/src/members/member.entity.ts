import { Column, Entity, Index } from 'typeorm';
import type { Gender, PoliticalStatus, SocietyRole } from '@wb/contracts';
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
}
