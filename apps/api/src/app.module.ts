import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogsController } from './audit/audit-logs.controller';
import { AuthModule } from './auth/auth.module';
import { ErrorFilter } from './common/errors/error.filter';
import { RecordValidationPipe, VALIDATION_OPTIONS } from './common/validation/validation-options';
import { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { HealthController } from './health/health.controller';
import { MeetingsModule } from './meetings/meetings.module';
import { MembersModule } from './members/members.module';
import { OrgsModule } from './orgs/orgs.module';
import { UsersModule } from './users/users.module';
import { RecruitmentsModule } from './recruitments/recruitments.module';
import { DevelopmentRecordsModule } from './development/development-records.module';
import { ResearchTripsModule } from './research-trips/research-trips.module';
import { DeedsModule } from './deeds/deeds.module';
import { VolunteerServicesModule } from './volunteer/volunteer-services.module';
import { PapersModule } from './papers/papers.module';
import { OutreachActivitiesModule } from './outreach/outreach-activities.module';
import { JournalPostsModule } from './journal/journal-posts.module';
import { WriterContactsModule } from './writer-contacts/writer-contacts.module';
import { ReportsModule } from './reports/reports.module';
import { AttachmentsModule } from './attachments/attachments.module';

/**
 * The request pipeline, in order: AuthGuard (token, role, sets `request.actor`; AuthModule) →
 * validation pipe → controller → Page interceptor → error filter.
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, jwtSecret: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(config.database)),
        AuthModule.forRoot(config, jwtSecret),
        AttachmentsModule,
        OrgsModule,
        MembersModule,
        MeetingsModule,
        RecruitmentsModule,
        DevelopmentRecordsModule,
        ResearchTripsModule,
        DeedsModule,
        VolunteerServicesModule,
        PapersModule,
        OutreachActivitiesModule,
        JournalPostsModule,
        WriterContactsModule,
        ReportsModule,
        UsersModule,
      ],
      controllers: [HealthController, AuditLogsController],
      providers: [
        { provide: APP_PIPE, useValue: new RecordValidationPipe(VALIDATION_OPTIONS) },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
