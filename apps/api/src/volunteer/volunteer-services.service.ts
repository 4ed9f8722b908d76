import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChildRows } from '../common/crud/child-rows';
import { CrudService } from '../common/crud/crud.service';
import { Reference } from '../common/crud/references';
import { ListSpec } from '../common/list-query';
import { Member } from '../members/member.entity';
import { CreateVolunteerServiceDto, UpdateVolunteerServiceDto } from './volunteer-service.dto';
import { VolunteerService, VolunteerServiceMember } from './volunteer-service.entity';
import { VOLUNTEER_SHEET } from './volunteer-service.sheet';

export const VOLUNTEER_SERVICE_LIST: ListSpec = {
  resource: 'volunteer-services',
  orgField: 'orgId',
  fields: {
    id: { kind: 'int', sortable: true },
    title: { kind: 'string', sortable: true },
    date: { kind: 'date', sortable: true },
    place: { kind: 'string', sortable: true },
    participants: { kind: 'int', sortable: true },
    createdAt: { kind: 'datetime', sortable: true },
  },
  filters: {
    /** Services a member took part in: the member's page. */
    memberId: {
      kind: 'int',
      where: (alias, value, param) => [
        `EXISTS (SELECT 1 FROM volunteer_service_members vm WHERE vm.volunteerServiceId = ${alias}.id AND vm.memberId = :${param})`,
        { [param]: value },
      ],
    },
  },
  search: ['title', 'place', 'description'],
  defaultSort: ['date', 'DESC'],
};

@Injectable()
export class VolunteerServicesService extends CrudService<VolunteerService, CreateVolunteerServiceDto, UpdateVolunteerServiceDto> {
  protected readonly entity = VolunteerService;
  protected readonly spec = VOLUNTEER_SERVICE_LIST;
  readonly sheet = VOLUNTEER_SHEET;
  protected readonly children: ChildRows[] = [
    { relation: 'members', entity: VolunteerServiceMember, parentKey: 'volunteerServiceId', columns: ['memberId'], ids: { property: 'memberIds', column: 'memberId' } },
  ];
  protected readonly references: Reference[] = [{ path: 'memberIds.*', target: Member, targetOrgField: 'orgId', label: '党员' }];

  constructor(dataSource: DataSource) {
    super(dataSource);
  }
}
