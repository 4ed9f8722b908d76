import { Module } from '@nestjs/common';
import { crudController } from '../common/crud/crud.controller';
import { CreateJournalPostDto, UpdateJournalPostDto } from './journal-post.dto';
import { JournalPostsService } from './journal-posts.service';

export class JournalPostsController extends crudController({
  resource: 'journal-posts',
  tag: 'journal-posts 期刊与网站信息',
  service: JournalPostsService,
  createDto: CreateJournalPostDto,
  updateDto: UpdateJournalPostDto,
}) {}

@Module({ controllers: [JournalPostsController], providers: [JournalPostsService] })
export class JournalPostsModule {}
