import { Module } from '@nestjs/common';
import { crudController } from '../common/crud/crud.controller';
import { CreateDevelopmentRecordDto, UpdateDevelopmentRecordDto } from './development-record.dto';
import { DevelopmentRecordsService } from './development-records.service';

export class DevelopmentRecordsController extends crudController({
  resource: 'development-records',
  tag: 'development-records 发展党员',
  service: DevelopmentRecordsService,
  createDto: CreateDevelopmentRecordDto,
  updateDto: UpdateDevelopmentRecordDto,
}) {}

@Module({ controllers: [DevelopmentRecordsController], providers: [DevelopmentRecordsService] })
export class DevelopmentRecordsModule {}
