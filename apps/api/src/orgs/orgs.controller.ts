import { crudController } from '../common/crud/crud.controller';
import { CreateOrgDto, UpdateOrgDto } from './org.dto';
import { OrgsService } from './orgs.service';

export class OrgsController extends crudController({
  resource: 'orgs',
  tag: 'orgs 组织',
  service: OrgsService,
  createDto: CreateOrgDto,
  updateDto: UpdateOrgDto,
  importable: false,
}) {}
