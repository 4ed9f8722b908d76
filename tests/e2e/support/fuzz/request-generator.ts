import { awkwardString, BAD_IDS, INJECTION_STRINGS } from './bad-values';
import { BadTokenKind } from './bad-tokens';
import { badUpload, SampleFiles } from './bad-files';
import { badJsonBody } from './json-bodies';
import { Operation } from './openapi-operations';
import { Prng } from './prng';
import { badFilter, badRange, badScalar, badSort, QueryValue } from './query-values';
import { KnownIds } from './schema-values';

export type Role = 'admin' | 'secretary' | 'staff' | 'leader';

/** What the generator needs to know about the running application. */
export interface FuzzWorld {
  /** A real access token per role. */
  tokens: Record<Role, string>;
  /** Authorization headers (undefined: none) that must be refused, by kind. */
  badAuthorizations: Record<BadTokenKind, (string | undefined)[]>;
  /** An existing record per resource (`meetings`, `attachments`, `snapshots`, `orgs`…). */
  ids: KnownIds;
  samples: SampleFiles;
}

export interface FuzzRequest {
  operation: Operation;
  method: Operation['method'];
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** The role, or the kind of bad token. */
  as: Role | BadTokenKind;
  /** What is wrong with it, for the failure message. */
  description: string;
}

/** What one request gets wrong; the rest of it is as a client would send it. */
type Focus = 'id' | 'query' | 'body' | 'upload' | 'auth';

/** The record a path's `{id}` names: `/api/reports/snapshots/{id}` → snapshots. */
function resourceOfPath(path: string): string {
  const [, , first, second] = path.split('/');
  return first === 'reports' ? second : first;
}

/** Builds one malformed request for an operation; everything random comes from `prng`. */
export function generateRequest(operation: Operation, world: FuzzWorld, prng: Prng): FuzzRequest {
  const foci: Partial<Record<Focus, number>> = { query: operation.queryParams.length ? 3 : 1, auth: 1 };
  if (operation.pathParams.length) foci.id = 2;
  if (operation.body.kind === 'json') foci.body = 5;
  if (operation.body.kind === 'multipart') foci.upload = 5;
  const focus = prng.weighted(foci as Record<Focus, number>);

  const notes: string[] = [];
  const as: Role | BadTokenKind =
    focus === 'auth'
      ? prng.pick(Object.keys(world.badAuthorizations) as BadTokenKind[])
      : prng.weighted<Role>({ admin: 6, secretary: 2, staff: 1, leader: 1.5 });
  const headers: Record<string, string> = {};
  if (focus === 'auth') {
    const authorization = prng.pick(world.badAuthorizations[as as BadTokenKind]);
    if (authorization !== undefined) headers.authorization = authorization;
    notes.push(`token: ${as}`);
  } else {
    headers.authorization = `Bearer ${world.tokens[as as Role]}`;
  }

  // Path: a real record's id, or (when that is the focus) one that is no valid id.
  let path = operation.path;
  for (const name of operation.pathParams) {
    const known = world.ids[resourceOfPath(operation.path)];
    const id = focus === 'id' || known === undefined ? prng.pick(BAD_IDS) : String(known);
    if (focus === 'id') notes.push(`${name} = ${JSON.stringify(id)}`);
    // '%' and '%00' are sent as written: a broken escape is part of what is being tried.
    path = path.replace(`{${name}}`, /^%/.test(id) ? id : encodeURIComponent(id));
  }

  const query = focus === 'query' ? badQuery(operation, world, prng, notes) : plausibleQuery(operation, world, prng);
  const url = `${path}${query ? `?${query}` : ''}`;

  let payload: string | Buffer | undefined;
  if (operation.body.kind === 'json') {
    const body = focus === 'body' ? badJsonBody(prng, operation.body.schema, world.ids) : badJsonBody(new AsIsPrng(prng), operation.body.schema, world.ids);
    headers['content-type'] = body.contentType;
    payload = body.payload;
    if (focus === 'body') notes.push(body.description);
  } else if (operation.body.kind === 'multipart') {
    const upload = badUpload(focus === 'upload' ? prng : new AsIsPrng(prng), operation.body.field, world.samples);
    headers['content-type'] = upload.contentType;
    payload = upload.payload;
    if (focus === 'upload') notes.push(upload.description);
  } else if (focus !== 'auth' && operation.method !== 'GET' && prng.chance(0.2)) {
    // A body where none belongs (not with a bad token: Fastify reads the body before the guard sees the token).
    headers['content-type'] = 'application/json';
    payload = prng.pick(['{"unexpected":true}', '{', 'null']);
    notes.push(`unexpected body ${payload}`);
  }

  return { operation, method: operation.method, url, headers, payload, as, description: notes.join('; ') };
}

