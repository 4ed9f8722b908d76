import type { FastifyReply } from 'fastify';

/** One page of a list; `sendPage` answers `rows` as the body and the counts as headers. */
export class Page<T> {
  constructor(
    readonly resource: string,
    readonly rows: T[],
    readonly offset: number,
    readonly total: number,
  ) {}

  // "meetings 0-24/319"; an empty page is "meetings */319".
  contentRange(): string {
    if (this.rows.length === 0) return `${this.resource} */${this.total}`;
    return `${this.resource} ${this.offset}-${this.offset + this.rows.length - 1}/${this.total}`;
  }
}

/**
 * A list route's answer as ra-data-simple-rest reads it: the rows as the body, the counts in
 * `Content-Range` and `X-Total-Count`. Set by the route itself (reply in passthrough mode): an
 * interceptor would put every list request through Nest's interceptor chain.
 */
export function sendPage<T>(reply: FastifyReply, page: Page<T>): T[] {
  void reply.header('Content-Range', page.contentRange()).header('X-Total-Count', String(page.total));
  return page.rows;
}
