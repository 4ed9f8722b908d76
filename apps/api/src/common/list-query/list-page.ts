import { SelectQueryBuilder } from 'typeorm';
import { applyListQuery } from './apply-list-query';
import { ListQuery, ListSpec } from './list-spec';
import { Page } from './page';

/** Runs a checked list query on `qb` (alias `r`): one page of rows and the total, counted in SQL. */
export async function listPage<T extends object>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec,
  present: (row: T) => T = (row) => row,
): Promise<Page<T>> {
  applyListQuery(qb, 'r', query, spec);
  const [rows, total] = await qb.getManyAndCount();
  return new Page(spec.resource, rows.map(present), query.offset, total);
}
