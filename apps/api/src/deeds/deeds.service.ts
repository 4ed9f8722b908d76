import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeedSource, DeedStatus, Focus, ServiceArea } from '@wb/contracts';
import { ChildRows } from '../common/crud/child-rows';
import { CrudService } from '../common/crud/crud.service';
import { Reference } from '../common/crud/references';
import { ListSpec } from '../common/list-query';
import { ResearchTrip } from '../research-trips/research-trip.entity';
import { CreateDeedDto, UpdateDeedDto } from './deed.dto';
import { Deed, DeedMilestone } from './deed.entity';
import { DEED_SHEET } from './deed.sheet';

export const DEED_LIST: ListSpec = {
  resource: 'deeds',
  orgField: 'orgId',
  fields: {
    id: { kind: 'int', sortable: true },
    title: { kind: 'string', sortable: true },
    serviceArea: { kind: 'enum', values: ServiceArea.values, sortable: true },
    focus: { kind: 'enum', values: Focus.values, sortable: true },
    source: { kind: 'enum', values: DeedSource.values, sortable: true },
    sourceTripId: { kind: 'int', sortable: true },
    status: { kind: 'enum', values: DeedStatus.values, sortable: true },
    plannedStart: { kind: 'date', sortable: true },
    plannedEnd: { kind: 'date', sortable: true },
    completedDate: { kind: 'date', sortable: true },
    beneficiaries: { kind: 'int', sortable: true },
    createdAt: { kind: 'datetime', sortable: true },
  },
  search: ['title', 'beneficiaryGroup', 'responsible', 'outcome'],
  defaultSort: ['plannedStart', 'DESC'],
};

@Injectable()
export class DeedsService extends CrudService<Deed, CreateDeedDto, UpdateDeedDto> {
  protected readonly entity = Deed;
  protected readonly spec = DEED_LIST;
  readonly sheet = DEED_SHEET;
  protected readonly children: ChildRows[] = [
    { relation: 'milestones', entity: DeedMilestone, parentKey: 'deedId', columns: ['date', 'progress', 'note'], sortBy: 'date' },
  ];
  protected readonly references: Reference[] = [{ path: 'sourceTripId', target: ResearchTrip, targetOrgField: 'orgId', label: '来源调研' }];

  constructor(dataSource: DataSource) {
    super(dataSource);
  }
}
