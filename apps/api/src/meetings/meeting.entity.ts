import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { AttendanceStatus, MeetingCategory, MeetingFormat } from '@wb/contracts';
import { OrgOwnedEntity } from '../common/org-owned.entity';
import { Member } from '../members/member.entity';

@Entity('meetings')
// lists read live rows (deletedAt IS NULL) in date order: see migration ListIndexes
// a branch's live meetings by date (lists), and the annual report's counts per category and format from the index alone
@Index('idx_meetings_org_live_date', ['orgId', 'deletedAt', 'date'])
@Index('idx_meetings_org_facts', ['orgId', 'deletedAt', 'date', 'category', 'format'])
@Index('idx_meetings_live_date', ['deletedAt', 'date'])
@Index('idx_meetings_category_date', ['category', 'deletedAt', 'date'])
@Index('idx_meetings_date', ['date'])
export class Meeting extends OrgOwnedEntity {
  @Column({ type: 'varchar', length: 32 })
  category: MeetingCategory;

  /** 届次, e.g. 第五届第一次. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  session: string | null;

  @Column({ type: 'varchar', length: 200 })
  topic: string;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 16 })
  format: MeetingFormat;

  @Column({ type: 'varchar', length: 50, nullable: true })
  host: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  recorder: string | null;

  @Column({ type: 'int' })
  expectedCount: number;

  @Column({ type: 'int' })
  attendedCount: number;

  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @Column({ type: 'text', nullable: true })
  resolutions: string | null;

  @OneToMany(() => MeetingAttendance, (row) => row.meeting)
  attendance: MeetingAttendance[];
}

/** One member's attendance at one meeting. */
@Entity('meeting_attendance')
@Unique('uq_attendance_member', ['meetingId', 'memberId'])
export class MeetingAttendance {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  meetingId: number;

  @ManyToOne(() => Meeting, (meeting) => meeting.attendance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @Index('idx_attendance_member')
  @Column({ type: 'int' })
  memberId: number;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'memberId' })
  member?: Member;

  @Column({ type: 'varchar', length: 16 })
  status: AttendanceStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;
}
