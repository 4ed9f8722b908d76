/** One page of a list; the interceptor sends `rows` as the body and the counts as headers. */
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
