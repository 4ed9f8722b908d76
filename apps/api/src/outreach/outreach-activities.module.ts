import { Get, Module } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { RequirePermission } from '../auth/access.decorators';
import { Actor, CurrentActor } from '../common/context/actor';
import { crudController } from '../common/crud/crud.controller';
import { CreateOutreachActivityDto, UpdateOutreachActivityDto } from './outreach-activity.dto';
import { OutreachActivitiesService } from './outreach-activities.service';

export class OutreachActivitiesController extends crudController({
  resource: 'outreach-activities',
  tag: 'outreach-activities 科普活动',
  service: OutreachActivitiesService,
  createDto: CreateOutreachActivityDto,
  updateDto: UpdateOutreachActivityDto,
}) {
  /** The aspects already in use, most used first, for the form to suggest. */
  @Get('aspects')
  @RequirePermission('outreach-activities', 'read')
  @ApiOkResponse({ description: 'Aspects already used, most used first', schema: { type: 'array', items: { type: 'string' } } })
  aspects(@CurrentActor() actor: Actor): Promise<string[]> {
    return (this.service as OutreachActivitiesService).aspects(actor);
  }
}

@Module({ controllers: [OutreachActivitiesController], providers: [OutreachActivitiesService] })
export class OutreachActivitiesModule {}
