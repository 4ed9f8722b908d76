import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { decimalAsNumber } from '../common/numeric-transformer';
import { OrgOwnedEntity } from '../common/org-owned.entity';
import { Member } from '../members/member.entity';

/** Party members' volunteer service, the assault team's work (党员志愿服务/突击队). */
@Entity('volunteer_services')
@Index('idx_volunteer_org_date', ['orgId', 'date'])
@Index('idx_volunteer_date', ['date'])
export class VolunteerService extends OrgOwnedEntity {
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  place: string | null;

  /** Headcount, members listed or not. */
  @Column({ type: 'int' })
  participants: number;

  /** Hours each participant served. */
  @Column({ type: 'decimal', precision: 6, scale: 1, transformer: decimalAsNumber })
  hours: number;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @OneToMany(() => VolunteerServiceMember, (row) => row.volunteerService)
  members: VolunteerServiceMember[];
}

/** A member who took part in a volunteer service. */
@Entity('volunteer_service_members')
@Unique('uq_volunteer_member', ['volunteerServiceId', 'memberId'])
export class VolunteerServiceMember {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  volunteerServiceId: number;

  @ManyToOne(() => VolunteerService, (service) => service.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteerServiceId' })
  volunteerService?: VolunteerService;

  @Index('idx_volunteer_member')
  @Column({ type: 'int' })
  memberId: number;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'memberId' })
  member?: Member;
}
