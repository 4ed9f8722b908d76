import { DataSource, EntityManager, EntityTarget, SelectQueryBuilder } from 'typeorm';
import { can, ImportError, ImportResult, redactPrivate } from '@wb/contracts';
import { attachmentCount } from '../../attachments/attachment-counts';
import { AuditLog } from '../../audit/audit-log.entity';
import { AuditEntry, writeAudit, writeAuditMany } from '../../audit/audit-trail';
import { Actor } from '../context/actor';
import { DomainError } from '../errors/domain-error';
import { applyScope, ListQuery, ListReader, ListSpec, orgsInSubtrees, Page, parseListQuery, pathInScope, pathInSubtrees, RawListQuery } from '../list-query';
import { readableColumns } from '../database/entity-rows';
import { ImportLookups } from '../sheets/import-lookups';
import { matchColumns, namesUsed, ParsedRow, parseRows, previewOf } from '../sheets/parse-sheet';
import { readSheet } from '../sheets/read-sheet';
import { SheetSpec } from '../sheets/sheet-spec';
import { withoutServerFields } from '../validation/server-fields';
import { checkRecordRules, RecordValidationPipe, VALIDATION_OPTIONS } from '../validation/validation-options';
import { TrackedEntity } from '../base.entity';
import { answerChildRows, childValues, ChildRows, writeChildRows, writeChildRowsOfMany } from './child-rows';
import { insertedId } from './inserted-id';
import { orgReference } from './org-owned';
import { insertMany } from './insert-many';
import { rowsPerStatement } from './multi-row-insert';
import { RecordReader } from './record-reader';
import { checkReferences, checkReferencesOfMany, Reference } from './references';
import { countFacts, FactChange, factTableOf } from '../../reports/report-facts';
import { FactTable } from '../../reports/annual-sql';

/** What every update body carries besides the fields: the version it was read at. */
export interface Versioned {
  version: number;
}

/** Rows an export reads per query. */
const EXPORT_PAGE = 1000;
/** Rows of an import shown back for the preview. */
const IMPORT_PREVIEW_ROWS = 20;

/** Rows of an import checked, then stored, together (fewer if the record's columns make a shorter INSERT). */
const IMPORT_BATCH = 1000;

/** What checking an import's rows needs, batch after batch. */
interface ImportCheck {
  pipe: RecordValidationPipe;
  dto: new () => object;
  actor: Actor;
  headerOf: (field: string) => string;
  /** Each record's key (uniqueKeyOf) and its first row, for the file's rows so far. */
  seen: Map<string, number>;
}

/** Thrown to roll an import back once a later batch has a problem: its answer is the rows' errors. */
class ImportRefused extends Error {}

