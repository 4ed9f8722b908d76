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

/** What a resource exposes to `GET /api/<resource>`; everything else is a 400. */
export interface ListSpec {
  resource: Resource;
  fields: Record<string, FieldSpec>;
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
  | { field: string; op: 'gte' | 'lte'; value: string | number | Date };

/** A list request after checking; only declared fields survive to SQL. */
export interface ListQuery {
  sort: [string, SortOrder];
  offset: number;
  limit: number;
  conditions: Condition[];
  q?: string;
  /** Org ids whose subtrees are wanted (an array means any of them). */
  orgSubtrees?: number[];
  /** `deleted: true` lists the soft-deleted records instead (admins only). */
  deleted?: boolean;
}

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 25;
