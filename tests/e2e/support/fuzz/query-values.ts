import { anyJsonValue, awkwardString, BAD_DATES, INJECTION_STRINGS } from './bad-values';
import { Schema } from './openapi-operations';
import { Prng } from './prng';
import { wrongValue } from './schema-values';

/** A query parameter as sent: a raw string, or several (`?sort=a&sort=b`). */
export type QueryValue = string | string[];

const json = (value: unknown) => JSON.stringify(value);

/** `sort`: not JSON, wrong shape, unknown or injected field, bad direction. */
export function badSort(prng: Prng, fields: string[]): QueryValue {
  const field = fields.length ? prng.pick(fields) : 'id';
  return prng.pick<() => QueryValue>([
    () => '["id","ASC"',
    () => json([field]),
    () => json([field, 'ASC', 'x']),
    () => json([prng.pick(INJECTION_STRINGS), 'ASC']),
    () => json([`${field}; DROP TABLE users`, 'DESC']),
    () => json([field, prng.pick(['SIDEWAYS', '', 'asc; --', 'DESC NULLS FIRST', ' ASC'])]),
    () => json([field, 1]),
    () => json({ field, order: 'ASC' }),
    () => json([['id'], 'ASC']),
    () => json(['__proto__', 'ASC']),
    () => json([`${field}.length`, 'ASC']),
    () => awkwardString(prng),
    () => [json(['id', 'ASC']), json(['id', 'DESC'])],
    () => json(anyJsonValue(prng)),
  ])();
}

/** `range`: negative, reversed, fractional, huge, not numbers, wrong length. */
export function badRange(prng: Prng): QueryValue {
  return prng.pick<() => QueryValue>([
    () => json([-1, 5]),
    () => json([10, 2]),
    () => json([0.5, 3]),
    () => json([0, 1e12]),
    () => json([0, 100_000]),
    () => json([9_007_199_254_740_993, 9_007_199_254_740_999]),
    () => json([2_147_483_647, 2_147_483_699]),
    () => json(['0', '9']),
    () => json([0]),
    () => json([]),
    () => json(null),
    () => '[0,',
    () => '0-24',
    () => json({ start: 0, end: 9 }),
    () => awkwardString(prng),
    () => ['[0,9]', '[0,9]'],
  ])();
}

/** `filter`: not an object, unknown fields, wrong values for known ones, operators on text, injection. */
export function badFilter(prng: Prng, fields: Record<string, Schema>): QueryValue {
  const names = Object.keys(fields);
  const name = names.length ? prng.pick(names) : 'id';
  const schema = fields[name] ?? { type: 'integer' };
  return prng.pick<() => QueryValue>([
    () => json({ [name]: wrongValue(schema, prng) }),
    () => json({ [`${name}_gte`]: wrongValue(schema, prng) }),
    () => json({ [`${name}_lte`]: prng.pick(BAD_DATES) }),
    () => json({ [`${name}_like`]: '%' }),
    () => json({ [name]: Array.from({ length: prng.pick([2, 1001]) }, () => wrongValue(schema, prng)) }),
    () => json({ [prng.pick(INJECTION_STRINGS)]: 1 }),
    () => json({ 'id); DROP TABLE users; --': 1 }),
    () => '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
    () => json({ q: prng.pick([awkwardString(prng), 5, ['a'], { $ne: 1 }, 'x'.repeat(101)]) }),
    () => json({ q: prng.pick(INJECTION_STRINGS) }),
    () => json({ orgId: prng.pick([-1, 0, 1.5, '1 OR 1=1', [], [0], Array.from({ length: 1001 }, (_, i) => i + 1), { $gt: 0 }, 2_147_483_648]) }),
    () => json({ deleted: prng.pick(['true', 1, null, 'yes']) }),
    () => json({ due: prng.pick(['later', 1, ['soon']]) }),
    () => json({ writer: prng.pick([1, ['a'], 'x'.repeat(300)]) }),
    () => json({ action: prng.pick(['nope', 1, ['sign_in', 2]]) }),
    () => json(prng.pick([[], 'text', 5, true, null])),
    () => '{"id":1',
    () => '{\'id\':1}',
    () => awkwardString(prng),
    () => ['{}', '{"id":1}'],
  ])();
}

/** Any other query parameter (`year`, `orgId`, `format`, `dryRun`, `deleted`…): wrong type, junk, repeated. */
export function badScalar(prng: Prng, schema: Schema): QueryValue {
  return prng.pick<() => QueryValue>([
    () => prng.pick(['-1', '0', '1.5', '1e3', '2147483648', '99999999999999999999', 'NaN', 'Infinity', '0x10', ' 2021', '２０２１']),
    () => prng.pick(['', 'true', 'false', 'yes', 'TRUE', '1', 'null', 'pdf', 'XLSX', 'csv ', 'xls']),
    () => prng.pick(INJECTION_STRINGS),
    () => awkwardString(prng),
    () => [String(schema.enum?.[0] ?? '2021'), String(schema.enum?.[1] ?? '2020')],
    () => json(anyJsonValue(prng)),
    () => prng.pick(['2021', '1899', '10000', '3000', '1']),
  ])();
}