/** A check's refusal as the row's errors, by the sheet's headers; a column already wrong in the cell is not blamed again. */
function blame(row: ParsedRow, error: unknown, headerOf: (field: string) => string): void {
  if (!(error instanceof DomainError)) throw error;
  const reasons = error.errors.length ? error.errors : [{ field: 'file', code: error.code, message: error.message }];
  const blamed = new Set(row.errors.map((e) => e.column));
  row.errors.push(...reasons.map((reason) => ({ row: row.row, column: headerOf(reason.field), message: reason.message })).filter((e) => !blamed.has(e.column)));
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
 * writes the audit entry; references cost one query each only when they name something new; a
 * record the annual report counts moves its count (one statement; an edit only when it changes
 * what the record is counted under — org, year, month, codes — or its 科普 items).
 */
export abstract class CrudService<E extends TrackedEntity, CreateDto extends object, UpdateDto extends Versioned> {
  protected abstract readonly entity: EntityTarget<E>;
  protected abstract readonly spec: ListSpec;
  /** Rows written and read with the record (attendance, milestones, participants). */
  protected readonly children: ChildRows[] = [];
  /** Records a body points at, besides the record's own org (which `spec.orgField` covers). */
  protected readonly references: Reference[] = [];
  /** The resource as a spreadsheet: export, import template, import. */
  abstract readonly sheet: SheetSpec;

  /** Read a record by id, a list page, an export (made on first use: `entity` and `children` are set by the subclass). */
  private reader?: RecordReader<E>;
  private lister?: ListReader<E>;
  private exporter?: ListReader<E>;
  /** How the annual report counts this resource's records (null: it does not). */
  private factTable?: FactTable | null;

  constructor(protected readonly dataSource: DataSource) {}

  /** For the export stream's name lookups. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async list(raw: RawListQuery, actor: Actor): Promise<Page<E>> {
    const parsed = parseListQuery(raw, this.spec);
    if (parsed.deleted && !can(actor.role, this.spec.resource, 'restore')) throw DomainError.forbidden('只有管理员可以查看已删除的记录');
    const { query, scopeIds } = await this.withOrgIds(parsed, actor);
    // long texts (minutes, findings) stay out of a list: they are read with the record
    this.lister ??= new ListReader(
      this.entity,
      this.spec,
      (metadata) => readableColumns(metadata).filter((column) => column.type !== 'text'),
      attachmentCount(this.spec.resource),
    );
    const page = await this.lister.page(this.dataSource.manager, query, scopeIds);
    const rows = page.rows.map((row) => redactPrivate(this.spec.resource, this.serialize(row), actor.role, true));
    const total = page.total;
    return new Page(this.spec.resource, rows, query.offset, total);
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
      await this.countFacts(manager, { added: [after] });
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
      // A field the body leaves out keeps its stored value: rules and computed columns see the record as it will be.
      const complete = this.completed(current, body) as unknown as CreateDto;
      checkRecordRules(dto, complete);
      await this.checkBody(manager, complete, actor, current);
      const columns = await this.columnsOf(complete);
      const result = await manager
        .createQueryBuilder()
        .update(this.entity)
        .set(columns as never)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (!result.affected) throw DomainError.staleVersion();
      const before = this.serialize(current) as unknown as Record<string, unknown>;
      for (const child of this.children) await writeChildRows(manager, child, id, body, before);
      await this.afterSave(manager, { ...current, ...columns, id, version: version + 1 } as E, complete, current, actor);
      const after = await this.findOrFail(manager, id, actor);
      await this.countFacts(manager, { removed: [current], added: [after] });
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
      await this.countFacts(manager, { removed: [current] });
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
      await this.countFacts(manager, { added: [after] });
      await this.audit(manager, actor, 'restore', id, null, after);
      return after;
    });
    return this.present(restored, actor);
  }

  /**
   * Every record the query matches — all of them, not one page — in the actor's scope, in its
   * order, a thousand at a time, with their id lists (members, authors) filled in: for exports.
   */
  exportPages(raw: RawListQuery, actor: Actor): AsyncGenerator<Record<string, unknown>[]> {
    // Checked now, not when the first page is read: by then the 200 and the headers are sent,
    // and a bad query could only break the download off instead of answering 400.
    const query = parseListQuery({ sort: raw.sort, filter: raw.filter }, this.spec);
    if (query.deleted) throw DomainError.forbidden('已删除的记录不能导出');
    return this.pagesOf(query, actor);
  }

  private async *pagesOf(parsed: ListQuery, actor: Actor): AsyncGenerator<Record<string, unknown>[]> {
    const { query, scopeIds } = await this.withOrgIds(parsed, actor);
    this.exporter ??= new ListReader(this.entity, this.spec);
    for await (const rows of this.exporter.pages(this.dataSource.manager, query, scopeIds, EXPORT_PAGE)) {
      await this.attachIdLists(rows);
      yield rows.map((row) => redactPrivate(this.spec.resource, this.serialize(row), actor.role, true) as unknown as Record<string, unknown>);
    }
  }

  /**
   * Imports a spreadsheet (.xlsx or CSV) of new records: every row checked as the API checks one
   * body — cells, fields, rules, references in the actor's scope — and every problem reported by
   * the sheet's row and column. Any problem, or a dry run, writes nothing; otherwise every row is
   * created in one transaction, each with its audit entry.
   */
  async importSheet(file: Buffer, dto: new () => CreateDto, actor: Actor, dryRun: boolean): Promise<ImportResult> {
    if (!this.sheet.importable) throw DomainError.forbidden('此类记录不能导入');
    const raw = await readSheet(file);
    const columns = matchColumns(this.sheet, raw.headers);
    const headerOf = (field: string) => {
      const name = field.split('.')[0];
      return columns.find((c) => c.column.field === name)?.header ?? this.sheet.columns.find((c) => c.field === name)?.header.zh ?? field;
    };
    const lookups = new ImportLookups(this.dataSource.manager, actor.scope);
    await lookups.load(columns.map((c) => c.column), namesUsed(raw, columns));
    const ownOrg = actor.scope.kind === 'subtrees' && actor.scope.orgIds.length === 1 ? actor.scope.orgIds[0] : undefined;
    const rows: ParsedRow[] = [];
    const check: ImportCheck = { pipe: new RecordValidationPipe({ ...VALIDATION_OPTIONS, expectedType: dto }), dto, actor, headerOf, seen: new Map() };
    // A batch is stored while the next is read from its cells and checked: checking is the API's
    // work, storing the database's, and each has a core. The first problem stops the storing; every
    // row is still checked, and what was stored is rolled back.
    const batch = rowsPerStatement(this.dataSource.getMetadata(this.entity).columns.length, IMPORT_BATCH);
    let created = 0;
    await this.dataSource
      .transaction(async (manager) => {
        let refused = dryRun;
        let stored: Promise<number> = Promise.resolve(0);
        try {
          for (let i = 0; i < raw.rows.length; i += batch) {
            const part = parseRows({ headers: raw.headers, rows: raw.rows.slice(i, i + batch) }, columns, lookups, ownOrg);
            rows.push(...part);
            await this.checkImportRows(manager, part, check);
            refused ||= part.some((row) => row.errors.length > 0);
            if (refused) continue;
            const bodies = part.map((row) => row.body as CreateDto);
            stored = stored.then(async (count) => count + (await this.createMany(manager, bodies, actor, batch)));
            // awaited below, after the checks: a failure meanwhile is not an unhandled one
            stored.catch(() => undefined);
          }
        } catch (error) {
          // nothing may still be writing on the connection once the transaction rolls back
          await stored.catch(() => undefined);
          throw error;
        }
        const count = await stored;
        if (refused && count > 0) throw new ImportRefused();
        // counted for the annual report once, every key in one statement in order: two imports at
        // once cannot each hold a key the other waits for, as they could counting batch by batch
        if (!refused) await this.countFacts(manager, { added: rows.map((row) => row.body as object) });
        created = refused ? 0 : count;
      })
      .catch((error: unknown) => {
        if (!(error instanceof ImportRefused)) throw error;
      });
    const errors: ImportError[] = rows.flatMap((row) => row.errors);
    return {
      rows: rows.length,
      valid: rows.filter((row) => row.errors.length === 0).length,
      created,
      errors,
      columns: columns.map((c) => c.header),
      preview: previewOf(raw, columns, IMPORT_PREVIEW_ROWS),
    };
  }

  /**
   * Creates many records in the caller's transaction: rows in batches, their child rows, the hooks
   * for each, and one audit entry each (the annual report's counts are the caller's: see
   * importSheet). Answers how many. `batch`: the size of the caller's full
   * batches (an import's), whose statements are kept prepared for the next.
   */
  protected async createMany(manager: EntityManager, bodies: CreateDto[], actor: Actor, batch = bodies.length): Promise<number> {
    const rows = await Promise.all(bodies.map(async (body) => Object.assign(await this.columnsOf(body), { createdBy: actor.userId, version: 1 })));
    const ids = await insertMany(manager, this.entity, rows);
    for (const child of this.children) await writeChildRowsOfMany(manager, child, ids, bodies as unknown as Record<string, unknown>[]);
    for (let i = 0; i < bodies.length; i++) await this.afterSave(manager, { ...bodies[i], id: ids[i] } as unknown as E, bodies[i], undefined, actor);
    await writeAuditMany(
      manager,
      actor,
      rows.map((row, i) => ({ action: 'create', resource: this.spec.resource, recordId: ids[i], before: null, after: { id: ids[i], ...row, ...childValues(this.children, bodies[i]) } })),
      batch,
    );
    return ids.length;
  }

  /** Checks rows of an import as a body is checked: fields, duplicates in the file so far, rules, references in scope. */
  private async checkImportRows(manager: EntityManager, rows: ParsedRow[], check: ImportCheck): Promise<void> {
    for (const row of rows) {
      try {
        row.body = withoutServerFields(await check.pipe.transform(row.body, { type: 'body', metatype: check.dto }));
      } catch (error) {
        blame(row, error, check.headerOf);
      }
    }
    this.markDuplicatesWithinFile(rows, check.headerOf, check.seen);
    const candidates = rows.filter((row) => row.errors.length === 0);
    for (const row of candidates) {
      try {
        await this.checkRules(manager, row.body as CreateDto, check.actor);
      } catch (error) {
        blame(row, error, check.headerOf);
      }
    }
    const referenceErrors = await checkReferencesOfMany(manager, this.allReferences(), candidates.map((row) => row.body), check.actor.scope);
    referenceErrors.forEach((errors, index) => blame(candidates[index], DomainError.validation(errors), check.headerOf));
  }

  /** Two rows of one file that would be the same record (a paper twice, a person's second pipeline); `seen`: the file's keys so far. */
  private markDuplicatesWithinFile(rows: ParsedRow[], headerOf: (field: string) => string, seen: Map<string, number>): void {
    for (const row of rows) {
      if (row.errors.length) continue;
      const key = this.uniqueKeyOf(row.body as CreateDto);
      if (!key) continue;
      const first = seen.get(key.key);
      if (first === undefined) seen.set(key.key, row.row);
      else row.errors.push({ row: row.row, column: headerOf(key.field), message: `与第 ${first} 行重复` });
    }
  }

  /** What makes two new records the same one, and the field to blame; none by default. */
  protected uniqueKeyOf(_body: CreateDto): { key: string; field: string } | null {
    return null;
  }

  /** Fills the id lists (members, authors) of a page of rows from their child tables, one query per list. */
  private async attachIdLists(rows: E[]): Promise<void> {
    for (const child of this.children) {
      if (!child.ids) continue;
      const byParent = new Map<number, number[]>();
      const ids = rows.map((row) => row.id);
      const found = await this.dataSource.manager
        .createQueryBuilder()
        .select([`c.${child.parentKey} AS parent`, `c.${child.ids.column} AS value`])
        .from(child.entity, 'c')
        .where(`c.${child.parentKey} IN (:...ids)`, { ids })
        .orderBy('c.id')
        .getRawMany<{ parent: number; value: number }>();
      for (const { parent, value } of found) byParent.set(Number(parent), [...(byParent.get(Number(parent)) ?? []), Number(value)]);
      for (const row of rows) (row as unknown as Record<string, unknown>)[child.relation] = (byParent.get(row.id) ?? []).map((value) => ({ [child.ids!.column]: value }));
    }
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
   * A list's scope and `orgId` filter as lists of org ids, looked up in one small query: at a
   * million rows the database finds a branch's page through the org index with literal ids, where
   * with a subquery of paths it walked the whole date index instead.
   */
  private async withOrgIds(query: ListQuery, actor: Actor): Promise<{ query: ListQuery; scopeIds: number[] | null }> {
    const scoped = this.spec.orgField !== undefined && actor.scope.kind === 'subtrees';
    const filtered = this.spec.orgField !== undefined && query.orgSubtrees !== undefined;
    if (!scoped && !filtered) return { query, scopeIds: null };
    const roots = [...(actor.scope.kind === 'subtrees' && scoped ? actor.scope.orgIds : []), ...(filtered ? query.orgSubtrees! : [])];
    const orgs = await orgsInSubtrees(this.dataSource.manager, [...new Set(roots)], actor.orgTreeVersion);
    const idsUnder = (rootIds: readonly number[]) => orgs.filter((org) => pathInSubtrees(org.path, rootIds)).map((org) => org.id);
    return {
      query: filtered ? { ...query, orgIds: idsUnder(query.orgSubtrees!) } : query,
      scopeIds: scoped && actor.scope.kind === 'subtrees' ? idsUnder(actor.scope.orgIds) : null,
    };
  }

  /**
   * 404 when there is no such (live) record, 403 when it lies outside the actor's scope. One
   * query: the record, its detail relations and, for a scoped actor, the path of its org.
   */
  protected async findOrFail(manager: EntityManager, id: number, actor: Actor, options: { withDeleted?: boolean } = {}): Promise<E> {
    const checkScope = this.spec.orgField !== undefined && actor.scope.kind !== 'all';
    this.reader ??= new RecordReader(this.entity, this.children, this.spec.orgField);
    const found = await this.reader.read(manager, id, { withDeleted: options.withDeleted, withScopePath: checkScope });
    if (!found) throw DomainError.notFound(this.spec.resource, id);
    if (checkScope && !pathInScope(found.scopePath, actor.scope)) throw DomainError.forbidden('这条记录不属于您的组织范围');
    return found.record;
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

  /** Keeps the annual report's counts in step with a write of this resource's records (see report-facts.ts). */
  private async countFacts(manager: EntityManager, change: { removed?: object[]; added?: object[] }): Promise<void> {
    this.factTable ??= factTableOf(this.dataSource.getMetadata(this.entity).tableName) ?? null;
    if (this.factTable) await countFacts(manager, this.factTable, change as FactChange);
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
  /** The stored record's own fields with the body's defined ones over them. */
  private completed(current: E, body: object): Record<string, unknown> {
    const stored = this.serialize(current) as unknown as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const column of this.dataSource.getMetadata(this.entity).columns) {
      if (!MANAGED_COLUMNS.has(column.propertyName)) result[column.propertyName] = stored[column.propertyName];
    }
    for (const [key, value] of Object.entries(body)) if (value !== undefined) result[key] = value;
    return result;
  }

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
