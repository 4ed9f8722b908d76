import { Meeting } from '../../../apps/api/src/meetings/meeting.entity';
import { DEEP_PAGE_OFFSET } from '../../../apps/api/src/common/list-query/list-reader';
import { ApiClient } from '../support/api-client';
import { createOrgTree, createUser, USER_PASSWORD } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

/**
 * Pages past DEEP_PAGE_OFFSET are read in two steps (ids from an index, then the rows): they must
 * hold exactly the rows a plain OFFSET would, in the same order, with the same total.
 */
describe('deep list pages', () => {
  let t: TestApp;
  let secretary: ApiClient;
  let orgs: Awaited<ReturnType<typeof createOrgTree>>;
  /** What was stored, as the list would show it: id, topic, date, category, deleted. */
  const stored: { id: number; topic: string; date: string; category: string; deleted: boolean }[] = [];
  const ROWS = DEEP_PAGE_OFFSET + 200;

  beforeAll(async () => {
    t = await startTestApp();
    orgs = await createOrgTree(t.api);
    await createUser(t.api, 'sec', 'secretary', orgs.branch.id);
    secretary = await t.login('sec', USER_PASSWORD);
    // written straight to the table: a thousand meetings through the API would take a while
    const rows = Array.from({ length: ROWS }, (_, i) => ({
      orgId: i % 10 === 0 ? orgs.unitBranch.id : orgs.group.id,
      category: i % 3 === 0 ? 'party_lecture' : 'branch_assembly',
      topic: `第${String((i * 37) % ROWS).padStart(4, '0')}次会议`,
      // few distinct days, so that ties are ordered by id
      date: `2021-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 7) + 1).padStart(2, '0')}`,
      format: 'in_person',
      expectedCount: 10,
      attendedCount: 8,
      version: 1,
      deletedAt: i % 50 === 7 ? new Date() : null,
    }));
    for (let start = 0; start < rows.length; start += 100) {
      await t.dataSource.createQueryBuilder().insert().into(Meeting).values(rows.slice(start, start + 100)).execute();
    }
    const saved: { id: number; topic: string; date: string; category: string; deletedAt: unknown }[] = await t.dataSource.query('SELECT id, topic, date, category, deletedAt FROM meetings');
    for (const row of saved) stored.push({ id: Number(row.id), topic: row.topic, date: String(row.date).slice(0, 10), category: row.category, deleted: row.deletedAt != null });
  });
  afterAll(() => t.close());

  const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

  it.each([
    ['the default order', {}, ['date', 'DESC'] as const],
    ['a text column, ascending', {}, ['topic', 'ASC'] as const],
    ['a filter and the id', { category: 'branch_assembly' }, ['id', 'DESC'] as const],
  ])('holds the rows a plain offset would, sorted by %s', async (_name, filter, sort) => {
    const [field, order] = sort;
    const live = stored
      .filter((row) => !row.deleted && (!('category' in filter) || row.category === filter.category))
      .sort((a, b) => {
        const byField = compare(a[field], b[field]) || compare(a.id, b.id);
        return order === 'ASC' ? byField : -byField;
      });
    for (const offset of [DEEP_PAGE_OFFSET - 20, DEEP_PAGE_OFFSET - 5, DEEP_PAGE_OFFSET, live.length - 7, live.length + 10]) {
      const response = await t.api.get('/api/meetings', { filter, sort: [field, order], range: [offset, offset + 9] });
      expect(response.status).toBe(200);
      expect(Number(response.headers['x-total-count'])).toBe(live.length);
      expect((response.body as { id: number }[]).map((row) => row.id)).toEqual(live.slice(offset, offset + 10).map((row) => row.id));
    }
  });

  it('keeps to the reader scope on a deep page', async () => {
    const own: number[] = (await t.dataSource.query('SELECT id FROM meetings WHERE orgId = ? AND deletedAt IS NULL ORDER BY id', [orgs.group.id])).map((row: { id: number }) => Number(row.id));
    expect(own.length).toBeGreaterThan(DEEP_PAGE_OFFSET + 10);
    const deep = await secretary.get('/api/meetings', { sort: ['id', 'ASC'], range: [DEEP_PAGE_OFFSET, DEEP_PAGE_OFFSET + 9] });
    expect(Number(deep.headers['x-total-count'])).toBe(own.length);
    expect((deep.body as { id: number }[]).map((row) => row.id)).toEqual(own.slice(DEEP_PAGE_OFFSET, DEEP_PAGE_OFFSET + 10));
  });
});
