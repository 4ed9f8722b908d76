import type { Resource } from '@wb/contracts';

/** How a field may be filtered and sorted through the list query. */
export type FieldKind = 'int' | 'string' | 'date' | 'datetime' | 'enum' | 'bool';

export interface FieldSpec {
  kind: FieldKind;
  /** Allowed values for `enum`. */
  values?: readonly string[];
  sortable?: boolean;
  /** Equality/IN filter (and _gte/_lte for int, date, datetime). Default true. */
  filterable?: boolean;
}

/**
 * A filter that is not a comparison of one column: "meetings member 5 attended", "development
 * records due within 30 days". Its value is checked like a field of `kind`.
 */
export interface CustomFilter {
  kind: FieldKind;
  values?: readonly string[];
  /** The SQL condition on the list's `alias` for one checked value; parameters named from `param`. */
  where(alias: string, value: FilterValue, param: string): [string, Record<string, unknown>];
}

/** What a resource exposes to `GET /api/<resource>`; everything else is a 400. */
export interface ListSpec {
  resource: Resource;
  fields: Record<string, FieldSpec>;
  /** Filters beyond the fields' own. */
  filters?: Record<string, CustomFilter>;
  /** Columns searched by `q` (case-insensitive LIKE). */
  search: string[];
  defaultSort: [string, SortOrder];
  /**
   * The column naming the owning org: the filter key `orgId` selects that org's whole subtree
   * (`orgId: 3` means 3 and everything below it), and access scoping uses the same column.
   */
  orgField?: string;
}

export type SortOrder = 'ASC' | 'DESC';

export type FilterValue = string | number | boolean | Date;

export type Condition =
  | { field: string; op: 'eq'; value: FilterValue }
  | { field: string; op: 'in'; value: FilterValue[] }
  | { field: string; op: 'gte' | 'lte'; value: string | number | Date }
  | { field: string; op: 'custom'; value: FilterValue };

/** A list request after checking; only declared fields survive to SQL. */
export interface ListQuery {
  sort: [string, SortOrder];
  offset: number;
  limit: number;
  conditions: Condition[];
  q?: string;
  /** Org ids whose subtrees are wanted (an array means any of them). */
  orgSubtrees?: number[];
  /** The orgs of those subtrees, when already looked up (then matched by id, through the index). */
  orgIds?: number[];
  /** `deleted: true` lists the soft-deleted records instead (admins only). */
  deleted?: boolean;
}

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 25;
