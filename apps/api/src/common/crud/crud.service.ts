import { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../context/actor';
import { DomainError } from '../errors/domain-error';
import { applyListQuery, applyScope, ListSpec, Page, parseListQuery, RawListQuery } from '../list-query';
import { TrackedEntity } from '../base.entity';

/** What every update body carries besides the fields: the version it was read at. */
export interface Versioned {
  version: number;
}

/**
 * List, read, create, update and delete for one resource, written once. A resource supplies its
 * entity and list spec and overrides the hooks it needs (child rows, reference checks, output).
 * Every query passes through `scoped()`, so access scoping lives in one place.
 */
export abstract class CrudService<E extends TrackedEntity, CreateDto extends object, UpdateDto extends Versioned> {
  protected abstract readonly entity: EntityTarget<E>;
  protected abstract readonly spec: ListSpec;
  /** Relations loaded on the single-record read. */
  protected readonly detailRelations: string[] = [];

  constructor(protected readonly dataSource: DataSource) {}

  async list(raw: RawListQuery, actor: Actor): Promise<Page<E>> {
    const query = parseListQuery(raw, this.spec);
    const manager = this.dataSource.manager;
    const qb = await this.scoped(manager, actor);
    await applyListQuery(qb, 'r', query, this.spec, manager);
    const [rows, total] = await qb.getManyAndCount();
    return new Page(this.spec.resource, rows.map((row) => this.presentInList(row)), query.offset, total);
  }

  async get(id: number, actor: Actor): Promise<E> {
    return this.findOrFail(this.dataSource.manager, id, actor, this.detailRelations);
  }

  async create(dto: CreateDto, actor: Actor): Promise<E> {
    const id = await this.dataSource.transaction(async (manager) => {
      await this.checkReferences(manager, dto, actor);
      const record = manager.create(this.entity, { ...this.columnsOf(dto), createdBy: actor.userId } as unknown as E);
      const saved = await manager.save(this.entity, record);
      await this.afterSave(manager, saved, dto);
      return saved.id;
    });
    return this.get(id, actor);
  }

  /** Applies the change only if the stored version still equals `dto.version`; otherwise 409. */
  async update(id: number, dto: UpdateDto, actor: Actor): Promise<E> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.findOrFail(manager, id, actor);
      await this.checkReferences(manager, dto as unknown as CreateDto, actor, current);
      const { version, ...fields } = dto;
      const result = await manager
        .createQueryBuilder()
        .update(this.entity)
        .set(this.columnsOf(fields as unknown as CreateDto) as never)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (!result.affected) throw DomainError.staleVersion();
      await this.afterSave(manager, { ...current, id } as E, dto as unknown as CreateDto);
    });
    return this.get(id, actor);
  }

  async remove(id: number, actor: Actor): Promise<E> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.findOrFail(manager, id, actor, this.detailRelations);
      await manager.delete(this.entity, { id } as never);
      return current;
    });
  }

  /** A query on this resource already limited to what the actor may see. */
  protected async scoped(manager: EntityManager, actor: Actor): Promise<SelectQueryBuilder<E>> {
    const qb = manager.createQueryBuilder(this.entity, 'r') as SelectQueryBuilder<E>;
    await applyScope(qb, `r.${this.spec.orgField}`, actor.scope, manager);
    return qb;
  }

  protected async findOrFail(manager: EntityManager, id: number, actor: Actor, relations: string[] = []): Promise<E> {
    const qb = await this.scoped(manager, actor);
    qb.andWhere('r.id = :id', { id });
    for (const relation of relations) qb.leftJoinAndSelect(`r.${relation}`, relation);
    const found = await qb.getOne();
    if (!found) throw DomainError.notFound(this.spec.resource, id);
    return found;
  }

  /** The DTO's own columns; resources with child rows strip them here. */
  protected columnsOf(dto: CreateDto): Partial<E> {
    return { ...dto } as unknown as Partial<E>;
  }

  /** Check that referenced records exist (and, later, that they are in the actor's scope). */
  protected async checkReferences(_manager: EntityManager, _dto: CreateDto, _actor: Actor, _current?: E): Promise<void> {}

  /** Write child rows after the record itself; runs inside the same transaction. */
  protected async afterSave(_manager: EntityManager, _saved: E, _dto: CreateDto): Promise<void> {}

  /** How a row appears in lists (e.g. masked phone numbers). */
  protected presentInList(row: E): E {
    return row;
  }
}

/** Fails with a field error when `id` is not a row of `table`. */
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
