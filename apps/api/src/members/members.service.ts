import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Education, Gender, MemberSummary, Occupation, PoliticalStatus } from '@wb/contracts';
import { Actor } from '../common/context/actor';
import { CrudService } from '../common/crud/crud.service';
import { applyScope, ListSpec } from '../common/list-query';
import { Meeting, MeetingAttendance } from '../meetings/meeting.entity';
import { VolunteerService, VolunteerServiceMember } from '../volunteer/volunteer-service.entity';
import { CreateMemberDto, UpdateMemberDto } from './member.dto';
import { Member } from './member.entity';
import { MEMBER_SHEET } from './member.sheet';

export const MEMBER_LIST: ListSpec = {
  resource: 'members',
  orgField: 'orgId',
  fields: {
    id: { kind: 'int', sortable: true },
    name: { kind: 'string', sortable: true },
    gender: { kind: 'enum', values: Gender.values, sortable: true },
    birthDate: { kind: 'date', sortable: true },
    unit: { kind: 'string', sortable: true },
    politicalStatus: { kind: 'enum', values: PoliticalStatus.values, sortable: true },
    ethnicity: { kind: 'string', sortable: true },
    education: { kind: 'enum', values: Education.values, sortable: true },
    occupation: { kind: 'enum', values: Occupation.values, sortable: true },
    joinedPartyDate: { kind: 'date', sortable: true },
    createdAt: { kind: 'datetime', sortable: true },
  },
  search: ['name', 'unit', 'position'],
  defaultSort: ['name', 'ASC'],
};

/** People of the branches; the phone number is personal (contracts' PRIVATE_FIELDS). */
@Injectable()
export class MembersService extends CrudService<Member, CreateMemberDto, UpdateMemberDto> {
  protected readonly entity = Member;
  protected readonly spec = MEMBER_LIST;
  readonly sheet = MEMBER_SHEET;

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  protected async columnsOf(dto: CreateMemberDto): Promise<Partial<Member>> {
    return { ...(await super.columnsOf(dto)), societyRoles: dto.societyRoles ?? [] };
  }

  /** Meetings attended (present) and volunteer service, of the records the actor may see. */
  async summary(id: number, actor: Actor): Promise<MemberSummary> {
    const manager = this.dataSource.manager;
    await this.findOrFail(manager, id, actor);
    const meetings = manager
      .createQueryBuilder(Meeting, 'm')
      .innerJoin(MeetingAttendance, 'a', 'a.meetingId = m.id')
      .select('COUNT(*)', 'n')
      .where("a.memberId = :id AND a.status = 'present'", { id });
    applyScope(meetings, 'm.orgId', actor.scope);
    const volunteer = manager
      .createQueryBuilder(VolunteerService, 'v')
      .innerJoin(VolunteerServiceMember, 'vm', 'vm.volunteerServiceId = v.id')
      .select('COUNT(*)', 'n')
      .addSelect('COALESCE(SUM(v.hours), 0)', 'hours')
      .where('vm.memberId = :id', { id });
    applyScope(volunteer, 'v.orgId', actor.scope);
    const [attended, served] = await Promise.all([meetings.getRawOne<{ n: string }>(), volunteer.getRawOne<{ n: string; hours: string }>()]);
    return { meetingsAttended: Number(attended?.n ?? 0), volunteerServices: Number(served?.n ?? 0), volunteerHours: Number(served?.hours ?? 0) };
  }
}
