import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingCategory, MeetingFormat } from '@wb/contracts';
import { Actor } from '../common/context/actor';
import { ChildRows } from '../common/crud/child-rows';
import { CrudService } from '../common/crud/crud.service';
import { Reference } from '../common/crud/references';
import { DomainError } from '../common/errors/domain-error';
import { ListSpec } from '../common/list-query';
import { Member } from '../members/member.entity';
import { CreateMeetingDto, UpdateMeetingDto } from './meeting.dto';
import { Meeting, MeetingAttendance } from './meeting.entity';
import { MEETING_SHEET } from './meeting.sheet';

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
  filters: {
    /** Meetings a member attended (was present at): the member's page. */
    attendeeId: {
      kind: 'int',
      where: (alias, value, param) => [
        `EXISTS (SELECT 1 FROM meeting_attendance ma WHERE ma.meetingId = ${alias}.id AND ma.memberId = :${param} AND ma.status = 'present')`,
        { [param]: value },
      ],
    },
  },
  search: ['topic', 'minutes'],
  defaultSort: ['date', 'DESC'],
};

@Injectable()
export class MeetingsService extends CrudService<Meeting, CreateMeetingDto, UpdateMeetingDto> {
  protected readonly entity = Meeting;
  protected readonly spec = MEETING_LIST;
  readonly sheet = MEETING_SHEET;
  protected readonly children: ChildRows[] = [
    { relation: 'attendance', entity: MeetingAttendance, parentKey: 'meetingId', columns: ['memberId', 'status', 'reason'] },
  ];
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
}
