import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Gender, PoliticalStatus } from '@wb/contracts';
import { Actor } from '../common/context/actor';
import { CrudService } from '../common/crud/crud.service';
import { assertOrgExists } from '../common/crud/org-owned';
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
    createdAt: { kind: 'datetime', sortable: true },
  },
  search: ['name', 'unit', 'position'],
  defaultSort: ['name', 'ASC'],
};

/** 138****1234: lists show who to call without exposing the number to every viewer. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

@Injectable()
export class MembersService extends CrudService<Member, CreateMemberDto, UpdateMemberDto> {
  protected readonly entity = Member;
  protected readonly spec = MEMBER_LIST;

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  protected async columnsOf(dto: CreateMemberDto): Promise<Partial<Member>> {
    return { ...dto, societyRoles: dto.societyRoles ?? [] };
  }

  protected checkReferences(manager: EntityManager, dto: CreateMemberDto, _actor: Actor): Promise<void> {
    return assertOrgExists(manager, dto.orgId);
  }

  protected presentInList(row: Member): Member {
    return { ...row, phone: maskPhone(row.phone) };
  }
}
