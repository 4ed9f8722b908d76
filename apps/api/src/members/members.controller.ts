import { crudController } from '../common/crud/crud.controller';
import { CreateMemberDto, UpdateMemberDto } from './member.dto';
import { MembersService } from './members.service';

export class MembersController extends crudController({
  resource: 'members',
  tag: 'members 人员',
  service: MembersService,
  createDto: CreateMemberDto,
  updateDto: UpdateMemberDto,
}) {}
