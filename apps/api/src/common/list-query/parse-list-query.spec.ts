import { DomainError } from '../errors/domain-error';
import { ListSpec } from './list-spec';
import { parseListQuery } from './parse-list-query';

const spec: ListSpec = {
  resource: 'meetings',
  orgField: 'orgId',
  fields: {
    id: { kind: 'int', sortable: true },
    date: { kind: 'date', sortable: true },
    kind: { kind: 'enum', values: ['a', 'b'] },
    name: { kind: 'string', sortable: true },
    hidden: { kind: 'string', filterable: false },
  },
  search: ['name'],
  defaultSort: ['date', 'DESC'],
};

function reasons(raw: Record<string, unknown>): string[] {
  try {
    parseListQuery(raw, spec);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).errors.map((e) => `${e.field}:${e.code}`);
  }
  throw new Error('expected a DomainError');
}

describe('parseListQuery', () => {
  it('words every reason, even for names that exist on every object', () => {
    try {
      parseListQuery({ filter: '{"constructor":"x","__proto__":{"a":1}}' }, spec);
      throw new Error('expected a DomainError');
    } catch (error) {
      for (const reason of (error as DomainError).errors) expect(reason.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('defaults to the spec sort and the first 25 rows', () => {
    expect(parseListQuery({}, spec)).toEqual({ sort: ['date', 'DESC'], offset: 0, limit: 25, conditions: [], q: undefined, orgSubtrees: undefined });
  });

  it('reads sort, range and every filter form', () => {
    const query = parseListQuery(
      {
        sort: '["name","asc"]',
        range: '[10,19]',
        filter: JSON.stringify({ q: ' 换届 ', orgId: [3, 4], kind: ['a', 'b'], date_gte: '2021-01-01', date_lte: '2021-12-31', id: 7, name: '' }),
      },
      spec,
    );
    expect(query.sort).toEqual(['name', 'ASC']);
    expect([query.offset, query.limit]).toEqual([10, 10]);
    expect(query.q).toBe('换届');
    expect(query.orgSubtrees).toEqual([3, 4]);
    expect(query.conditions).toEqual([
      { field: 'kind', op: 'in', value: ['a', 'b'] },
      { field: 'date', op: 'gte', value: '2021-01-01' },
      { field: 'date', op: 'lte', value: '2021-12-31' },
      { field: 'id', op: 'eq', value: 7 },
    ]);
  });

  it('collects every problem into one error', () => {
    expect(reasons({ sort: '["hidden","UP"]', range: '[5,1]', filter: '{"hidden":"x","kind":"c","date_gte":"2021-02-29"}' })).toEqual([
      'sort:unknown_field',
      'sort:invalid_order',
      'range:invalid_range',
      'filter.hidden:unknown_field',
      'filter.kind:invalid_value',
      'filter.date_gte:invalid_value',
    ]);
  });

  it.each([
    [{ sort: '{' }, 'sort:invalid_json'],
    [{ sort: '["id"]' }, 'sort:invalid_sort'],
    [{ range: '[0,1000]' }, 'range:range_too_large'],
    [{ range: '[0.5,3]' }, 'range:invalid_range'],
    [{ filter: '"text"' }, 'filter:invalid_filter'],
    [{ filter: '{"name_gte":"a"}' }, 'filter.name_gte:invalid_operator'],
    [{ filter: '{"orgId":0}' }, 'filter.orgId:invalid_value'],
    [{ filter: '{"q":42}' }, 'filter.q:invalid_value'],
    [{ sort: ['a', 'b'] }, 'sort:invalid_json'],
    // inherited properties are not fields
    [{ filter: '{"constructor":"x"}' }, 'filter.constructor:unknown_field'],
    [{ filter: '{"toString_gte":1}' }, 'filter.toString_gte:unknown_field'],
    [{ sort: '["hasOwnProperty","ASC"]' }, 'sort:unknown_field'],
  ])('rejects %j', (raw, reason) => {
    expect(reasons(raw)).toEqual([reason]);
  });
});
