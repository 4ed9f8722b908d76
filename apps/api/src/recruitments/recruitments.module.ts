import { Module } from '@nestjs/common';
import { crudController } from '../common/crud/crud.controller';
import { CreateRecruitmentDto, UpdateRecruitmentDto } from './recruitment.dto';
import { RecruitmentsService } from './recruitments.service';

export class RecruitmentsController extends crudController({
  resource: 'recruitments',
  tag: 'recruitments 吸纳人才',
  service: RecruitmentsService,
  createDto: CreateRecruitmentDto,
  updateDto: UpdateRecruitmentDto,
}) {}

@Module({ controllers: [RecruitmentsController], providers: [RecruitmentsService] })
export class RecruitmentsModule {}
