import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, DevelopmentStage, DevelopmentStep, developmentProgress, DUE_SOON_DAYS, DueState, todayInChina } from '@wb/contracts';
import { writeAudit } from '../audit/audit-trail';
import { Actor } from '../common/context/actor';
import { CrudService } from '../common/crud/crud.service';
import { DomainError } from '../common/errors/domain-error';
import { ListSpec } from '../common/list-query';
import { Member } from '../members/member.entity';
import { MEMBER_REFERENCE } from '../recruitments/recruitments.service';
import { CreateDevelopmentRecordDto, UpdateDevelopmentRecordDto } from './development-record.dto';
import { DevelopmentRecord } from './development-record.entity';
import { DEVELOPMENT_SHEET } from './development-record.sheet';
import { activeInSql, stageReachedSql, yearPeriod } from '../reports/annual-sql';

const yearParams = (param: string, year: number) => {
  const { start, end } = yearPeriod(year);
  return { [`${param}_start`]: start, [`${param}_end`]: end };
};

export const DEVELOPMENT_LIST: ListSpec = {
  resource: 'development-records',
  orgField: 'orgId',
  fields: {
    id: { kind: 'int', sortable: true },
    memberId: { kind: 'int', sortable: true },
    stage: { kind: 'enum', values: DevelopmentStage.values, sortable: true },
    nextStep: { kind: 'enum', values: DevelopmentStep.values, sortable: true },
    dueDate: { kind: 'date', sortable: true },
    applicationDate: { kind: 'date', sortable: true },
    activistDate: { kind: 'date', sortable: true },
    candidateDate: { kind: 'date', sortable: true },
    probationaryDate: { kind: 'date', sortable: true },
    fullMemberDate: { kind: 'date', sortable: true },
    createdAt: { kind: 'datetime', sortable: true },
  },
  filters: {
    /** `soon`: due within 30 days from today (in China); `overdue`: due before today. */
    due: {
      kind: 'enum',
      values: DueState.values,
      where: (alias, value, param) => {
        const today = todayInChina();
        return value === 'overdue'
          ? [`${alias}.dueDate < :${param}`, { [param]: today }]
          : [`${alias}.dueDate >= :${param} AND ${alias}.dueDate <= :${param}_end`, { [param]: today, [`${param}_end`]: addDays(today, DUE_SOON_DAYS) }];
      },
    },
    /** `2021`: a stage date of the record falls in the year (how the annual report counts it). */
    activeIn: {
      kind: 'int',
      where: (alias, value, param) => [activeInSql(alias, (bound) => `:${param}_${bound}`), yearParams(param, Number(value))],
    },
    /** `2021:candidate`: the latest stage the person reached in the year (the report's stage breakdown). */
    reachedIn: {
      kind: 'string',
      where: (alias, value, param) => {
        const [year, stage] = String(value).split(':');
        if (!/^\d{4}$/.test(year ?? '') || !DevelopmentStage.has(stage ?? '')) {
          throw DomainError.validation([{ field: 'filter.reachedIn', code: 'invalid_value', message: '应为 年度:阶段，如 2021:candidate' }]);
        }
        return [`${stageReachedSql(alias, (bound) => `:${param}_${bound}`)} = :${param}_stage`, { ...yearParams(param, Number(year)), [`${param}_stage`]: stage }];
      },
    },
  },
  search: ['introducers', 'note'],
  defaultSort: ['dueDate', 'ASC'],
};

/**
 * The development pipeline: one record per person. Stage, next step and due date follow from the
 * dates (contracts' developmentProgress); a change of stage moves the member's political status
 * with it, in the same transaction.
 */
@Injectable()
export class DevelopmentRecordsService extends CrudService<DevelopmentRecord, CreateDevelopmentRecordDto, UpdateDevelopmentRecordDto> {
  protected readonly entity = DevelopmentRecord;
  protected readonly spec = DEVELOPMENT_LIST;
  readonly sheet = DEVELOPMENT_SHEET;
  protected readonly references = [MEMBER_REFERENCE];

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  protected async columnsOf(dto: CreateDevelopmentRecordDto): Promise<Partial<DevelopmentRecord>> {
    return { ...(await super.columnsOf(dto)), ...developmentProgress(dto) };
  }

  /** Within one import file, one row per person. */
  protected uniqueKeyOf(dto: CreateDevelopmentRecordDto): { key: string; field: string } {
    return { key: String(dto.memberId), field: 'memberId' };
  }

  /** One record per person: a second one is a 409 naming the first. */
  protected async checkRules(manager: EntityManager, dto: CreateDevelopmentRecordDto, _actor: Actor, current?: DevelopmentRecord): Promise<void> {
    if (current && current.memberId === dto.memberId) return;
    const existing = await manager.createQueryBuilder(DevelopmentRecord, 'd').select('d.id', 'id').where('d.memberId = :memberId', { memberId: dto.memberId }).getRawOne<{ id: number }>();
    if (existing) {
      throw new DomainError('CONFLICT', `此人已有发展党员记录（编号 ${existing.id}）`, [{ field: 'memberId', code: 'duplicate', message: `此人已有发展党员记录（编号 ${existing.id}）` }]);
    }
  }

  /** The member's political status follows the stage reached, audited like any change to the member. */
  protected async afterSave(manager: EntityManager, saved: DevelopmentRecord, dto: CreateDevelopmentRecordDto, before: DevelopmentRecord | undefined, actor: Actor): Promise<void> {
    const stage = developmentProgress(dto).stage;
    if (before && before.stage === stage && before.memberId === dto.memberId) return;
    const member = await manager.createQueryBuilder(Member, 'm').where('m.id = :id', { id: dto.memberId }).getOne();
    if (!member || member.politicalStatus === stage) return;
    await manager.createQueryBuilder().update(Member).set({ politicalStatus: stage }).where('id = :id', { id: member.id }).execute();
    await writeAudit(manager, actor, {
      action: 'update',
      resource: 'members',
      recordId: member.id,
      before: { politicalStatus: member.politicalStatus },
      after: { politicalStatus: stage },
    });
  }
}
