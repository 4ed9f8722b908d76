import { Module } from '@nestjs/common';
import { crudController } from '../common/crud/crud.controller';
import { CreatePaperDto, UpdatePaperDto } from './paper.dto';
import { PapersService } from './papers.service';

export class PapersController extends crudController({
  resource: 'papers',
  tag: 'papers 学术论文',
  service: PapersService,
  createDto: CreatePaperDto,
  updateDto: UpdatePaperDto,
}) {}

@Module({ controllers: [PapersController], providers: [PapersService] })
export class PapersModule {}
