import { DataSource, EntityManager } from 'typeorm';
import { readRows } from '../database/entity-rows';

/** An org's place in the tree: what scopes and `orgId` filters are resolved with. */
export interface OrgPlace {
  id: number;
  path: string;
}

/**
 * Every org's id and path, kept by each API instance so that a list by org or a scoped list needs
 * no lookup of the subtree's ids of its own. `org_tree_version` counts the changes to ids and
 * paths (an org created or moved: deleting or restoring one changes neither) and is bumped in the
 * transaction that makes them; the session check reads it with the user (`Actor.orgTreeVersion`),
 * so an instance uses its copy only while that number is the one in the database, and another
 * instance's change is seen by the next request.
 */
const trees = new WeakMap<DataSource, { version: number; orgs: OrgPlace[] }>();

/** The counter as a subquery, for the statement that already runs on every request. */
export const ORG_TREE_VERSION_SQL = '(SELECT version FROM org_tree_version WHERE id = 1)';

/** In the transaction that creates, moves or (in bulk) replaces orgs. */
export async function bumpOrgTreeVersion(manager: EntityManager): Promise<void> {
  await manager.query('UPDATE org_tree_version SET version = version + 1 WHERE id = 1');
}

/**
 * Every org's place as of `version`, from this instance's copy when it is that version; otherwise
 * read again (ids, paths and the counter in one statement, so they agree) and kept.
 */
export async function orgTree(manager: EntityManager, version: number): Promise<OrgPlace[]> {
  const kept = trees.get(manager.connection);
  if (kept?.version === version) return kept.orgs;
  const rows = await readRows(manager, 'SELECT v.version AS version, o.id AS id, o.path AS path FROM org_tree_version v LEFT JOIN orgs o ON 1 = 1 WHERE v.id = 1', [], 'primary');
  const orgs = rows.filter((row) => row.id !== null).map((row) => ({ id: Number(row.id), path: String(row.path) }));
  if (rows.length) trees.set(manager.connection, { version: Number(rows[0].version), orgs });
  return orgs;
}
