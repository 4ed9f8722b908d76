import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuditAction } from '@wb/contracts';
import { RequirePermission } from '../auth/access.decorators';
import { Actor, CurrentActor } from '../common/context/actor';
import { redactAuditEntry } from '../common/crud/crud.service';
import { IdParam } from '../common/crud/id-param';
import { DomainError } from '../common/errors/domain-error';
import { ListQueryDto, listPage, ListSpec, Page, parseListQuery } from '../common/list-query';
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

/** The audit trail, read-only: entries are written with each change and each security event. */
@ApiTags('audit-logs 操作日志')
@ApiBearerAuth()
@Controller('audit-logs')
export class AuditLogsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @RequirePermission('audit-logs', 'read')
  @ApiListResponse(AuditLog)
  async list(@Query() raw: ListQueryDto, @CurrentActor() actor: Actor): Promise<Page<AuditLog>> {
    const qb = this.dataSource.getRepository(AuditLog).createQueryBuilder('r');
    return listPage(qb, parseListQuery(raw, AUDIT_LIST), AUDIT_LIST, (entry) => redactAuditEntry(entry, actor));
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
