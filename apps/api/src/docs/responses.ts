import { applyDecorators, Type } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';

const PAGE_HEADERS = {
  'Content-Range': {
    description: 'The rows of this page and the total, e.g. `meetings 0-24/319` (`meetings */0` when empty)',
    schema: { type: 'string' },
  },
  'X-Total-Count': { description: 'How many rows the filter matches in all', schema: { type: 'integer' } },
};

/** A list: one page of records as a JSON array, the total in `Content-Range` and `X-Total-Count`. */
export function ApiListResponse(type?: Type<unknown>) {
  return applyDecorators(
    ApiOkResponse({ description: 'One page of records', headers: PAGE_HEADERS, ...(type ? { type, isArray: true } : {}) }),
  );
}

/** One record as stored, server-kept fields included. */
export function ApiRecordResponse(type?: Type<unknown>) {
  return applyDecorators(ApiOkResponse({ description: 'The record', ...(type ? { type } : {}) }));
}
