import { DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ErrorFilter } from './common/errors/error.filter';
import { PageInterceptor } from './common/list-query/page.interceptor';
import { VALIDATION_OPTIONS } from './common/validation/validation-options';
import { AppConfig } from './config/config';
import { APP_CONFIG } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { HealthController } from './health/health.controller';
import { MeetingsModule } from './meetings/meetings.module';
import { MembersModule } from './members/members.module';
import { OrgsModule } from './orgs/orgs.module';

/**
 * The request pipeline, in order: (guards: authentication and role checks plug in here as an
 * APP_GUARD that sets `request.actor`) → validation pipe → controller → Page interceptor →
 * error filter.
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(config.database)), OrgsModule, MembersModule, MeetingsModule],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_PIPE, useValue: new ValidationPipe(VALIDATION_OPTIONS) },
        { provide: APP_INTERCEPTOR, useClass: PageInterceptor },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
