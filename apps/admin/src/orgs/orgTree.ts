import type { Org } from '@wb/contracts';

export interface OrgOption {
  id: number;
  name: string;
  depth: number;
  /** The name indented with one ideographic space per level, e.g. "　　理事会". */
  label: string;
}

const INDENT = '\u3000';

/**
 * Orders orgs as a tree (each org right after its parent, siblings by id, i.e. by path) and
 * indents each name by its depth. Orgs whose parent is not in the list are treated as roots,
 * so a partial list (a user's own subtree) still renders sensibly.
 */
export function orgTreeOptions(orgs: readonly Pick<Org, 'id' | 'name' | 'parentId'>[]): OrgOption[] {
  const ids = new Set(orgs.map((org) => org.id));
  const children = new Map<number | null, typeof orgs[number][]>();
  for (const org of orgs) {
    const parent = org.parentId != null && ids.has(org.parentId) ? org.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), org]);
  }
  const result: OrgOption[] = [];
  const visited = new Set<number>();
  const visit = (parent: number | null, depth: number) => {
    for (const org of [...(children.get(parent) ?? [])].sort((a, b) => a.id - b.id)) {
      if (visited.has(org.id)) continue;
      visited.add(org.id);
      result.push({ id: org.id, name: org.name, depth, label: INDENT.repeat(depth) + org.name });
      visit(org.id, depth + 1);
    }
  };
  visit(null, 0);
  return result;
}

/** The ids of an org and all its descendants (used to keep an org from becoming its own ancestor). */
export function subtreeIds(orgs: readonly Pick<Org, 'id' | 'parentId'>[], rootId: number): Set<number> {
  const result = new Set<number>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const org of orgs) {
      if (org.parentId != null && result.has(org.parentId) && !result.has(org.id)) {
        result.add(org.id);
        grew = true;
      }
    }
  }
  return result;
}
