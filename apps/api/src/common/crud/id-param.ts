import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { DomainError } from '../errors/domain-error';

/** The largest id an `int` column holds (MySQL's signed INT). */
const MAX_ID = 2_147_483_647;

/**
 * `:id` must be written as a canonical positive integer: `1`, not `01`, `1e0`, `0x1` or ` 1`, so
 * one record has exactly one address. Anything else is a 400 naming the field.
 */
export function parseId(value: unknown): number {
  const id = typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : NaN;
  if (!(id <= MAX_ID)) throw DomainError.validation([{ field: 'id', code: 'invalid_id', message: '编号必须是正整数' }], '编号无效');
  return id;
}

/**
 * The route's `:id`, read from the raw path. A parameter decorator of its own, because a
 * `@Param('id')` typed `number` is first turned into a number by the global ValidationPipe —
 * `Number('1e0')` is 1 — before any pipe of ours could see what was written.
 */
const readId = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  parseId(context.switchToHttp().getRequest<{ params: Record<string, string> }>().params.id),
);

/** `@IdParam() id: number`: the parsed id, documented in OpenAPI as the route's `id` path parameter. */
export function IdParam(): ParameterDecorator {
  return (target: object, key: string | symbol | undefined, index: number) => {
    readId()(target, key, index);
    const route = Object.getOwnPropertyDescriptor(target, key!)!;
    ApiParam({ name: 'id', required: true, schema: { type: 'integer', minimum: 1, maximum: MAX_ID } })(target, key!, route);
  };
}
