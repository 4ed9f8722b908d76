import { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { can } from '@wb/contracts';
import { AuditLog } from '../../audit/audit-log.entity';
import { AuditEntry, writeAudit } from '../../audit/audit-trail';
import { Actor } from '../context/actor';
import { DomainError } from '../errors/domain-error';
import { applyScope, isOrgInScope, listPage, ListSpec, Page, parseListQuery, RawListQuery } from '../list-query';
import { TrackedEntity } from '../base.entity';

/** What every update body carries besides the fields: the version it was read at. */
export interface Versioned {
  version: number;
}

/**
 * List, read, create, update, soft delete, restore and history for one resource, written once.
 * A resource supplies its entity and list spec and overrides the hooks it needs (child rows,
 * reference checks, output). Scope and the audit trail are applied here and nowhere else:
 * lists only show what the actor may see, a record outside the scope is a 403, and every
 * change writes its audit entry in the same transaction.
 */
export abstract class CrudService<E extends TrackedEntity, CreateDto extends object, UpdateDto extends Versioned> {
  protected abstract readonly entity: EntityTarget<E>;
  protected abstract readonly spec: ListSpec;
  /** Relations loaded on the single-record read (and kept in the audit snapshots). */
  protected readonly detailRelations: string[] = [];

  constructor(protected readonly dataSource: DataSource) {}

  async list(raw: RawListQuery, actor: Actor): Promise<Page<E>> {
    const query = parseListQuery(raw, this.spec);
    if (query.deleted && !can(actor.role, this.spec.resource, 'restore')) throw DomainError.forbidden('只有管理员可以查看已删除的记录');
    const manager = this.dataSource.manager;
    const qb = await this.scoped(manager, actor);
    if (query.deleted) qb.withDeleted().andWhere('r.deletedAt IS NOT NULL');
    return listPage(qb, query, this.spec, manager, (row) => this.presentInList(row));
  }

  async get(id: number, actor: Actor): Promise<E> {
    return this.present(await this.findOrFail(this.dataSource.manager, id, actor));
  }

  async create(dto: CreateDto, actor: Actor): Promise<E> {
    const id = await this.dataSource.transaction(async (manager) => {
      await this.checkOrgInScope(manager, dto, actor);
      await this.checkReferences(manager, dto, actor);
      const record = manager.create(this.entity, { ...(await this.columnsOf(dto)), createdBy: actor.userId } as unknown as E);
      const saved = await manager.save(this.entity, record);
      await this.afterSave(manager, saved, dto);
      await this.audit(manager, actor, 'create', saved.id, null, await this.findOrFail(manager, saved.id, actor));
      return saved.id;
    });
    return this.get(id, actor);
  }

  /** Applies the change only if the stored version still equals `dto.version`; otherwise 409. */
  async update(id: number, dto: UpdateDto, actor: Actor): Promise<E> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.findOrFail(manager, id, actor);
      await this.checkOrgInScope(manager, dto as unknown as CreateDto, actor);
      await this.checkReferences(manager, dto as unknown as CreateDto, actor, current);
      const { version, ...fields } = dto;
      const result = await manager
        .createQueryBuilder()
        .update(this.entity)
        .set((await this.columnsOf(fields as unknown as CreateDto)) as never)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (!result.affected) throw DomainError.staleVersion();
      await this.afterSave(manager, { ...current, id } as E, dto as unknown as CreateDto, current);
      await this.audit(manager, actor, 'update', id, current, await this.findOrFail(manager, id, actor));
    });
    return this.get(id, actor);
  }

  /** Soft delete: the row stays, hidden, and an admin can restore it. */
  async remove(id: number, actor: Actor): Promise<E> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.findOrFail(manager, id, actor);
      await this.beforeRemove(manager, current);
      await manager.softDelete(this.entity, { id } as never);
      await this.audit(manager, actor, 'delete', id, current, null);
      return this.present(current);
    });
  }

  async restore(id: number, actor: Actor): Promise<E> {
    await this.dataSource.transaction(async (manager) => {
      const deleted = await manager
        .createQueryBuilder(this.entity, 'r')
        .withDeleted()
        .where('r.id = :id AND r.deletedAt IS NOT NULL', { id })
        .getOne();
      if (!deleted) throw DomainError.notFound(`${this.spec.resource}（已删除）`, id);
      await this.beforeRestore(manager, deleted);
      await manager.restore(this.entity, { id } as never);
      await this.audit(manager, actor, 'restore', id, null, await this.findOrFail(manager, id, actor));
    });
    return this.get(id, actor);
  }

  /** The audit entries of one record the actor may read, newest first. */
  async history(id: number, actor: Actor): Promise<AuditLog[]> {
    await this.findOrFail(this.dataSource.manager, id, actor);
    return this.dataSource.manager
      .createQueryBuilder(AuditLog, 'a')
      .where('a.resource = :resource AND a.recordId = :id', { resource: this.spec.resource, id })
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getMany();
  }

  /** A query on this resource already limited to what the actor may see. */
  protected async scoped(manager: EntityManager, actor: Actor): Promise<SelectQueryBuilder<E>> {
    const qb = manager.createQueryBuilder(this.entity, 'r') as SelectQueryBuilder<E>;
    if (this.spec.orgField) await applyScope(qb, `r.${this.spec.orgField}`, actor.scope, manager);
    return qb;
  }

  /** 404 when there is no such (live) record, 403 when it lies outside the actor's scope. */
  protected async findOrFail(manager: EntityManager, id: number, actor: Actor): Promise<E> {
    const qb = manager.createQueryBuilder(this.entity, 'r') as SelectQueryBuilder<E>;
    qb.where('r.id = :id', { id });
    for (const relation of this.detailRelations) qb.leftJoinAndSelect(`r.${relation}`, relation);
    const found = await qb.getOne();
    if (!found) throw DomainError.notFound(this.spec.resource, id);
    const orgId = this.spec.orgField ? (found as unknown as Record<string, number>)[this.spec.orgField] : undefined;
    if (orgId !== undefined && !(await isOrgInScope(manager, actor.scope, orgId))) {
      throw DomainError.forbidden('这条记录不属于您的组织范围');
    }
    return found;
  }

  /** A body may only place a record in an org within the actor's scope. */
  private async checkOrgInScope(manager: EntityManager, dto: CreateDto, actor: Actor): Promise<void> {
    const orgId = (dto as { orgId?: unknown }).orgId;
    if (typeof orgId !== 'number' || actor.scope.kind === 'all') return;
    if (!(await isOrgInScope(manager, actor.scope, orgId))) {
      throw DomainError.forbidden('不能把记录放到您的组织范围之外', [{ field: 'orgId', code: 'out_of_scope', message: '不在您的组织范围内' }]);
    }
  }

  protected audit(manager: EntityManager, actor: Actor, action: AuditEntry['action'], recordId: number, before: E | null, after: E | null) {
    return writeAudit(manager, actor, {
      action,
      resource: this.spec.resource,
      recordId,
      before: before && this.present(before),
      after: after && this.present(after),
    });
  }

  /** The DTO's own columns; resources with child rows or secrets shape them here. */
  protected async columnsOf(dto: CreateDto): Promise<Partial<E>> {
    return { ...dto } as unknown as Partial<E>;
  }

  /** Check that referenced records exist. */
  protected async checkReferences(_manager: EntityManager, _dto: CreateDto, _actor: Actor, _current?: E): Promise<void> {}

  /** Write child rows after the record itself; runs inside the same transaction. */
  protected async afterSave(_manager: EntityManager, _saved: E, _dto: CreateDto, _before?: E): Promise<void> {}

  /** Refuse a delete that would orphan live records. */
  protected async beforeRemove(_manager: EntityManager, _current: E): Promise<void> {}

  /** Refuse a restore that would bring back an inconsistent record: by default, its org must be live. */
  protected async beforeRestore(manager: EntityManager, deleted: E): Promise<void> {
    if (this.spec.orgField !== 'orgId') return;
    const orgId = (deleted as unknown as { orgId: number }).orgId;
    const live = await manager.createQueryBuilder().from('orgs', 'o').where('o.id = :orgId AND o.deletedAt IS NULL', { orgId }).getCount();
    if (!live) throw DomainError.conflict('所属组织已删除，请先恢复组织');
  }

  /** How a record leaves the API (and enters the audit trail). */
  protected present(record: E): E {
    return record;
  }

  /** How a row appears in lists (e.g. masked phone numbers). */
  protected presentInList(row: E): E {
    return this.present(row);
  }
}

/** Fails with a field error when `id` is not a live row of `table`. */
export async function assertExists(
  manager: EntityManager,
  table: EntityTarget<ObjectLiteral>,
  id: number,
  field: string,
  message: string,
): Promise<void> {
  const count = await manager.createQueryBuilder(table, 't').where('t.id = :id', { id }).getCount();
  if (count === 0) throw DomainError.missingReference(field, message);
}
