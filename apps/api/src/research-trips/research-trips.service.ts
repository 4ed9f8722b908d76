import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Focus, ServiceArea, TripMethod } from '@wb/contracts';
import { CrudService } from '../common/crud/crud.service';
import { DomainError } from '../common/errors/domain-error';
import { ListSpec } from '../common/list-query';
import { Deed } from '../deeds/deed.entity';
import { CreateResearchTripDto, UpdateResearchTripDto } from './research-trip.dto';
import { ResearchTrip } from './research-trip.entity';
import { RESEARCH_TRIP_SHEET } from './research-trip.sheet';

export const RESEARCH_TRIP_LIST: ListSpec = {
  resource: 'research-trips',
  orgField: 'orgId',
  fields: {
    id: { kind: 'int', sortable: true },
    topic: { kind: 'string', sortable: true },
    startDate: { kind: 'date', sortable: true },
    endDate: { kind: 'date', sortable: true },
    destination: { kind: 'string', sortable: true },
    method: { kind: 'enum', values: TripMethod.values, sortable: true },
    serviceArea: { kind: 'enum', values: ServiceArea.values, sortable: true },
    focus: { kind: 'enum', values: Focus.values, sortable: true },
    createdAt: { kind: 'datetime', sortable: true },
  },
  search: ['topic', 'destination', 'findings', 'suggestions'],
  defaultSort: ['startDate', 'DESC'],
};

@Injectable()
export class ResearchTripsService extends CrudService<ResearchTrip, CreateResearchTripDto, UpdateResearchTripDto> {
  protected readonly entity = ResearchTrip;
  protected readonly spec = RESEARCH_TRIP_LIST;
  readonly sheet = RESEARCH_TRIP_SHEET;

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  /** A trip that deeds came from stays: they would lose where they came from. */
  protected async beforeRemove(manager: EntityManager, current: ResearchTrip): Promise<void> {
    const deeds = await manager.createQueryBuilder(Deed, 'd').where('d.sourceTripId = :id', { id: current.id }).getCount();
    if (deeds) throw DomainError.conflict(`还有 ${deeds} 项办实事来自这次调研，不能删除`);
  }
}
