import { ApiClient } from './api-client';
import { expectFactsInStep } from './report-facts';
import { TestApp } from './test-app';

export type Body = Record<string, unknown>;

/** One resource on the shared record pattern, described for the checks every such resource must pass. */
export interface RecordCase<Ctx> {
  resource: string;
  /** A valid body in the writer's org; `n` makes it unique. */
  valid(ctx: Ctx, n: number): Body;
  /** A change an update makes. */
  change: Body;
  /** Bodies that break one rule each, and the field the 400 names. */
  invalid: { why: string; body: (ctx: Ctx) => Body; field: string }[];
  /** Filters that select the created record, and one that leaves it out. */
  filters: { match: (ctx: Ctx) => Body; except: (ctx: Ctx) => Body };
  /** Text that `q` finds it by. */
  search: string;
  /** Runs before each check (e.g. to clear a one-per-person table). */
  beforeEach?: (t: TestApp) => Promise<unknown>;
}

/** Who the checks act as, and where. */
export interface RecordCheckEnv<Ctx> {
  t: TestApp;
  ctx: Ctx;
  /** May write the resource in `orgId`. */
  writer: ApiClient;
  /** May write the resource, but in another branch. */
  outsider: ApiClient;
  /** May read the records, not write them. */
  reader: ApiClient;
  /** The org the writer's records go in. */
  orgId: number;
  /** An org outside the writer's scope: filtering by it finds nothing. */
  foreignOrgId: number;
}

/**
 * The checks of DESIGN.md §4 for one resource, on the run's database: create and read back,
 * filters and text search, every rule's 400 with nothing written, update with the version read,
 * a stale 409, a record sent back as read, history, soft delete and restore (the report's counts
 * in step), and other branches and read-only roles kept out.
 */
export function describeRecordChecks<Ctx>(env: () => RecordCheckEnv<Ctx>, cases: RecordCase<Ctx>[]): void {
  let serial = 0;
  const count = async (resource: string) => Number((await env().t.api.get(`/api/${resource}`, { range: [0, 0] })).headers['x-total-count']);

  describe.each(cases)('$resource', (c) => {
    beforeEach(async () => {
      await c.beforeEach?.(env().t);
    });
    const create = (overrides: Body = {}) => env().writer.post(`/api/${c.resource}`, { ...c.valid(env().ctx, ++serial), ...overrides });

    it('creates a record, reads it back and finds it by its filters and text', async () => {
      const { writer, ctx, orgId, foreignOrgId } = env();
      const created = await create();
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ id: expect.any(Number), version: 1, orgId, createdBy: expect.any(Number) });
      expect((await writer.get(`/api/${c.resource}/${created.body.id}`)).body).toEqual(created.body);
      const ids = async (filter: Body) => (await writer.get(`/api/${c.resource}`, { filter, range: [0, 499] })).body.map((r: { id: number }) => r.id);
      expect(await ids(c.filters.match(ctx))).toContain(created.body.id);
      expect(await ids(c.filters.except(ctx))).not.toContain(created.body.id);
      expect(await ids({ q: c.search })).toContain(created.body.id);
      expect(await ids({ orgId: foreignOrgId })).toEqual([]);
    });

    it.each(c.invalid)('refuses $why (400 on $field) and writes nothing', async ({ body, field }) => {
      const before = await count(c.resource);
      const response = await create(body(env().ctx));
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      for (const error of response.body.errors) expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await count(c.resource)).toBe(before);
    });

    it('updates with the version read, refuses a stale one (409), and takes a record back as read', async () => {
      const { writer } = env();
      const created = (await create()).body;
      const updated = await writer.put(`/api/${c.resource}/${created.id}`, { ...created, ...c.change });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ ...c.change, version: 2 });
      const stale = await writer.put(`/api/${c.resource}/${created.id}`, { ...created, ...c.change });
      expect(stale.status).toBe(409);
      const asRead = (await writer.get(`/api/${c.resource}/${created.id}`)).body;
      const roundTrip = await writer.put(`/api/${c.resource}/${created.id}`, asRead);
      expect(roundTrip.status).toBe(200);
      expect({ ...roundTrip.body, version: asRead.version, updatedAt: asRead.updatedAt }).toEqual(asRead);
      const history = (await writer.get(`/api/${c.resource}/${created.id}/history`)).body;
      expect(history.map((entry: { action: string }) => entry.action)).toEqual(['update', 'update', 'create']);
    });

    it('deletes softly; an admin restores', async () => {
      const { writer, t } = env();
      const created = (await create()).body;
      expect((await writer.delete(`/api/${c.resource}/${created.id}`)).status).toBe(200);
      expect((await writer.get(`/api/${c.resource}/${created.id}`)).status).toBe(404);
      expect((await writer.post(`/api/${c.resource}/${created.id}/restore`)).status).toBe(403);
      expect((await t.api.post(`/api/${c.resource}/${created.id}/restore`)).status).toBe(200);
      expect((await writer.get(`/api/${c.resource}/${created.id}`)).body).toMatchObject({ id: created.id });
      await expectFactsInStep(t);
    });

    it('keeps other branches and read-only roles out: 403 on every route, nothing changed', async () => {
      const { outsider, reader, t } = env();
      const created = (await create()).body;
      const url = `/api/${c.resource}/${created.id}`;
      expect((await outsider.get(url)).status).toBe(403);
      expect((await outsider.get(`${url}/history`)).status).toBe(403);
      expect((await outsider.put(url, { ...created, ...c.change })).status).toBe(403);
      expect((await outsider.delete(url)).status).toBe(403);
      expect((await outsider.get(`/api/${c.resource}`, { filter: { id: created.id } })).body).toEqual([]);
      expect((await reader.get(url)).status).toBe(200);
      expect((await reader.put(url, { ...created, ...c.change })).status).toBe(403);
      expect((await reader.delete(url)).status).toBe(403);
      expect((await t.api.get(url)).body).toEqual(created);
    });
  });
}
