import { DataSource, EntityManager, EntityTarget, SelectQueryBuilder } from 'typeorm';
import { can, redactPrivate } from '@wb/contracts';
import { AuditLog } from '../../audit/audit-log.entity';
import { AuditEntry, writeAudit } from '../../audit/audit-trail';
import { Actor } from '../context/actor';
import { DomainError } from '../errors/domain-error';
import { applyScope, listPage, ListSpec, Page, parseListQuery, pathInScope, RawListQuery } from '../list-query';
import { withoutServerFields } from '../validation/server-fields';
import { TrackedEntity } from '../base.entity';
import { answerChildRows, ChildRows, writeChildRows } from './child-rows';
import { insertedId } from './inserted-id';
import { orgReference } from './org-owned';
import { checkReferences, Reference } from './references';

/** What every update body carries besides the fields: the version it was read at. */
export interface Versioned {
  version: number;
}

/** Columns the server keeps: never copied from a body. */
const MANAGED_COLUMNS = new Set(['id', 'createdAt', 'updatedAt', 'createdBy', 'version', 'deletedAt']);

/**
 * List, read, create, update, soft delete, restore and history for one resource, written once.
 * A resource supplies its entity, list spec and references, and overrides the hooks it needs
 * (child rows, extra rules, secrets). Scope, references and the audit trail are applied here and
 * nowhere else: lists only show what the actor may see, a record outside the scope is a 403,
 * a body may only point at records in the scope, and every change writes its audit entry in the
 * same transaction.
 *
 * Queries per request (besides the guard's one for the user): a read is one, a list two, a write
 * reads the record, writes it, reads it back once for both the audit entry and the answer, and
 * writes the audit entry; references cost one query each only when they name something new.
 */
export abstract class CrudService<E extends TrackedEntity, CreateDto extends object, UpdateDto extends Versioned> {
  protected abstract readonly entity: EntityTarget<E>;
  protected abstract readonly spec: ListSpec;
  /** Rows written and read with the record (attendance, milestones, participants). */
  protected readonly children: ChildRows[] = [];
  /** Records a body points at, besides the record's own org (which `spec.orgField` covers). */
  protected readonly references: Reference[] = [];

  constructor(protected readonly dataSource: DataSource) {}

  async list(raw: RawListQuery, actor: Actor): Promise<Page<E>> {
    const query = parseListQuery(raw, this.spec);
    if (query.deleted && !can(actor.role, this.spec.resource, 'restore')) throw DomainError.forbidden('只有管理员可以查看已删除的记录');
    const qb = this.scoped(this.dataSource.manager, actor).select(this.listColumns().map((column) => `r.${column}`));
    if (query.deleted) qb.withDeleted().andWhere('r.deletedAt IS NOT NULL');
    return listPage(qb, query, this.spec, (row) => redactPrivate(this.spec.resource, this.serialize(row), actor.role, true));
  }

  async get(id: number, actor: Actor): Promise<E> {
    return this.present(await this.findOrFail(this.dataSource.manager, id, actor), actor);
  }

  async create(dto: CreateDto, actor: Actor): Promise<E> {
    const body = withoutServerFields(dto);
    const saved = await this.dataSource.transaction(async (manager) => {
      await this.checkBody(manager, body, actor);
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(this.entity)
        .values({ ...(await this.columnsOf(body)), createdBy: actor.userId, version: 1 } as never)
        .updateEntity(false)
        .execute();
      const id = insertedId(result.raw);
      for (const child of this.children) await writeChildRows(manager, child, id, body as Record<string, unknown>);
      await this.afterSave(manager, { ...body, id } as unknown as E, body, undefined, actor);
      const after = await this.findOrFail(manager, id, actor);
      await this.audit(manager, actor, 'create', id, null, after);
      return after;
    });
    return this.present(saved, actor);
  }