/** Broken list parameters, bad scalar parameters, unknown or repeated parameters, broken escapes. */
function badQuery(operation: Operation, world: FuzzWorld, prng: Prng, notes: string[]): string {
  const params = new URLSearchParams(plausibleQuery(operation, world, prng));
  const set = (name: string, value: QueryValue) => {
    params.delete(name);
    for (const v of ([] as string[]).concat(value)) params.append(name, v);
    notes.push(`${name} = ${truncate(JSON.stringify(value))}`);
  };
  const fields = Object.keys(operation.rowFields);
  if (operation.queryParams.length && prng.chance(0.85)) {
    const param = prng.pick(operation.queryParams);
    if (param.name === 'sort') set('sort', badSort(prng, fields));
    else if (param.name === 'range') set('range', badRange(prng));
    else if (param.name === 'filter') set('filter', badFilter(prng, operation.rowFields));
    else set(param.name, badScalar(prng, param.schema));
    return params.toString();
  }
  const raw = prng.pick([
    () => {
      set(prng.pick(['unknown', '__proto__', 'constructor', 'sort[0]', 'filter[q]', 'page', 'limit', '']), prng.pick(INJECTION_STRINGS));
      return params.toString();
    },
    () => {
      notes.push('broken percent escape');
      return `${params.toString()}${params.size ? '&' : ''}${prng.pick(['filter=%E0%A4%A', 'q=%', 'sort=%ZZ', '%=1', 'a=%00'])}`;
    },
    () => {
      set(prng.pick(operation.queryParams.map((p) => p.name).concat('x')), awkwardString(prng));
      return params.toString();
    },
  ]);
  return raw();
}

/** Query parameters as the admin would send them. */
function plausibleQuery(operation: Operation, world: FuzzWorld, prng: Prng): string {
  const params = new URLSearchParams();
  for (const { name, schema } of operation.queryParams) {
    if (!prng.chance(0.6)) continue;
    const value: Record<string, () => string> = {
      sort: () => JSON.stringify([prng.pick(['id', ...Object.keys(operation.rowFields).slice(0, 3)]), prng.pick(['ASC', 'DESC'])]),
      range: () => JSON.stringify([0, prng.pick([0, 9, 24])]),
      filter: () => JSON.stringify(prng.pick([{}, { q: '学习' }, { orgId: world.ids.orgs }])),
      year: () => prng.pick(['2021', '2020']),
      orgId: () => String(world.ids.orgs),
      format: () => prng.pick(['xlsx', 'csv']),
      dryRun: () => prng.pick(['true', 'false']),
      deleted: () => prng.pick(['true', 'false']),
    };
    params.set(name, (value[name] ?? (() => String(schema.enum?.[0] ?? '1')))());
  }
  return params.toString();
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…(${text.length})` : text;
}

/**
 * A generator for the parts of a request that are not its focus: every weighted choice lands on
 * the last option ("as is" / "a real file"), other random picks stay random.
 */
class AsIsPrng extends Prng {
  constructor(private readonly source: Prng) {
    super(0);
  }
  override next(): number {
    return this.source.next();
  }
  override weighted<K extends string>(weights: Record<K, number>): K {
    const keys = Object.keys(weights) as K[];
    return keys[keys.length - 1];
  }
}
