import { Module } from '@nestjs/common';
import { ComplianceRulesStore } from './compliance-rules.store';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({ controllers: [ReportsController], providers: [ReportsService, ComplianceRulesStore] })
export class ReportsModule {}
