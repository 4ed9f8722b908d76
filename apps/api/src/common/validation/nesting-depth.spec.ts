import { DomainError } from '../errors/domain-error';
import { assertNotTooDeep, MAX_NESTING_DEPTH } from './nesting-depth';

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe('assertNotTooDeep', () => {
  it('lets through bodies as deep as the API has, and plain values', () => {
    expect(() => assertNotTooDeep({ attendance: [{ memberId: 1, status: 'present' }] })).not.toThrow();
    expect(() => assertNotTooDeep({ a: nested(MAX_NESTING_DEPTH - 2) })).not.toThrow();
    for (const value of [null, undefined, 'text', 5, []]) expect(() => assertNotTooDeep(value)).not.toThrow();
  });

  const refusal = (value: unknown, root?: string) => {
    try {
      assertNotTooDeep(value, root);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('refuses a deeper value with a 400 naming the top-level field', () => {
    const thrown = refusal({ topic: 'x', orgId: nested(MAX_NESTING_DEPTH) });
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).errors).toEqual([expect.objectContaining({ field: 'orgId', code: 'too_deep' })]);
  });

  it('walks a hundred thousand levels without running out of stack; a bare array is named as the body itself', () => {
    const thrown = refusal(JSON.parse(`${'['.repeat(100_000)}1${']'.repeat(100_000)}`), 'query');
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).errors[0].field).toBe('query');
  });
});
