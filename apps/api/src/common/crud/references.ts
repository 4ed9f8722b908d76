import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ErrorCode, FieldError } from '@wb/contracts';
import { AccessScope } from '../context/actor';
import { DomainError } from '../errors/domain-error';
import { whereInSubtrees } from '../list-query/org-subtree';

/** A record a body points at by id: an org, an attendee, a trip, an author. */
export interface Reference {
  /** Where the id sits in the body: `orgId`, `attendance.*.memberId`, `authorMemberIds.*`. */
  path: string;
  target: EntityTarget<ObjectLiteral>;
  /** The target's column naming its org (`id` for orgs themselves); the target must lie in the actor's scope. */
  targetOrgField: string | null;
  /** What the id names, for the message: 人员, 所属组织. */
  label: string;
}

/** Every id found at `path` in `body`, with the field it sits in (`attendance.2.memberId`). */
export function idsAt(body: unknown, path: string): { field: string; id: number }[] {
  const found: { field: string; id: number }[] = [];
  const walk = (value: unknown, segments: string[], field: string[]) => {
    if (value === null || value === undefined) return;
    if (segments.length === 0) {
      if (typeof value === 'number') found.push({ field: field.join('.'), id: value });
      return;
    }
    const [head, ...rest] = segments;
    if (head === '*') {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, rest, [...field, String(index)]));
      return;
    }
    if (typeof value === 'object' && Object.hasOwn(value, head)) walk((value as Record<string, unknown>)[head], rest, [...field, head]);
  };
  walk(body, path.split('.'), []);
  return found;
}

/**
 * Checks that every id a body references names a live record the actor may see. An unknown id
 * and one of another branch get the same answer, so ids outside the scope cannot be probed.
 * Ids the stored record already holds were checked when written and are not looked up again, so
 * a record as read can be saved back even if someone it names has since left the branch.
 * One query per reference that names anything new; all problems reported in one 400.
 */
export async function checkReferences(
  manager: EntityManager,
  references: readonly Reference[],
  body: unknown,
  scope: AccessScope,
  current?: unknown,
): Promise<void> {
  const errors: FieldError[] = [];
  for (const reference of references) {
    const held = new Set(current === undefined ? [] : idsAt(current, reference.path).map((entry) => entry.id));
    const named = idsAt(body, reference.path).filter((entry) => !held.has(entry.id));
    if (named.length === 0) continue;
    const qb = manager
      .createQueryBuilder(reference.target, 't')
      .select('t.id', 'id')
      .where('t.id IN (:...ids)', { ids: [...new Set(named.map((entry) => entry.id))] });
    const scoped = scope.kind === 'subtrees' && reference.targetOrgField !== null;
    if (scoped) whereInSubtrees(qb, `t.${reference.targetOrgField}`, scope.orgIds);
    const visible = new Set((await qb.getRawMany<{ id: number | string }>()).map((row) => Number(row.id)));
    const message = scoped ? `${reference.label}不存在或不在您的组织范围内` : `${reference.label}不存在`;
    for (const entry of named) if (!visible.has(entry.id)) errors.push({ field: entry.field, code: 'not_found', message });
  }
  if (errors.length) throw new DomainError(ErrorCode.REFERENCE_MISSING, errors[0].message, errors);
}

/**
 * The reference check for many bodies at once (an import): one query per reference and thousand
 * ids, the problems answered per body index. The same words as for one body.
 */
export async function checkReferencesOfMany(
  manager: EntityManager,
  references: readonly Reference[],
  bodies: unknown[],
  scope: AccessScope,
): Promise<Map<number, FieldError[]>> {
  const problems = new Map<number, FieldError[]>();
  for (const reference of references) {
    const named = bodies.map((body) => idsAt(body, reference.path));
    const ids = [...new Set(named.flat().map((entry) => entry.id))];
    const visible = new Set<number>();
    const scoped = scope.kind === 'subtrees' && reference.targetOrgField !== null;
    for (let i = 0; i < ids.length; i += 1000) {
      const qb = manager.createQueryBuilder(reference.target, 't').select('t.id', 'id').where('t.id IN (:...ids)', { ids: ids.slice(i, i + 1000) });
      if (scoped) whereInSubtrees(qb, `t.${reference.targetOrgField}`, (scope as { orgIds: number[] }).orgIds);
      for (const row of await qb.getRawMany<{ id: number | string }>()) visible.add(Number(row.id));
    }
    const message = scoped ? `${reference.label}不存在或不在您的组织范围内` : `${reference.label}不存在`;
    named.forEach((entries, index) => {
      for (const entry of entries) {
        if (visible.has(entry.id)) continue;
        problems.set(index, [...(problems.get(index) ?? []), { field: entry.field, code: 'not_found', message }]);
      }
    });
  }
  return problems;
}
