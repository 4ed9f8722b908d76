import { Body, Controller, Get, HttpCode, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AnnualReport, ComplianceRule, DataCheck, ReportPhotoGroup, ReportSnapshot } from '@wb/contracts';
import { RequirePermission } from '../auth/access.decorators';
import { Actor, CurrentActor } from '../common/context/actor';
import { IdParam } from '../common/crud/id-param';
import { attachment, XLSX } from '../common/sheets/download';
import { annualDocx, DOCX } from './documents/annual-docx';
import { annualXlsx } from './documents/annual-xlsx';
import { ReportPhotos } from './documents/report-photos-docx';
import { AnnualQueryDto, OrgQueryDto, ComplianceRulesDto, FinalizeDto, SummaryDraftDto } from './reports.dto';
import { ReportsService, SummaryAnswer } from './reports.service';

const year = (query: AnnualQueryDto) => Number(query.year);
const orgId = (query: AnnualQueryDto) => (query.orgId === undefined ? undefined : Number(query.orgId));

/**
 * The year-end report of an org and its subtree (the user's own org by default): the statistics,
 * the drafted summary, Word and Excel, the checks to run before finalising, and finalised years.
 */
@ApiTags('reports 年度报告')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('years')
  @RequirePermission('reports', 'read')
  @ApiOkResponse({ description: 'The years with records in the org\'s subtree, newest first', schema: { type: 'array', items: { type: 'integer' } } })
  years(@Query() query: OrgQueryDto, @CurrentActor() actor: Actor): Promise<number[]> {
    return this.reports.years(actor, query.orgId === undefined ? undefined : Number(query.orgId));
  }

  @Get('annual')
  @RequirePermission('reports', 'read')
  @ApiOkResponse({ description: 'AnnualReport: totals, last year\'s totals, breakdowns, by child org, 三会一课 compliance, the development table' })
  annual(@Query() query: AnnualQueryDto, @CurrentActor() actor: Actor): Promise<AnnualReport> {
    return this.reports.annual(year(query), actor, orgId(query));
  }

  @Get('annual/summary')
  @RequirePermission('reports', 'read')
  @ApiOkResponse({ description: '{ summary, generated, draft }: the saved text, or the one drafted from the figures' })
  async summary(@Query() query: AnnualQueryDto, @CurrentActor() actor: Actor): Promise<SummaryAnswer> {
    const { report: _report, ...answer } = await this.reports.summary(year(query), actor, orgId(query));
    return answer;
  }

  @Put('annual/summary')
  @RequirePermission('reports', 'write')
  @ApiOkResponse({ description: 'The saved summary' })
  saveSummary(@Body() body: SummaryDraftDto, @CurrentActor() actor: Actor): Promise<SummaryAnswer> {
    return this.reports.saveSummary(body.year, body.orgId, body.summary, actor);
  }

  @Get('annual/checks')
  @RequirePermission('reports', 'read')
  @ApiOkResponse({ description: 'DataCheck[]: what to put right before finalising, each with its record' })
  checks(@Query() query: AnnualQueryDto, @CurrentActor() actor: Actor): Promise<DataCheck[]> {
    return this.reports.checks(year(query), actor, orgId(query));
  }

  @Get('annual/docx')
  @RequirePermission('reports', 'read')
  @ApiProduces(DOCX)
  @ApiOkResponse({ description: 'The report as a Word document', schema: { type: 'string', format: 'binary' } })
  async docx(@Query() query: AnnualQueryDto, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const { report, summary } = await this.reports.summary(year(query), actor, orgId(query));
    return docxFile(report, summary, await this.reports.photosForWord(year(query), actor, report.orgId));
  }

  @Get('annual/photos')
  @RequirePermission('reports', 'read')
  @ApiOkResponse({ description: 'ReportPhotoGroup[]: the photos chosen for the report (附件 marked inReport), under their activities, in date order' })
  photos(@Query() query: AnnualQueryDto, @CurrentActor() actor: Actor): Promise<ReportPhotoGroup[]> {
    return this.reports.photos(year(query), actor, orgId(query));
  }

  @Get('annual/xlsx')
  @RequirePermission('reports', 'read')
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'The report\'s tables, one sheet each', schema: { type: 'string', format: 'binary' } })
  async xlsx(@Query() query: AnnualQueryDto, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const { report, summary } = await this.reports.summary(year(query), actor, orgId(query));
    return xlsxFile(report, summary);
  }

  @Get('snapshots')
  @RequirePermission('report-snapshots', 'read')
  @ApiOkResponse({ description: 'ReportSnapshot[] of the year and org, newest first' })
  snapshots(@Query() query: AnnualQueryDto, @CurrentActor() actor: Actor): Promise<ReportSnapshot[]> {
    return this.reports.snapshots(year(query), actor, orgId(query));
  }

  /** 定稿: keeps today's figures and text of the year as they are. */
  @Post('snapshots')
  @HttpCode(201)
  @RequirePermission('report-snapshots', 'write')
  @ApiOkResponse({ description: 'The new ReportSnapshot' })
  finalize(@Body() body: FinalizeDto, @CurrentActor() actor: Actor): Promise<ReportSnapshot> {
    return this.reports.finalize(body.year, body.orgId, actor);
  }

  @Get('snapshots/:id')
  @RequirePermission('report-snapshots', 'read')
  @ApiOkResponse({ description: 'ReportSnapshot' })
  snapshot(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<ReportSnapshot> {
    return this.reports.snapshot(id, actor);
  }

  @Get('snapshots/:id/docx')
  @RequirePermission('report-snapshots', 'read')
  @ApiProduces(DOCX)
  @ApiOkResponse({ description: 'The finalised report as a Word document', schema: { type: 'string', format: 'binary' } })
  async snapshotDocx(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const snapshot = await this.reports.snapshot(id, actor);
    // the figures and text as finalised; the photos as chosen today (files are not frozen)
    const photos = await this.reports.photosForWord(snapshot.year, actor, snapshot.report.orgId);
    return docxFile(snapshot.report, snapshot.summary, photos, snapshot);
  }

  @Get('compliance-rules')
  @RequirePermission('compliance-rules', 'read')
  @ApiOkResponse({ description: 'ComplianceRule[]: how often each kind of meeting is due' })
  complianceRules(): Promise<ComplianceRule[]> {
    return this.reports.complianceRules();
  }

  @Put('compliance-rules')
  @RequirePermission('compliance-rules', 'write')
  @ApiOkResponse({ description: 'The rules now in force' })
  replaceComplianceRules(@Body() body: ComplianceRulesDto, @CurrentActor() actor: Actor): Promise<ComplianceRule[]> {
    return this.reports.replaceComplianceRules(body.rules, actor);
  }
}

const reportName = (report: AnnualReport) => `${report.orgName}${report.year}年度工作报告`;

async function docxFile(report: AnnualReport, summary: string, photos: ReportPhotos, finalised?: ReportSnapshot): Promise<StreamableFile> {
  const file = await annualDocx(report, summary, { orgName: report.orgName, photos, finalised: finalised && { at: finalised.createdAt, by: finalised.createdByName } });
  return new StreamableFile(file, { type: DOCX, disposition: attachment(`${reportName(report)}${finalised ? '（定稿）' : ''}.docx`) });
}

async function xlsxFile(report: AnnualReport, summary: string): Promise<StreamableFile> {
  const file = await annualXlsx(report, summary, report.orgName);
  return new StreamableFile(file, { type: XLSX, disposition: attachment(`${reportName(report)}.xlsx`) });
}
