/** A JSON schema as the OpenAPI document writes it (the parts the fuzzer reads). */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
  readOnly?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export type OperationBody =
  | { kind: 'none' }
  | { kind: 'json'; schema: Schema }
  /** multipart/form-data with one file field (`file` for imports, `files` for attachments). */
  | { kind: 'multipart'; field: string };

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As the document writes it: `/api/meetings/{id}`. */
  path: string;
  /** As Nest writes it (`/api/meetings/:id`), for messages and comparisons with the route list. */
  route: string;
  pathParams: string[];
  queryParams: { name: string; schema: Schema }[];
  body: OperationBody;
  /** Declares bearer authentication: without a valid token it must answer 401. */
  isProtected: boolean;
  /** For a list: the properties of its rows, which its `filter` and `sort` may name. */
  rowFields: Record<string, Schema>;
}

/** Every operation of the document, with $refs resolved against its components. */
export function operationsOf(document: { paths: Record<string, Record<string, any>>; components?: { schemas?: Record<string, Schema> } }): Operation[] {
  const schemas = document.components?.schemas ?? {};
  const resolve = (schema: Schema | undefined): Schema => {
    if (!schema) return {};
    if (schema.$ref) return resolve(schemas[schema.$ref.replace('#/components/schemas/', '')]);
    return {
      ...schema,
      ...(schema.items ? { items: resolve(schema.items) } : {}),
      ...(schema.properties ? { properties: Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, resolve(v)])) } : {}),
    };
  };

  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const parameters = (operation.parameters ?? []) as { name: string; in: string; schema?: Schema }[];
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        route: path.replace(/\{(\w+)\}/g, ':$1'),
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: resolve(p.schema) })),
        isProtected: Array.isArray(operation.security) && operation.security.length > 0,
        body: bodyOf(operation.requestBody?.content, resolve),
        rowFields: resolve(operation.responses?.['200']?.content?.['application/json']?.schema).items?.properties ?? {},
      });
    }
  }
  return operations;
}

function bodyOf(content: Record<string, { schema?: Schema }> | undefined, resolve: (s: Schema | undefined) => Schema): OperationBody {
  if (!content) return { kind: 'none' };
  const multipart = content['multipart/form-data'];
  if (multipart) {
    const field = Object.keys(resolve(multipart.schema).properties ?? {})[0] ?? 'file';
    return { kind: 'multipart', field };
  }
  const json = content['application/json'];
  return json ? { kind: 'json', schema: resolve(json.schema) } : { kind: 'none' };
}
