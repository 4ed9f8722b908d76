import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutreachAudience, OutreachVenue } from '@wb/contracts';
import { Actor } from '../common/context/actor';
import { CrudService } from '../common/crud/crud.service';
import { ListSpec } from '../common/list-query';
import { CreateOutreachActivityDto, UpdateOutreachActivityDto } from './outreach-activity.dto';
import { OutreachActivity } from './outreach-activity.entity';
import { OUTREACH_SHEET } from './outreach-activity.sheet';

export const OUTREACH_LIST: ListSpec = {
  resource: 'outreach-activities',
  orgField: 'orgId',
  fields: {
    id: { kind: 'int', sortable: true },
    title: { kind: 'string', sortable: true },
    date: { kind: 'date', sortable: true },
    venue: { kind: 'enum', values: OutreachVenue.values, sortable: true },
    aspect: { kind: 'string', sortable: true },
    items: { kind: 'int', sortable: true },
    audience: { kind: 'enum', values: OutreachAudience.values, sortable: true },
    participants: { kind: 'int', sortable: true },
    createdAt: { kind: 'datetime', sortable: true },
  },
  search: ['title', 'aspect', 'materials'],
  defaultSort: ['date', 'DESC'],
};

@Injectable()
export class OutreachActivitiesService extends CrudService<OutreachActivity, CreateOutreachActivityDto, UpdateOutreachActivityDto> {
  protected readonly entity = OutreachActivity;
  protected readonly spec = OUTREACH_LIST;
  readonly sheet = OUTREACH_SHEET;

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  /** The aspects already used in the actor's scope, most used first: the form's suggestions. */
  async aspects(actor: Actor): Promise<string[]> {
    const rows = await this.scoped(this.dataSource.manager, actor)
      .select('r.aspect', 'aspect')
      .addSelect('COUNT(*)', 'uses')
      .groupBy('r.aspect')
      .orderBy('uses', 'DESC')
      .addOrderBy('r.aspect', 'ASC')
      .limit(100)
      .getRawMany<{ aspect: string }>();
    return rows.map((row) => row.aspect);
  }
}
