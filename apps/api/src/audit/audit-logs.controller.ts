import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuditAction } from '@wb/contracts';
import { RequirePermission } from '../auth/access.decorators';
import { IdPipe } from '../common/crud/id.pipe';
import { DomainError } from '../common/errors/domain-error';
import { applyListQuery, ListQueryDto, ListSpec, Page, parseListQuery } from '../common/list-query';
import { AuditLog } from './audit-log.entity';

export const AUDIT_LIST: ListSpec = {
  resource: 'audit-logs',
  fields: {
    id: { kind: 'int', sortable: true },
    actorId: { kind: 'int', sortable: true },
    action: { kind: 'enum', values: AuditAction.values, sortable: true },
    resource: { kind: 'string', sortable: true },
    recordId: { kind: 'int', sortable: true },
    at: { kind: 'datetime', sortable: true },
  },
  search: ['actorName'],
  defaultSort: ['at', 'DESC'],
};

/** The audit trail, read-only: entries are written by CrudService with each change. */
@ApiTags('audit-logs 操作日志')
@ApiBearerAuth()
@Controller('audit-logs')
export class AuditLogsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @RequirePermission('audit-logs', 'read')
  async list(@Query() raw: ListQueryDto): Promise<Page<AuditLog>> {
    const query = parseListQuery(raw, AUDIT_LIST);
    const qb = this.dataSource.getRepository(AuditLog).createQueryBuilder('r');
    await applyListQuery(qb, 'r', query, AUDIT_LIST, this.dataSource.manager);
    const [rows, total] = await qb.getManyAndCount();
    return new Page(AUDIT_LIST.resource, rows, query.offset, total);
  }

  @Get(':id')
  @RequirePermission('audit-logs', 'read')
  async get(@Param('id', IdPipe) id: number): Promise<AuditLog> {
    const found = await this.dataSource.getRepository(AuditLog).findOneBy({ id });
    if (!found) throw DomainError.notFound('audit-logs', id);
    return found;
  }
}
