import { Get } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { MemberSummary } from '@wb/contracts';
import { RequirePermission } from '../auth/access.decorators';
import { Actor, CurrentActor } from '../common/context/actor';
import { crudController } from '../common/crud/crud.controller';
import { IdParam } from '../common/crud/id-param';
import { CreateMemberDto, UpdateMemberDto } from './member.dto';
import { MembersService } from './members.service';

export class MembersController extends crudController({
  resource: 'members',
  tag: 'members 人员',
  service: MembersService,
  createDto: CreateMemberDto,
  updateDto: UpdateMemberDto,
}) {
  /** The member's page: meetings attended and volunteer service, counted in SQL within the actor's scope. */
  @Get(':id/summary')
  @RequirePermission('members', 'read')
  @ApiOkResponse({ description: '{ meetingsAttended, volunteerServices, volunteerHours }' })
  summary(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<MemberSummary> {
    return (this.service as MembersService).summary(id, actor);
  }
}