  /** Applies the change only if the stored version still equals `dto.version`; otherwise 409. */
  async update(id: number, dto: UpdateDto, actor: Actor): Promise<E> {
    const claimedId = (dto as { id?: unknown }).id;
    if (claimedId !== undefined && claimedId !== id) {
      throw DomainError.validation([{ field: 'id', code: 'mismatch', message: `编号与地址中的编号 ${id} 不一致` }]);
    }
    const { version, ...body } = withoutServerFields(dto);
    const saved = await this.dataSource.transaction(async (manager) => {
      const current = await this.findOrFail(manager, id, actor);
      await this.checkBody(manager, body as unknown as CreateDto, actor, current);
      const columns = await this.columnsOf(body as unknown as CreateDto);
      const result = await manager
        .createQueryBuilder()
        .update(this.entity)
        .set(columns as never)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (!result.affected) throw DomainError.staleVersion();
      const before = this.serialize(current) as unknown as Record<string, unknown>;
      for (const child of this.children) await writeChildRows(manager, child, id, body, before);
      await this.afterSave(manager, { ...current, ...columns, id, version: version + 1 } as E, body as unknown as CreateDto, current, actor);
      const after = await this.findOrFail(manager, id, actor);
      await this.audit(manager, actor, 'update', id, current, after);
      return after;
    });
    return this.present(saved, actor);
  }

  /** Soft delete: the row stays, hidden, and an admin can restore it. */
  async remove(id: number, actor: Actor): Promise<E> {
    const removed = await this.dataSource.transaction(async (manager) => {
      const current = await this.findOrFail(manager, id, actor);
      await this.beforeRemove(manager, current);
      await manager.softDelete(this.entity, { id } as never);
      await this.audit(manager, actor, 'delete', id, current, null);
      return current;
    });
    return this.present(removed, actor);
  }

  async restore(id: number, actor: Actor): Promise<E> {
    const restored = await this.dataSource.transaction(async (manager) => {
      const deleted = await manager
        .createQueryBuilder(this.entity, 'r')
        .withDeleted()
        .where('r.id = :id AND r.deletedAt IS NOT NULL', { id })
        .getOne();
      if (!deleted) throw DomainError.notFound(`${this.spec.resource}（已删除）`, id);
      await this.beforeRestore(manager, deleted);
      await manager.restore(this.entity, { id } as never);
      const after = await this.findOrFail(manager, id, actor);
      await this.audit(manager, actor, 'restore', id, null, after);
      return after;
    });
    return this.present(restored, actor);
  }

  /**
   * The audit entries of one record the actor may read, newest first. Those who may restore
   * (admins) also read the history of a deleted record: that is how they decide to restore it.
   */
  async history(id: number, actor: Actor): Promise<AuditLog[]> {
    const withDeleted = can(actor.role, this.spec.resource, 'restore');
    await this.findOrFail(this.dataSource.manager, id, actor, { withDeleted });
    const entries = await this.dataSource.manager
      .createQueryBuilder(AuditLog, 'a')
      .where('a.resource = :resource AND a.recordId = :id', { resource: this.spec.resource, id })
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getMany();
    return entries.map((entry) => redactAuditEntry(entry, actor));
  }

  /** A query on this resource already limited to what the actor may see. */
  protected scoped(manager: EntityManager, actor: Actor): SelectQueryBuilder<E> {
    const qb = manager.createQueryBuilder(this.entity, 'r') as SelectQueryBuilder<E>;
    if (this.spec.orgField) applyScope(qb, `r.${this.spec.orgField}`, actor.scope);
    return qb;
  }

  /**
   * 404 when there is no such (live) record, 403 when it lies outside the actor's scope. One
   * query: the record, its detail relations and, for a scoped actor, the path of its org.
   */
  protected async findOrFail(manager: EntityManager, id: number, actor: Actor, options: { withDeleted?: boolean } = {}): Promise<E> {
    const qb = manager.createQueryBuilder(this.entity, 'r') as SelectQueryBuilder<E>;
    qb.where('r.id = :id', { id });
    if (options.withDeleted) qb.withDeleted();
    for (const { relation } of this.children) qb.leftJoinAndSelect(`r.${relation}`, relation).addOrderBy(`${relation}.id`, 'ASC');
    const orgField = this.spec.orgField;
    const checkScope = orgField !== undefined && actor.scope.kind !== 'all';
    if (checkScope) qb.leftJoin('orgs', 'scope_org', `scope_org.id = r.${orgField}`).addSelect('scope_org.path', 'scope_path');
    const { entities, raw } = await qb.getRawAndEntities<{ scope_path?: string | null }>();
    const found = entities[0];
    if (!found) throw DomainError.notFound(this.spec.resource, id);
    if (checkScope && !pathInScope(raw[0]?.scope_path, actor.scope)) throw DomainError.forbidden('这条记录不属于您的组织范围');
    return found;
  }

