import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingCategory, MeetingFormat } from '@wb/contracts';
import { Actor } from '../common/context/actor';
import { CrudService } from '../common/crud/crud.service';
import { assertOrgExists } from '../common/crud/org-owned';
import { DomainError } from '../common/errors/domain-error';
import { ListSpec } from '../common/list-query';
import { Member } from '../members/member.entity';
import { CreateMeetingDto, UpdateMeetingDto } from './meeting.dto';
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

@Injectable()
export class MeetingsService extends CrudService<Meeting, CreateMeetingDto, UpdateMeetingDto> {
  protected readonly entity = Meeting;
  protected readonly spec = MEETING_LIST;
  protected readonly detailRelations = ['attendance'];

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  protected async columnsOf(dto: CreateMeetingDto): Promise<Partial<Meeting>> {
    const { attendance: _attendance, ...columns } = dto;
    return columns;
  }

  protected async checkReferences(manager: EntityManager, dto: CreateMeetingDto, _actor: Actor): Promise<void> {
    await assertOrgExists(manager, dto.orgId);
    const rows = dto.attendance ?? [];
    const seen = new Set<number>();
    rows.forEach((row, index) => {
      if (seen.has(row.memberId)) {
        throw DomainError.validation([{ field: `attendance.${index}.memberId`, code: 'duplicate', message: '同一人员重复登记' }]);
      }
      seen.add(row.memberId);
    });
    if (seen.size === 0) return;
    const found = await manager
      .createQueryBuilder(Member, 'm')
      .select('m.id', 'id')
      .where('m.id IN (:...ids)', { ids: [...seen] })
      .getRawMany<{ id: number }>();
    const existing = new Set(found.map((m) => Number(m.id)));
    const missing = rows.findIndex((row) => !existing.has(row.memberId));
    if (missing >= 0) throw DomainError.missingReference(`attendance.${missing}.memberId`, '人员不存在');
  }

  /** Attendance is replaced as a whole when given; left as is when the body omits it. */
  protected async afterSave(manager: EntityManager, saved: Meeting, dto: CreateMeetingDto): Promise<void> {
    if (dto.attendance === undefined) return;
    await manager.delete(MeetingAttendance, { meetingId: saved.id });
    if (dto.attendance.length === 0) return;
    await manager.insert(
      MeetingAttendance,
      dto.attendance.map((row) => ({ meetingId: saved.id, memberId: row.memberId, status: row.status, reason: row.reason ?? null })),
    );
  }
}
