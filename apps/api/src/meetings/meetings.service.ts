import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingCategory, MeetingFormat } from '@wb/contracts';
import { Actor } from '../common/context/actor';
import { CrudService } from '../common/crud/crud.service';
import { Reference } from '../common/crud/references';
import { DomainError } from '../common/errors/domain-error';
import { ListSpec } from '../common/list-query';
import { Member } from '../members/member.entity';
import { AttendanceDto, CreateMeetingDto, UpdateMeetingDto } from './meeting.dto';
import { Meeting, MeetingAttendance } from './meeting.entity';

export const MEETING_LIST: ListSpec = {
  resource: 'meetings',
  orgField: 'orgId',
  fields: {
    id: { kind: 'int', sortable: true },
    category: { kind: 'enum', values: MeetingCategory.values, sortable: true },
    format: { kind: 'enum', values: MeetingFormat.values, sortable: true },
    date: { kind: 'date', sortable: true },
    topic: { kind: 'string', sortable: true },
    session: { kind: 'string', sortable: true },
    host: { kind: 'string', sortable: true },
    expectedCount: { kind: 'int', sortable: true },
    attendedCount: { kind: 'int', sortable: true },
    createdAt: { kind: 'datetime', sortable: true },
    updatedAt: { kind: 'datetime', sortable: true },
  },
  search: ['topic', 'minutes'],
  defaultSort: ['date', 'DESC'],
};

/** What an attendance row says, without its ids: two lists with the same rows need no rewrite. */
const attendanceKey = (rows: readonly Pick<AttendanceDto, 'memberId' | 'status' | 'reason'>[]) =>
  JSON.stringify(rows.map((row) => [row.memberId, row.status, row.reason ?? null]));

@Injectable()
export class MeetingsService extends CrudService<Meeting, CreateMeetingDto, UpdateMeetingDto> {
  protected readonly entity = Meeting;
  protected readonly spec = MEETING_LIST;
  protected readonly detailRelations = ['attendance'];
  protected readonly references: Reference[] = [{ path: 'attendance.*.memberId', target: Member, targetOrgField: 'orgId', label: '人员' }];

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  /** Each member is listed at most once. */
  protected async checkRules(_manager: EntityManager, dto: CreateMeetingDto, _actor: Actor): Promise<void> {
    const seen = new Set<number>();
    (dto.attendance ?? []).forEach((row, index) => {
      if (seen.has(row.memberId)) {
        throw DomainError.validation([{ field: `attendance.${index}.memberId`, code: 'duplicate', message: '同一人员重复登记' }]);
      }
      seen.add(row.memberId);
    });
  }

  /** Attendance is replaced as a whole when given and different; left as is when the body omits it. */
  protected async afterSave(manager: EntityManager, saved: Meeting, dto: CreateMeetingDto, before?: Meeting): Promise<void> {
    if (dto.attendance === undefined) return;
    if (before && attendanceKey(before.attendance ?? []) === attendanceKey(dto.attendance)) return;
    if (before) await manager.delete(MeetingAttendance, { meetingId: saved.id });
    if (dto.attendance.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(MeetingAttendance)
      .values(dto.attendance.map((row) => ({ meetingId: saved.id, memberId: row.memberId, status: row.status, reason: row.reason ?? null })))
      .updateEntity(false)
      .execute();
  }
}