  /** Everything a body points at must exist and lie in the scope, the record's own org first. */
  private async checkBody(manager: EntityManager, body: CreateDto, actor: Actor, current?: E): Promise<void> {
    await this.checkRules(manager, body, actor, current);
    await checkReferences(manager, this.allReferences(), body, actor.scope, current && this.serialize(current));
  }

  private allReferences(): Reference[] {
    const orgField = this.spec.orgField;
    return orgField && orgField !== 'id' ? [orgReference(orgField), ...this.references] : this.references;
  }

  protected audit(manager: EntityManager, actor: Actor, action: AuditEntry['action'], recordId: number, before: E | null, after: E | null) {
    return writeAudit(manager, actor, {
      action,
      resource: this.spec.resource,
      recordId,
      before: before && this.serialize(before),
      after: after && this.serialize(after),
    });
  }

  /** The entity's own columns found in the body (server-kept ones excepted); resources with secrets shape them here. */
  protected async columnsOf(body: CreateDto): Promise<Partial<E>> {
    const columns: Record<string, unknown> = {};
    for (const column of this.dataSource.getMetadata(this.entity).columns) {
      const name = column.propertyName;
      if (MANAGED_COLUMNS.has(name) || !Object.hasOwn(body, name)) continue;
      const value = (body as Record<string, unknown>)[name];
      if (value !== undefined) columns[name] = value;
    }
    return columns as Partial<E>;
  }

  /** Columns a list returns: long texts (minutes, findings) stay out and are read with the record. */
  protected listColumns(): string[] {
    return this.dataSource
      .getMetadata(this.entity)
      .columns.filter((column) => column.isSelect && column.type !== 'text')
      .map((column) => column.propertyName);
  }

  /** Rules across fields or rows that the DTO cannot state (e.g. no member listed twice). */
  protected async checkRules(_manager: EntityManager, _body: CreateDto, _actor: Actor, _current?: E): Promise<void> {}

  /** Write child rows after the record itself; `saved` is the record as it now stands, `before` as it was. */
  protected async afterSave(_manager: EntityManager, _saved: E, _body: CreateDto, _before: E | undefined, _actor: Actor): Promise<void> {}

  /** Refuse a delete that would orphan live records. */
  protected async beforeRemove(_manager: EntityManager, _current: E): Promise<void> {}

  /** Refuse a restore that would bring back an inconsistent record: by default, its org must be live. */
  protected async beforeRestore(manager: EntityManager, deleted: E): Promise<void> {
    const orgField = this.spec.orgField;
    if (!orgField || orgField === 'id') return;
    const orgId = (deleted as unknown as Record<string, number | null>)[orgField];
    if (orgId === null || orgId === undefined) return;
    const live = await manager.createQueryBuilder().from('orgs', 'o').where('o.id = :orgId AND o.deletedAt IS NULL', { orgId }).getCount();
    if (!live) throw DomainError.conflict('所属组织已删除，请先恢复组织');
  }

  /**
   * The record as it may ever leave the service (and enter the audit trail): no secrets, and
   * child rows as the body sends them (an attendance row inside meeting 5 needs no `meetingId: 5`).
   */
  protected serialize(record: E): E {
    return this.children.reduce((shaped, child) => answerChildRows(child, shaped), record as unknown as Record<string, unknown>) as unknown as E;
  }

  /** How a record leaves the API for this actor: personal fields masked unless the role reads them. */
  protected present(record: E, actor: Actor): E {
    return redactPrivate(this.spec.resource, this.serialize(record), actor.role);
  }
}

/** An audit entry as this actor may read it: the snapshots' personal fields masked by the same rule as the record. */
export function redactAuditEntry(entry: AuditLog, actor: Actor): AuditLog {
  const mask = (snapshot: Record<string, unknown> | null) => snapshot && redactPrivate(entry.resource, snapshot, actor.role);
  return { ...entry, before: mask(entry.before), after: mask(entry.after) };
}
