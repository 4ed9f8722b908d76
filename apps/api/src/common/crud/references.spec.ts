import { EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { checkReferences, idsAt, Reference } from './references';

class Person {}

/** A manager whose one query answers the ids of `visible` among those asked, and records the SQL. */
function fakeManager(visible: number[], log: string[] = []): EntityManager {
  return {
    createQueryBuilder: () => {
      let asked: number[] = [];
      const qb = {
        select: () => qb,
        where: (sql: string, params: { ids: number[] }) => {
          log.push(sql);
          asked = params.ids;
          return qb;
        },
        andWhere: (sql: string) => {
          log.push(sql);
          return qb;
        },
        getRawMany: async () => asked.filter((id) => visible.includes(id)).map((id) => ({ id: String(id) })),
      };
      return qb;
    },
  } as unknown as EntityManager;
}

const attendees: Reference = { path: 'attendance.*.memberId', target: Person, targetOrgField: 'orgId', label: '人员' };

describe('idsAt', () => {
  it('finds ids at a path, through arrays, with the field each sits in', () => {
    expect(idsAt({ attendance: [{ memberId: 5 }, { memberId: 9 }, {}] }, 'attendance.*.memberId')).toEqual([
      { field: 'attendance.0.memberId', id: 5 },
      { field: 'attendance.1.memberId', id: 9 },
    ]);
    expect(idsAt({ orgId: 3 }, 'orgId')).toEqual([{ field: 'orgId', id: 3 }]);
    expect(idsAt({ authorIds: [1, 2] }, 'authorIds.*')).toEqual([{ field: 'authorIds.0', id: 1 }, { field: 'authorIds.1', id: 2 }]);
    expect(idsAt({ orgId: null }, 'orgId')).toEqual([]);
    expect(idsAt({}, 'constructor')).toEqual([]);
  });
});

describe('checkReferences', () => {
  const body = { attendance: [{ memberId: 5 }, { memberId: 9 }, { memberId: 7 }] };

  it('accepts ids the query finds', async () => {
    await expect(checkReferences(fakeManager([5, 7, 9]), [attendees], body, { kind: 'all' })).resolves.toBeUndefined();
  });

  it('names every missing id by its row, the same words for unknown and out-of-scope ids', async () => {
    const error = await checkReferences(fakeManager([5]), [attendees], body, { kind: 'subtrees', orgIds: [2] }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.errors).toEqual([
      { field: 'attendance.1.memberId', code: 'not_found', message: '人员不存在或不在您的组织范围内' },
      { field: 'attendance.2.memberId', code: 'not_found', message: '人员不存在或不在您的组织范围内' },
    ]);
  });

  it('limits the lookup to the scope, and asks nothing for ids the record already holds', async () => {
    const log: string[] = [];
    await expect(checkReferences(fakeManager([7], log), [attendees], body, { kind: 'subtrees', orgIds: [2] }, { attendance: [{ memberId: 5 }, { memberId: 9 }] })).resolves.toBeUndefined();
    expect(log.some((sql) => sql.includes('so.path LIKE'))).toBe(true);
    const quiet: string[] = [];
    await checkReferences(fakeManager([], quiet), [attendees], body, { kind: 'all' }, body);
    expect(quiet).toEqual([]);
  });
});
