import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RecruitmentCategory } from '@wb/contracts';
import { CrudService } from '../common/crud/crud.service';
import { Reference } from '../common/crud/references';
import { ListSpec } from '../common/list-query';
import { Member } from '../members/member.entity';
import { CreateRecruitmentDto, UpdateRecruitmentDto } from './recruitment.dto';
import { Recruitment } from './recruitment.entity';
import { RECRUITMENT_SHEET } from './recruitment.sheet';

export const RECRUITMENT_LIST: ListSpec = {
  resource: 'recruitments',
  orgField: 'orgId',
  fields: {
    id: { kind: 'int', sortable: true },
    memberId: { kind: 'int', sortable: true },
    date: { kind: 'date', sortable: true },
    category: { kind: 'enum', values: RecruitmentCategory.values, sortable: true },
    sourceUnit: { kind: 'string', sortable: true },
    createdAt: { kind: 'datetime', sortable: true },
  },
  search: ['sourceUnit', 'note'],
  defaultSort: ['date', 'DESC'],
};

export const MEMBER_REFERENCE: Reference = { path: 'memberId', target: Member, targetOrgField: 'orgId', label: '人员' };

@Injectable()
export class RecruitmentsService extends CrudService<Recruitment, CreateRecruitmentDto, UpdateRecruitmentDto> {
  protected readonly entity = Recruitment;
  protected readonly spec = RECRUITMENT_LIST;
  readonly sheet = RECRUITMENT_SHEET;
  protected readonly references = [MEMBER_REFERENCE];

  constructor(dataSource: DataSource) {
    super(dataSource);
  }
}
