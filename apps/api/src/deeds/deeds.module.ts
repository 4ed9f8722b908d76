import { Module } from '@nestjs/common';
import { crudController } from '../common/crud/crud.controller';
import { CreateDeedDto, UpdateDeedDto } from './deed.dto';
import { DeedsService } from './deeds.service';

export class DeedsController extends crudController({
  resource: 'deeds',
  tag: 'deeds 我为群众办实事',
  service: DeedsService,
  createDto: CreateDeedDto,
  updateDto: UpdateDeedDto,
}) {}

@Module({ controllers: [DeedsController], providers: [DeedsService] })
export class DeedsModule {}
