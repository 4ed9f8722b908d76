import { SelectQueryBuilder } from 'typeorm';
import { applyListQuery } from './apply-list-query';
import { ListQuery, ListSpec } from './list-spec';
import { Page } from './page';

/**
 * From this offset on a page is found in two steps: the ids of its rows first — read from an index
 * alone, however many rows are skipped — then those rows by id. A plain OFFSET reads every skipped
 * row in full (at a million rows, page 10,000 takes seconds instead of milliseconds).
 */
export const DEEP_PAGE_OFFSET = 1000;

/** Runs a checked list query on `qb` (alias `r`): one page of rows and the total, counted in SQL. */
export async function listPage<T extends object>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec,
  present: (row: T) => T = (row) => row,
): Promise<Page<T>> {
  applyListQuery(qb, 'r', query, spec);
  // the page and its count side by side, each on a connection of its own (outside a transaction)
  const count = qb.clone().getCount();
  if (query.offset < DEEP_PAGE_OFFSET) {
    const [rows, total] = await Promise.all([qb.getMany(), count]);
    return new Page(spec.resource, rows.map(present), query.offset, total);
  }
  const [ids, total] = await Promise.all([qb.clone().select('r.id', 'id').getRawMany<{ id: number | string }>().then((rows) => rows.map((row) => Number(row.id))), count]);
  const rows = ids.length ? await qb.offset(undefined).limit(undefined).andWhere('r.id IN (:...pageIds)', { pageIds: ids }).getMany() : [];
  return new Page(spec.resource, rows.map(present), query.offset, total);
}
