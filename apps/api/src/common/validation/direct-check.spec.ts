import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { directlyValidated } from './direct-check';
import { RecordValidationPipe, VALIDATION_OPTIONS } from './validation-options';

// every body class of the API: the DTO files define them
const SOURCES = join(__dirname, '..', '..');
const dtoFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? dtoFiles(join(dir, entry.name)) : /\.dto\.ts$/.test(entry.name) ? [join(dir, entry.name)] : []));
dtoFiles(SOURCES).forEach((file) => require(file));
const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Function, ValidationMetadata[]> };
const classes = [...storage.validationMetadatas.keys()].filter((target) => typeof target === 'function' && target.name.endsWith('Dto'));

/** A deep copy made in this realm (structuredClone's objects come from another one under Jest). */
const copy = <T>(value: T): T =>
  Array.isArray(value) ? (value.map(copy) as T) : value && typeof value === 'object' ? (Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T) : value;

/** An object as Fastify's query-string parser makes it: inheriting from an empty object without a prototype. */
function asQueryString(values: Record<string, unknown>): Record<string, unknown> {
  const query = Object.create(Object.create(null)) as Record<string, unknown>;
  for (const [key, value] of Object.entries(values)) Object.defineProperty(query, key, { value, enumerable: true, writable: true, configurable: true });
  return query;
}

/** A seeded generator: the same bodies every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Candidate values for a field: valid-looking ones from its own rules, and the usual wrong ones. */
function candidates(rules: ValidationMetadata[]): unknown[] {
  const fromRules = rules.flatMap((rule) => {
    const allowed = rule.constraints?.[0];
    if (Array.isArray(allowed)) return [allowed[0], allowed[allowed.length - 1], [allowed[0]], allowed];
    return [];
  });
  return [...fromRules, undefined, undefined, null, '', 'x', '文本', 'a'.repeat(300), '2021-03-26', '2021-02-30', 0, 1, 7, 2021, -1, 1.5, 100001, true, [1, 2], [1, 1], ['x'], [{}], {}, [[1]]];
}

describe('the pipe with and without directlyValidated', () => {
  const reference = (pipe: RecordValidationPipe, value: unknown, metatype: Function) =>
    // the pipe's own way: class-transformer, class-validator and the record rules
    (ValidationPipe.prototype.transform as RecordValidationPipe['transform']).call(pipe, value, { type: 'body', metatype: metatype as never }).then(
      (body) => ({ body }),
      (error) => ({ error }),
    );

  it('knows the API body classes', () => {
    expect(classes.length).toBeGreaterThan(20);
  });

  it.each(classes.map((target) => [target.name, target]))('%s: the same answer to every body', async (_name, target) => {
    const metatype = target as new () => object;
    const pipe = new RecordValidationPipe({ ...VALIDATION_OPTIONS, expectedType: metatype });
    const grouped = (getMetadataStorage() as unknown as { groupByPropertyName(m: ValidationMetadata[]): Record<string, ValidationMetadata[]> }).groupByPropertyName(
      getMetadataStorage().getTargetValidationMetadatas(metatype, '', false, false),
    );
    const fields = Object.entries(grouped).filter(([, rules]) => rules.some((rule) => rule.type !== ValidationTypes.WHITELIST));
    const next = random(fields.length + metatype.name.length);
    // each field's values the pipe finds no fault with (alone), so that many whole bodies are valid
    const good = new Map<string, unknown[]>();
    for (const [name, rules] of fields) {
      const fine: unknown[] = [];
      for (const value of candidates(rules)) {
        const answer = await reference(pipe, value === undefined ? {} : { [name]: value }, metatype);
        const faults: { field: string }[] = 'error' in answer ? ((answer.error as { errors?: { field: string }[] }).errors ?? []) : [];
        if (!faults.some((fault) => fault.field === name || fault.field.startsWith(`${name}.`))) fine.push(value);
      }
      good.set(name, fine);
    }
    const pick = (values: unknown[]) => values[Math.floor(next() * values.length)];
    let passed = 0;
    for (let round = 0; round < 300; round++) {
      const body: Record<string, unknown> = {};
      for (const [name, rules] of fields) {
        const fine = good.get(name)!;
        const value = fine.length && next() < 0.9 ? pick(fine) : pick(candidates(rules));
        if (value !== undefined) body[name] = value;
      }
      if (round % 15 === 0) body.unknownField = 1;
      // every other body as Fastify parses a query string
      const sent = () => (round % 2 ? asQueryString(copy(body)) : copy(body));
      const answer = await pipe.transform(sent(), { type: round % 2 ? 'query' : 'body', metatype: metatype as never }).then(
        (checked) => ({ body: checked }),
        (error) => ({ error }),
      );
      expect(answer).toEqual(await reference(pipe, sent(), metatype));
      if ('body' in answer) expect(Object.getPrototypeOf(answer.body)).toBe(metatype.prototype);
      if (directlyValidated(metatype, sent())) passed++;
    }
    // not vacuous: every record's bodies can pass (query classes convert their fields: the pipe's)
    if (metatype.name.startsWith('Create')) expect(passed).toBeGreaterThan(0);
  });

  it('leaves to the pipe what it does not handle: nested rows, unknown fields, class instances', () => {
    const meeting = classes.find((target) => target.name === 'CreateMeetingDto') as new () => object;
    const valid = { orgId: 1, category: 'branch_assembly', topic: '学习', date: '2021-03-26', format: 'in_person', expectedCount: 5, attendedCount: 4 };
    expect(directlyValidated(meeting, valid)).toBeInstanceOf(meeting);
    expect(directlyValidated(meeting, { ...valid, attendance: [] })).toBeUndefined();
    expect(directlyValidated(meeting, { ...valid, nope: 1 })).toBeUndefined();
    expect(directlyValidated(meeting, { ...valid, constructor: 'x' })).toBeUndefined();
    expect(directlyValidated(meeting, { ...valid, topic: 'a'.repeat(201) })).toBeUndefined();
    expect(directlyValidated(meeting, Object.assign(new meeting(), valid))).toBeUndefined();
    expect(directlyValidated(meeting, [valid])).toBeUndefined();
    // a query string's object, with a key that would be the prototype anywhere else
    expect(directlyValidated(meeting, asQueryString(valid))).toBeInstanceOf(meeting);
    expect(directlyValidated(meeting, Object.assign(Object.create(null), valid))).toBeInstanceOf(meeting);
    expect(directlyValidated(meeting, asQueryString({ ...valid, ['__proto__']: 'x' }))).toBeUndefined();
    expect(directlyValidated(meeting, Object.assign(Object.create({ inherited: 1 }), valid))).toBeUndefined();
    const listQuery = classes.find((target) => target.name === 'ListQueryDto') as new () => object;
    expect(directlyValidated(listQuery, asQueryString({ sort: '["date","DESC"]', range: '[0,9]', filter: '{}' }))).toBeInstanceOf(listQuery);
    expect(directlyValidated(listQuery, asQueryString({ sort: ['a', 'b'] }))).toBeUndefined();
  });
});
