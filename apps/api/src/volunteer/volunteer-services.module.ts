import { Module } from '@nestjs/common';
import { crudController } from '../common/crud/crud.controller';
import { CreateVolunteerServiceDto, UpdateVolunteerServiceDto } from './volunteer-service.dto';
import { VolunteerServicesService } from './volunteer-services.service';

export class VolunteerServicesController extends crudController({
  resource: 'volunteer-services',
  tag: 'volunteer-services 党员志愿服务',
  service: VolunteerServicesService,
  createDto: CreateVolunteerServiceDto,
  updateDto: UpdateVolunteerServiceDto,
}) {}

@Module({ controllers: [VolunteerServicesController], providers: [VolunteerServicesService] })
export class VolunteerServicesModule {}
