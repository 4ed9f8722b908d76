import 'reflect-metadata';
import { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { TrackedEntity } from '../base.entity';
import { Actor, SYSTEM_ACTOR } from '../context/actor';
import { DomainError } from '../errors/domain-error';
import { ListSpec } from '../list-query';
import { SheetSpec } from '../sheets/sheet-spec';
import { CrudService } from './crud.service';

class Note extends TrackedEntity {
  title: string;
  place: string;
}

interface NoteBody {
  title?: string;
  place?: string;
}

type Row = Record<string, unknown>;

const COLUMNS = ['id', 'createdAt', 'updatedAt', 'createdBy', 'version', 'deletedAt', 'title', 'place'];

/**
 * A data source over an in-memory notes table: the query builder's INSERT and versioned UPDATE
 * (the version goes up by one, as TypeORM's does), and the raw multi-row INSERT an import sends.
 * Other tables (the audit trail) are accepted and forgotten.
 */
function fakeDataSource(notes: Map<number, Row>): DataSource {
  let lastId = 0;
  const insert = (row: Row) => {
    const id = ++lastId;
    notes.set(id, { ...row, id });
    return id;
  };
  const metadata = { tableName: 'notes', columns: COLUMNS.map((name) => ({ propertyName: name, databaseName: name })) };
  const builder = () => {
    let target: EntityTarget<unknown> | undefined;
    let values: Row = {};
    let where: { id: number; version: number } | undefined;
    const qb = {
      insert: () => qb,
      update: (entity: EntityTarget<unknown>) => ((target = entity), qb),
      into: (entity: EntityTarget<unknown>) => ((target = entity), qb),
      values: (row: Row) => ((values = row), qb),
      set: (row: Row) => ((values = row), qb),
      where: (_sql: string, params: { id: number; version: number }) => ((where = params), qb),
      updateEntity: () => qb,
      execute: async () => {
        if (target !== Note) return { raw: 0, affected: 1 };
        if (!where) return { raw: insert(values) };
        const stored = notes.get(where.id);
        if (!stored || stored.version !== where.version) return { affected: 0 };
        notes.set(where.id, { ...stored, ...values, version: where.version + 1 });
        return { affected: 1 };
      },
    };
    return qb;
  };
  const manager = {
    connection: {
      options: { type: 'better-sqlite3' },
      getMetadata: () => metadata,
      driver: { escape: (name: string) => name, preparePersistentValue: (value: unknown) => value, normalizeDefault: () => 'NULL' },
    },
    createQueryBuilder: builder,
    // `INSERT INTO notes (a, b) VALUES (?, ?), (?, ?)`: answers the last id, as better-sqlite3 does
    query: async (sql: string, parameters: unknown[]) => {
      const [, table, names] = /^INSERT INTO (\w+) \(([^)]*)\)/.exec(sql)!;
      if (table !== 'notes') return 0;
      const columns = names.split(', ');
      for (let i = 0; i < parameters.length; i += columns.length) insert(Object.fromEntries(columns.map((column, k) => [column, parameters[i + k]])));
      return lastId;
    },
  } as unknown as EntityManager;
  return {
    manager,
    getMetadata: () => metadata,
    transaction: (work: (manager: EntityManager) => Promise<unknown>) => work(manager),
  } as unknown as DataSource;
}

/** A resource whose hook notes what it was given, and what the table held at that moment. */
class NotesService extends CrudService<Note, NoteBody, NoteBody & { version: number }> {
  protected readonly entity = Note;
  protected readonly spec = { resource: 'meetings', fields: {}, search: [], defaultSort: ['id', 'ASC'] } as ListSpec;
  readonly sheet = { importable: true } as SheetSpec;
  readonly hooks: { saved: Note; before: Note | undefined; stored: Row | undefined }[] = [];

  constructor(
    dataSource: DataSource,
    private readonly notes: Map<number, Row>,
  ) {
    super(dataSource);
  }

  protected async afterSave(_manager: EntityManager, saved: Note, _body: NoteBody, before: Note | undefined): Promise<void> {
    this.hooks.push({ saved: { ...saved }, before: before && { ...before }, stored: this.notes.get(saved.id) && { ...this.notes.get(saved.id) } });
  }

  /** The stored row (the real one reads it with its child rows and scope in one statement). */
  protected async findOrFail(_manager: EntityManager, id: number): Promise<Note> {
    const row = this.notes.get(id);
    if (!row) throw DomainError.notFound('meetings', id);
    return { ...row } as unknown as Note;
  }

  importBodies(bodies: NoteBody[], actor: Actor): Promise<number> {
    return this.dataSource.transaction((manager) => this.createMany(manager, bodies, actor));
  }
}

describe('CrudService hooks', () => {
  let notes: Map<number, Row>;
  let service: NotesService;
  beforeEach(() => {
    notes = new Map();
    service = new NotesService(fakeDataSource(notes), notes);
  });

  it('gives afterSave the created record with its new id', async () => {
    const created = await service.create({ title: '支部会议', place: '会议室' }, SYSTEM_ACTOR);
    expect(service.hooks).toEqual([{ saved: { title: '支部会议', place: '会议室', id: created.id }, before: undefined, stored: expect.objectContaining({ id: created.id, title: '支部会议' }) }]);
  });

  // A hook that derives data from the record (an org's path, a user's scope) must see the change,
  // not the record as it was before it.
  it('gives afterSave the updated record as it now stands, and the record as it was', async () => {
    const created = await service.create({ title: '旧主题', place: '会议室' }, SYSTEM_ACTOR);
    service.hooks.length = 0;
    await service.update(created.id, { title: '新主题', version: 1 }, SYSTEM_ACTOR);

    const [{ saved, before, stored }] = service.hooks;
    expect(saved).toMatchObject({ id: created.id, title: '新主题', place: '会议室', version: 2 });
    expect(before).toMatchObject({ id: created.id, title: '旧主题', place: '会议室', version: 1 });
    expect(saved).toMatchObject({ title: stored!.title, place: stored!.place, version: stored!.version });
  });

  it('gives afterSave each imported record with its own id', async () => {
    await service.create({ title: '已有', place: '甲' }, SYSTEM_ACTOR);
    service.hooks.length = 0;
    expect(await service.importBodies([{ title: '一', place: '乙' }, { title: '二', place: '丙' }], SYSTEM_ACTOR)).toBe(2);

    expect(service.hooks.map((hook) => hook.saved)).toEqual([
      { title: '一', place: '乙', id: 2 },
      { title: '二', place: '丙', id: 3 },
    ]);
    for (const { saved, stored } of service.hooks) expect(stored).toMatchObject({ title: saved.title });
  });
});
