import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { Allow } from 'class-validator';

const SERVER_FIELDS = Symbol('wb:server-fields');

/**
 * A field the server owns (id, timestamps, author, stored paths, child rows' keys): accepted in a
 * body, so that a record exactly as read can be sent back, and then dropped before the service
 * uses the body. Any field neither declared nor marked here is still refused. OpenAPI shows it
 * as `readOnly`, which is what it is: in answers, ignored in requests.
 */
export function ServerField(schema: ApiPropertyOptions = { type: 'integer' }): PropertyDecorator {
  return (target: object, key: string | symbol) => {
    Allow()(target, key as string);
    ApiProperty({ ...schema, required: false, readOnly: true } as ApiPropertyOptions)(target, key as string);
    const inherited: (string | symbol)[] = Reflect.getMetadata(SERVER_FIELDS, target) ?? [];
    Reflect.defineMetadata(SERVER_FIELDS, [...inherited, key], target);
  };
}

/** The server-owned fields of a class, looked up once per class (an import asks for each row). */
const serverFieldsOf = new WeakMap<object, Set<string | symbol>>();

/** The body without its server-owned fields, child rows included, as a plain object. */
export function withoutServerFields<T>(body: T): T {
  if (Array.isArray(body)) return body.map((item) => withoutServerFields(item)) as T;
  if (body === null || typeof body !== 'object' || body instanceof Date) return body;
  const prototype = Object.getPrototypeOf(body) as object;
  let dropped = serverFieldsOf.get(prototype);
  if (!dropped) serverFieldsOf.set(prototype, (dropped = new Set(Reflect.getMetadata(SERVER_FIELDS, prototype) ?? [])));
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(body)) {
    if (dropped.has(key)) continue;
    const value = withoutServerFields((body as Record<string, unknown>)[key]);
    // defined, not assigned: a key named __proto__ stays a plain field
    if (key === '__proto__') Object.defineProperty(kept, key, { value, enumerable: true, writable: true, configurable: true });
    else kept[key] = value;
  }
  return kept as T;
}

/** What every record carries and the server sets. */
export abstract class RecordBody {
  @ServerField()
  id?: unknown;

  @ServerField({ type: 'string', format: 'date-time' })
  createdAt?: unknown;

  @ServerField({ type: 'string', format: 'date-time' })
  updatedAt?: unknown;

  @ServerField({ type: 'integer', nullable: true, description: '创建人（用户编号）' })
  createdBy?: unknown;
}

/** A child row (e.g. one attendance entry): its own id; the key back to the parent is declared by the row. */
export abstract class ChildRowBody {
  @ServerField()
  id?: unknown;
}

/** A record that carries files (ATTACHABLE): lists also answer how many, a field the server owns. */
export abstract class AttachableRecordBody extends RecordBody {
  @ServerField({ type: 'integer', description: '附件数（列表中）' })
  attachmentCount?: unknown;
}
