import { SelectQueryBuilder } from 'typeorm';
import { ListQuery, ListSpec } from './list-spec';
import { whereInSubtrees, whereOrgIn } from './org-subtree';

/** `!` escapes LIKE wildcards the same way on MySQL/MariaDB and SQLite. */
export function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/** Turns a checked list query into WHERE / ORDER BY / LIMIT on `alias`. Field names come from the spec only. */
export function applyListQuery<T extends object>(qb: SelectQueryBuilder<T>, alias: string, query: ListQuery, spec: ListSpec): void {
  query.conditions.forEach((condition, index) => {
    const column = `${alias}.${condition.field}`;
    const param = `f${index}`;
    switch (condition.op) {
      case 'eq':
        qb.andWhere(`${column} = :${param}`, { [param]: condition.value });
        break;
      case 'in':
        qb.andWhere(`${column} IN (:...${param})`, { [param]: condition.value });
        break;
      case 'gte':
        qb.andWhere(`${column} >= :${param}`, { [param]: condition.value });
        break;
      case 'lte':
        qb.andWhere(`${column} <= :${param}`, { [param]: condition.value });
        break;
      case 'custom':
        qb.andWhere(...spec.filters![condition.field].where(alias, condition.value, param));
        break;
    }
  });

  if (query.q) {
    const ors = spec.search.map((field) => `${alias}.${field} LIKE :q ESCAPE '!'`).join(' OR ');
    qb.andWhere(`(${ors})`, { q: likePattern(query.q) });
  }

  if (query.orgSubtrees && spec.orgField) {
    if (query.orgIds) whereOrgIn(qb, `${alias}.${spec.orgField}`, query.orgIds);
    else whereInSubtrees(qb, `${alias}.${spec.orgField}`, query.orgSubtrees);
  }

  const [field, order] = query.sort;
  qb.orderBy(`${alias}.${field}`, order);
  if (field !== 'id') qb.addOrderBy(`${alias}.id`, order); // stable pages when values tie
  qb.offset(query.offset).limit(query.limit);
}
