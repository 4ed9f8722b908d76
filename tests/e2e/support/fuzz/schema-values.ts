import { anyJsonValue, awkwardString, BAD_DATES, BAD_NUMBERS, INJECTION_STRINGS } from './bad-values';
import { Schema } from './openapi-operations';
import { Prng } from './prng';

/** Ids of records that exist, so reference fields (orgId, memberId…) can point at real rows. */
export type KnownIds = Record<string, number>;

/** What a reference field points at, by its name: `memberIds` → members, `sourceTripId` → research-trips. */
function referencedId(name: string, known: KnownIds): number | undefined {
  const table: Record<string, string> = {
    orgId: 'orgs',
    parentId: 'orgs',
    memberId: 'members',
    memberIds: 'members',
    authorMemberIds: 'members',
    sourceTripId: 'research-trips',
    tripId: 'research-trips',
    writerContactId: 'writer-contacts',
    contactId: 'writer-contacts',
  };
  return table[name] ? known[table[name]] : undefined;
}

/** A value that fits the schema (the fuzzer then breaks one field of a body at a time). */
export function plausibleValue(schema: Schema, name: string, known: KnownIds, prng: Prng): unknown {
  if (schema.enum?.length) return prng.pick(schema.enum);
  switch (schema.type) {
    case 'integer': {
      const reference = referencedId(name, known);
      if (reference !== undefined) return reference;
      if (name === 'year') return 2021;
      if (name === 'version') return 1;
      const min = schema.minimum ?? 0;
      return Math.min(Math.max(min, 1), schema.maximum ?? 1000);
    }
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array': {
      const reference = referencedId(name, known);
      if (reference !== undefined) return [reference];
      return schema.items?.properties ? [plausibleObject(schema.items, known, prng)] : [];
    }
    case 'object':
      return plausibleObject(schema, known, prng);
    default:
      if (schema.format === 'date') return '2021-03-26';
      if (schema.format === 'date-time') return '2021-03-26T08:00:00.000Z';
      if (schema.pattern) return `fuzz${prng.int(100, 999_999)}`;
      if (name === 'password') return 'fuzz-password-1';
      return `测试${prng.int(1, 9999)}`.slice(0, schema.maxLength ?? 50);
  }
}

/** The required, writable properties with plausible values. */
export function plausibleObject(schema: Schema, known: KnownIds, prng: Prng): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of schema.required ?? []) {
    const property = schema.properties?.[name];
    if (property && !property.readOnly) body[name] = plausibleValue(property, name, known, prng);
  }
  return body;
}

/** A value the property should refuse: another JSON type, out of range, too long, not a date… */
export function wrongValue(schema: Schema, prng: Prng): unknown {
  const choices: (() => unknown)[] = [() => anyJsonValue(prng), () => prng.pick(INJECTION_STRINGS), () => null];
  if (schema.type === 'integer' || schema.type === 'number') {
    choices.push(
      () => prng.pick(BAD_NUMBERS),
      () => String(prng.int(1, 50)),
      () => (schema.maximum ?? 2_147_483_647) + 1,
      () => (schema.minimum ?? 0) - 1,
    );
  }
  if (schema.type === 'string' || schema.enum) {
    choices.push(
      () => awkwardString(prng),
      () => (schema.maxLength ? 'x'.repeat(schema.maxLength + 1) : 'x'.repeat(70_000)),
      () => prng.int(0, 3),
      () => [String(schema.enum?.[0] ?? 'a')],
      () => (schema.enum ? `${String(schema.enum[0]).toUpperCase()} ` : ''),
    );
  }
  if (schema.format === 'date' || schema.format === 'date-time') choices.push(() => prng.pick(BAD_DATES));
  if (schema.type === 'boolean') choices.push(() => prng.pick(['true', 'false', 1, 0, 'yes']));
  if (schema.type === 'array') {
    choices.push(
      () => prng.pick(INJECTION_STRINGS),
      () => ({ 0: 1 }),
      () => Array.from({ length: prng.pick([1001, 5000]) }, (_, i) => i + 1),
      () => [anyJsonValue(prng), anyJsonValue(prng)],
      () => (schema.items?.properties ? [wrongObject(schema.items, prng)] : [null]),
    );
  }
  return prng.pick(choices)();
}

/** An object of the item schema with each property broken. */
function wrongObject(schema: Schema, prng: Prng): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, wrongValue(property, prng)]));
}
