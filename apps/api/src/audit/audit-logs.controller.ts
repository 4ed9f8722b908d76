import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DataSource, ObjectLiteral } from 'typeorm';
import { AuditAction, ResourceName } from '@wb/contracts';
import { attachment, XLSX } from '../common/sheets/download';
import { exportSheet } from '../common/sheets/export-sheet';
import { ExportQueryDto } from '../common/sheets/sheet-routes.dto';
import { SheetSpec } from '../common/sheets/sheet-spec';
import { RequirePermission } from '../auth/access.decorators';
import { Actor, CurrentActor } from '../common/context/actor';
import { redactAuditEntry } from '../common/crud/crud.service';
import { IdParam } from '../common/crud/id-param';
import { readableColumns } from '../common/database/entity-rows';
import { DomainError } from '../common/errors/domain-error';
import { ListQueryDto, ListReader, ListSpec, Page, parseListQuery, sendPage } from '../common/list-query';
import { ApiListResponse, ApiRecordResponse } from '../docs/responses';
import { AuditLog } from './audit-log.entity';

export const AUDIT_LIST: ListSpec = {
  resource: 'audit-logs',
  fields: {
    id: { kind: 'int', sortable: true },
    actorId: { kind: 'int', sortable: true },
    action: { kind: 'enum', values: AuditAction.values, sortable: true },
    resource: { kind: 'string', sortable: true },
    recordId: { kind: 'int', sortable: true },
    ip: { kind: 'string', sortable: true },
    at: { kind: 'datetime', sortable: true },
  },
  search: ['actorName'],
  defaultSort: ['at', 'DESC'],
};

/** The audit trail as a spreadsheet (export only; the snapshots stay in the API). */
export const AUDIT_SHEET: SheetSpec = {
  title: { zh: '操作日志', en: 'Audit log' },
  importable: false,
  columns: [
    { field: 'at', header: { zh: '时间', en: 'Time' }, type: { kind: 'datetime' }, width: 18 },
    { field: 'actorName', header: { zh: '操作人', en: 'Actor' }, type: { kind: 'text' }, width: 16 },
    { field: 'action', header: { zh: '操作', en: 'Action' }, type: { kind: 'enum', values: AuditAction }, width: 10 },
    { field: 'resource', header: { zh: '记录类型', en: 'Record type' }, type: { kind: 'enum', values: ResourceName }, width: 14 },
    { field: 'recordId', header: { zh: '记录编号', en: 'Record' }, type: { kind: 'int' }, width: 10 },
    { field: 'ip', header: { zh: '客户端地址', en: 'Client address' }, type: { kind: 'text' }, width: 16 },
  ],
};

/** The audit trail, read-only: entries are written with each change and each security event. */
@ApiTags('audit-logs 操作日志')
@ApiBearerAuth()
@Controller('audit-logs')
export class AuditLogsController {
  private readonly entries = new ListReader(AuditLog, AUDIT_LIST);
  /** The sheet's columns only: the snapshots are not exported. */
  private readonly exported = new ListReader<ObjectLiteral>(AuditLog, AUDIT_LIST, (metadata) => readableColumns(metadata).filter((column) => column.propertyName === 'id' || AUDIT_SHEET.columns.some((c) => c.field === column.propertyName)));

  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @RequirePermission('audit-logs', 'read')
  @ApiListResponse(AuditLog)
  async list(@Query() raw: ListQueryDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<AuditLog[]> {
    const query = parseListQuery(raw, AUDIT_LIST);
    const { rows, total } = await this.entries.page(this.dataSource.manager, query, null);
    return sendPage(reply, new Page(AUDIT_LIST.resource, rows.map((entry) => redactAuditEntry(entry, actor)), query.offset, total));
  }

  /** Every entry the filter matches, as Excel or CSV. */
  @Get('export')
  @RequirePermission('audit-logs', 'read')
  @ApiProduces(XLSX, 'text/csv')
  @ApiOkResponse({ description: 'The spreadsheet', schema: { type: 'string', format: 'binary' } })
  exportList(@Query() raw: ExportQueryDto): StreamableFile {
    const query = parseListQuery({ sort: raw.sort, filter: raw.filter }, AUDIT_LIST);
    const format = raw.format ?? 'xlsx';
    const pages = this.exported.pages(this.dataSource.manager, query, null);
    return new StreamableFile(exportSheet(format, AUDIT_SHEET, pages, this.dataSource.manager), {
      type: format === 'xlsx' ? XLSX : 'text/csv; charset=utf-8',
      disposition: attachment(`操作日志.${format}`),
    });
  }

  @Get(':id')
  @RequirePermission('audit-logs', 'read')
  @ApiRecordResponse(AuditLog)
  async get(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<AuditLog> {
    const found = await this.dataSource.getRepository(AuditLog).findOneBy({ id });
    if (!found) throw DomainError.notFound('audit-logs', id);
    return redactAuditEntry(found, actor);
  }
}
