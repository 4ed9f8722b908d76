import { ParseIntPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

/** `:id` must be a positive integer; anything else is a 400 naming the field. */
export const IdPipe = new ParseIntPipe({
  exceptionFactory: () => DomainError.validation([{ field: 'id', code: 'invalid_id', message: '编号必须是正整数' }], '编号无效'),
});
