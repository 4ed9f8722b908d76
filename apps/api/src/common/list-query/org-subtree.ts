import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AccessScope } from '../context/actor';

/**
 * Orgs keep a materialised path ("/1/3/"), so "org 3 and everything below it" is one
 * `path LIKE '/1/3/%'` on the orgs table. Returns the path prefixes of the given roots.
 */
export async function subtreePrefixes(manager: EntityManager, orgIds: number[]): Promise<string[]> {
  if (orgIds.length === 0) return [];
  const rows: { path: string }[] = await manager
    .createQueryBuilder()
    .select('o.path', 'path')
    .from('orgs', 'o')
    .where('o.id IN (:...orgIds)', { orgIds })
    .getRawMany();
  return rows.map((row) => row.path);
}

let parameterCounter = 0;

/**
 * Restricts `alias.orgColumn` to the subtrees with the given path prefixes. No prefixes means
 * nothing matches (an unknown org has no records).
 */
export function whereInSubtrees<T extends object>(qb: SelectQueryBuilder<T>, column: string, prefixes: string[]): void {
  if (prefixes.length === 0) {
    qb.andWhere('1 = 0');
    return;
  }
  const params: Record<string, string> = {};
  const likes = prefixes.map((prefix) => {
    const name = `subtree${++parameterCounter}`;
    params[name] = `${prefix}%`;
    return `so.path LIKE :${name}`;
  });
  qb.andWhere(`${column} IN (SELECT so.id FROM orgs so WHERE ${likes.join(' OR ')})`, params);
}

/** Applies an actor's scope to a query on an org-owned table. */
export async function applyScope<T extends object>(
  qb: SelectQueryBuilder<T>,
  column: string,
  scope: AccessScope,
  manager: EntityManager,
): Promise<void> {
  if (scope.kind === 'all') return;
  whereInSubtrees(qb, column, await subtreePrefixes(manager, scope.orgIds));
}

/** True when `orgId` lies in the scope (an unknown org is in no subtree). */
export async function isOrgInScope(manager: EntityManager, scope: AccessScope, orgId: number): Promise<boolean> {
  if (scope.kind === 'all') return true;
  const [target] = await subtreePrefixes(manager, [orgId]);
  if (!target) return false;
  const roots = await subtreePrefixes(manager, scope.orgIds);
  return roots.some((root) => target.startsWith(root));
}
