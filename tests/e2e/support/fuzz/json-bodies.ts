import { anyJsonValue, awkwardString, INJECTION_STRINGS } from './bad-values';
import { Schema } from './openapi-operations';
import { Prng } from './prng';
import { KnownIds, plausibleObject, wrongValue } from './schema-values';

export interface RawBody {
  contentType: string;
  payload: string | Buffer;
  description: string;
}

const asJson = (value: unknown, description: string): RawBody => ({ contentType: 'application/json', payload: JSON.stringify(value), description });

/**
 * A request body for a JSON route: a plausible body (from the schema, references pointing at
 * existing records) with one or a few things wrong, or something that is no such body at all.
 * Now and then the plausible body itself, so the fuzzer also walks through successful writes.
 */
export function badJsonBody(prng: Prng, schema: Schema, known: KnownIds): RawBody {
  const body = plausibleObject(schema, known, prng);
  const properties = Object.entries(schema.properties ?? {}).filter(([, p]) => !p.readOnly);
  const kind = prng.weighted({ wrongField: 12, severalWrong: 4, missingRequired: 3, unknownField: 3, readOnlyField: 2, pollution: 2, notAnObject: 3, badJson: 3, wrongContentType: 2, tooLarge: 1, deep: 1, asIs: 3 });
  switch (kind) {
    case 'wrongField': {
      if (!properties.length) return asJson({ ...body, [prng.pick(INJECTION_STRINGS)]: 1 }, 'unknown field on a body without fields');
      const [name, property] = prng.pick(properties);
      const value = wrongValue(property, prng);
      return asJson({ ...body, [name]: value }, `${name} = ${describe(value)}`);
    }
    case 'severalWrong': {
      const broken = { ...body };
      for (const [name, property] of properties) if (prng.chance(0.5)) broken[name] = wrongValue(property, prng);
      return asJson(broken, 'several fields wrong');
    }
    case 'missingRequired': {
      const required = (schema.required ?? []).filter((name) => name in body);
      const name = required.length ? prng.pick(required) : 'nothing';
      const { [name]: _dropped, ...rest } = body;
      return asJson(prng.chance(0.3) ? {} : rest, `without ${name}`);
    }
    case 'unknownField':
      return asJson({ ...body, [prng.pick(['isAdmin', 'role', 'deletedAt', 'passwordHash', 'sessionVersion', 'extra', '', ' ', '$where'])]: anyJsonValue(prng) }, 'an unknown field');
    case 'readOnlyField': {
      const readOnly = Object.entries(schema.properties ?? {}).filter(([, p]) => p.readOnly);
      const name = readOnly.length ? prng.pick(readOnly)[0] : 'id';
      return asJson({ ...body, [name]: prng.pick([1, 2_147_483_647, '2000-01-01T00:00:00Z', null]) }, `read-only ${name}`);
    }
    case 'pollution':
      return {
        contentType: 'application/json',
        payload: JSON.stringify(body).replace(/^\{/, prng.pick(['{"__proto__":{"role":"admin","isAdmin":true},', '{"constructor":{"prototype":{"polluted":1}},', '{"__proto__":null,'])).replace(/,\}$/, '}'),
        description: 'prototype pollution',
      };
    case 'notAnObject':
      return asJson(prng.pick([[body], [], null, 'text', 42, true, awkwardString(prng)]), 'not an object');
    case 'badJson':
      return {
        contentType: 'application/json',
        payload: prng.pick(['', '{', '{"a":', '{"a":1,}', "{'a':1}", '{"a":NaN}', '{"a":1}{"b":2}', 'nul', '\ufeff{}', '{"a":"\\ud800"}', '{"a":"\\x00"}', JSON.stringify(body).slice(0, -1), '\u0000']),
        description: 'malformed JSON',
      };
    case 'wrongContentType':
      return prng.pick<() => RawBody>([
        () => ({ contentType: 'text/plain', payload: JSON.stringify(body), description: 'JSON as text/plain' }),
        () => ({ contentType: 'application/x-www-form-urlencoded', payload: new URLSearchParams(Object.entries(body).map(([k, v]): [string, string] => [k, String(v)])).toString(), description: 'urlencoded form' }),
        () => ({ contentType: 'application/xml', payload: '<body><a>1</a></body>', description: 'XML' }),
        () => ({ contentType: 'application/json; charset=latin1', payload: Buffer.from(JSON.stringify(body), 'latin1'), description: 'JSON declared latin1' }),
        () => ({ contentType: 'multipart/form-data; boundary=x', payload: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n', description: 'multipart to a JSON route' }),
      ])();
    case 'tooLarge':
      return asJson({ ...body, filler: 'x'.repeat(1024 * 1024 + 10) }, 'over the body limit');
    case 'deep': {
      // Written as text: JSON.stringify itself would run out of stack on the deepest.
      const depth = prng.pick([100, 5000, 200_000]);
      const name = properties.length ? prng.pick(properties)[0] : 'a';
      const payload = JSON.stringify({ ...body, [name]: '<deep>' }).replace('"<deep>"', `${'['.repeat(depth)}1${']'.repeat(depth)}`);
      return { contentType: 'application/json', payload, description: `${name} nested ${depth} deep` };
    }
    default:
      return asJson(body, 'plausible body');
  }
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…(${text.length})` : text;
}
