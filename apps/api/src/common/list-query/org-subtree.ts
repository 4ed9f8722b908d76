import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AccessScope } from '../context/actor';
import { readRows } from '../database/entity-rows';
import { OrgPlace, orgTree } from './org-tree-cache';

/**
 * Orgs keep a materialised path of ancestor ids then their own ("/1/3/7/"), so "org 3 and
 * everything below it" is every org whose path contains "/3/". Matching on the id itself needs no
 * lookup of org 3's path first: a scope or an `orgId` filter costs no query of its own.
 */
export function subtreeMarker(orgId: number): string {
  return `/${orgId}/`;
}

/** True when an org with this path lies in one of the subtrees rooted at `orgIds`. */
export function pathInSubtrees(path: string | null | undefined, orgIds: readonly number[]): boolean {
  return !!path && orgIds.some((id) => path.includes(subtreeMarker(id)));
}

/** True when an org with this path lies in the scope (a record without an org lies in none). */
export function pathInScope(path: string | null | undefined, scope: AccessScope): boolean {
  return scope.kind === 'all' || pathInSubtrees(path, scope.orgIds);
}

let parameterCounter = 0;

/**
 * SQL restricting `column` (an org id) to the subtrees rooted at `orgIds`, with its parameters.
 * No roots means nothing matches (a secretary without an org sees nothing).
 */
export function subtreeCondition(column: string, orgIds: readonly number[]): [string, Record<string, string>] {
  if (orgIds.length === 0) return ['1 = 0', {}];
  const params: Record<string, string> = {};
  const likes = orgIds.map((id) => {
    const name = `subtree${++parameterCounter}`;
    params[name] = `%${subtreeMarker(id)}%`;
    return `so.path LIKE :${name}`;
  });
  return [`${column} IN (SELECT so.id FROM orgs so WHERE ${likes.join(' OR ')})`, params];
}

/** Restricts `column` to the subtrees rooted at `orgIds`. */
export function whereInSubtrees<T extends object>(qb: SelectQueryBuilder<T>, column: string, orgIds: readonly number[]): void {
  qb.andWhere(...subtreeCondition(column, orgIds));
}

/** Applies an actor's scope to a query on an org-owned table. */
export function applyScope<T extends object>(qb: SelectQueryBuilder<T>, column: string, scope: AccessScope): void {
  if (scope.kind === 'all') return;
  whereInSubtrees(qb, column, scope.orgIds);
}

/**
 * The orgs (id and path) in the subtrees rooted at `orgIds`, deleted ones too as the subquery above
 * has them: for turning a scope or an `orgId` filter into a literal list of ids, which the database
 * reads through its org index; with the subquery of paths it can only guess how many rows match.
 * Given the org tree's version the request's session check read, from the instance's copy of the
 * tree (no query while the tree is unchanged); outside a transaction only, since one that has just
 * moved an org must see its own change.
 */
export async function orgsInSubtrees(manager: EntityManager, orgIds: readonly number[], treeVersion?: number): Promise<OrgPlace[]> {
  if (orgIds.length === 0) return [];
  if (treeVersion !== undefined && !manager.queryRunner) {
    return (await orgTree(manager, treeVersion)).filter((org) => pathInSubtrees(org.path, orgIds));
  }
  const rows = await readRows(
    manager,
    `SELECT id, path FROM orgs WHERE ${orgIds.map(() => 'path LIKE ?').join(' OR ')}`,
    orgIds.map((id) => `%${subtreeMarker(id)}%`),
    'primary',
  );
  return rows.map((row) => ({ id: Number(row.id), path: row.path as string }));
}
