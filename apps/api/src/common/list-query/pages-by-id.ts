import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { applyListQuery } from './apply-list-query';
import { ListQuery, ListSpec } from './list-spec';

/**
 * Every row a list query matches, a page at a time, for exports: the matching ids in order first
 * (an index answers), then their rows by id. Paging by OFFSET read every skipped row again for
 * each page: a year of a million-record database took minutes. Rows deleted meanwhile are left out.
 * `rows` makes a fresh query (alias `r`), already limited to what the reader may see.
 */
export async function* pagesById<T extends ObjectLiteral>(rows: () => SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec, size = 1000): AsyncGenerator<T[]> {
  const matching = rows().select('r.id', 'id');
  applyListQuery(matching, 'r', { ...query, offset: 0, limit: size }, spec);
  const ids = (await matching.offset(undefined).limit(undefined).getRawMany<{ id: number | string }>()).map((row) => Number(row.id));
  for (let start = 0; start < ids.length; start += size) {
    const pageIds = ids.slice(start, start + size);
    const found = await rows().andWhere('r.id IN (:...pageIds)', { pageIds }).getMany();
    const byId = new Map(found.map((row) => [Number(row.id), row]));
    const page = pageIds.flatMap((id) => byId.get(id) ?? []);
    if (page.length) yield page;
  }
}
