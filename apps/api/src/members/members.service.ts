import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Education, Gender, Occupation, PoliticalStatus } from '@wb/contracts';
import { CrudService } from '../common/crud/crud.service';
import { ListSpec } from '../common/list-query';
import { CreateMemberDto, UpdateMemberDto } from './member.dto';
import { Member } from './member.entity';

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

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  protected async columnsOf(dto: CreateMemberDto): Promise<Partial<Member>> {
    return { ...(await super.columnsOf(dto)), societyRoles: dto.societyRoles ?? [] };
  }
}
