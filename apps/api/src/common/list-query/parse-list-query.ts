import { FieldError, isCalendarDate } from '@wb/contracts';
import { DomainError } from '../errors/domain-error';
import { Condition, DEFAULT_PAGE_SIZE, FieldSpec, ListQuery, ListSpec, MAX_PAGE_SIZE, SortOrder } from './list-spec';

export interface RawListQuery {
  sort?: unknown;
  range?: unknown;
  filter?: unknown;
}

const MAX_IN_VALUES = 1000;
const MAX_Q_LENGTH = 100;

/**
 * Checks an ra-data-simple-rest query (`sort`, `range`, `filter` as JSON strings) against the
 * resource's spec. Collects every problem and throws one 400 listing them all.
 */
export function parseListQuery(raw: RawListQuery, spec: ListSpec): ListQuery {
  const errors: FieldError[] = [];
  const fail = (field: string, code: string, message: string) => {
    errors.push({ field, code, message });
  };

  const sort = parseSort(raw.sort, spec, fail);
  const [offset, limit] = parseRange(raw.range, fail);
  const { conditions, q, orgSubtrees, deleted } = parseFilter(raw.filter, spec, fail);

  if (errors.length) throw DomainError.badQuery(errors);
  return { sort, offset, limit, conditions, q, orgSubtrees, ...(deleted ? { deleted } : {}) };
}

type Fail = (field: string, code: string, message: string) => void;

/** A declared field by name; only own keys count, so `constructor` or `__proto__` is simply unknown. */
function fieldOf(spec: ListSpec, name: string): FieldSpec | undefined {
  return Object.hasOwn(spec.fields, name) ? spec.fields[name] : undefined;
}

function parseJson(name: string, value: unknown, fail: Fail): unknown {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    fail(name, 'invalid_json', `${name} 只能出现一次，且必须是 JSON`);
    return undefined;
  }
  try {
    return JSON.parse(value);
  } catch {
    fail(name, 'invalid_json', `${name} 不是有效的 JSON`);
    return undefined;
  }
}

function parseSort(value: unknown, spec: ListSpec, fail: Fail): [string, SortOrder] {
  const parsed = parseJson('sort', value, fail);
  if (parsed === undefined) return spec.defaultSort;
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') {
    fail('sort', 'invalid_sort', 'sort 必须是 ["字段","ASC|DESC"]');
    return spec.defaultSort;
  }
  const [field, rawOrder] = parsed as [string, string];
  const order = rawOrder.toUpperCase();
  if (!fieldOf(spec, field)?.sortable) {
    fail('sort', 'unknown_field', `不能按字段“${field}”排序`);
  }
  if (order !== 'ASC' && order !== 'DESC') {
    fail('sort', 'invalid_order', `排序方向“${rawOrder}”无效，只能是 ASC 或 DESC`);
  }
  return [field, order as SortOrder];
}

function parseRange(value: unknown, fail: Fail): [number, number] {
  const parsed = parseJson('range', value, fail);
  if (parsed === undefined) return [0, DEFAULT_PAGE_SIZE];
  const valid =
    Array.isArray(parsed) && parsed.length === 2 && parsed.every((n) => Number.isSafeInteger(n) && n >= 0) && parsed[0] <= parsed[1];
  if (!valid) {
    fail('range', 'invalid_range', 'range 必须是 [起, 止]，两者为非负整数且起 ≤ 止');
    return [0, DEFAULT_PAGE_SIZE];
  }
  const [start, end] = parsed as [number, number];
  if (end - start + 1 > MAX_PAGE_SIZE) {
    fail('range', 'range_too_large', `每次最多取 ${MAX_PAGE_SIZE} 条`);
  }
  return [start, end - start + 1];
}

function parseFilter(value: unknown, spec: ListSpec, fail: Fail): Pick<ListQuery, 'conditions' | 'q' | 'orgSubtrees' | 'deleted'> {
  const parsed = parseJson('filter', value, fail);
  const conditions: Condition[] = [];
  let q: string | undefined;
  let orgSubtrees: number[] | undefined;
  let deleted: boolean | undefined;
  if (parsed === undefined) return { conditions };
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    fail('filter', 'invalid_filter', 'filter 必须是 JSON 对象');
    return { conditions };
  }

  for (const [key, rawValue] of Object.entries(parsed as Record<string, unknown>)) {
    const field = `filter.${key}`;
    if (rawValue === undefined || rawValue === null || rawValue === '') continue;

    if (key === 'q') {
      if (typeof rawValue !== 'string' || rawValue.length > MAX_Q_LENGTH) {
        fail(field, 'invalid_value', `搜索词必须是不超过 ${MAX_Q_LENGTH} 个字符的文本`);
      } else if (spec.search.length === 0) {
        fail(field, 'unknown_field', '此列表不支持全文搜索');
      } else {
        q = rawValue.trim() || undefined;
      }
      continue;
    }

    if (key === 'deleted') {
      if (typeof rawValue !== 'boolean') fail(field, 'invalid_value', '必须是 true 或 false');
      else deleted = rawValue;
      continue;
    }

    if (spec.orgField && key === 'orgId') {
      const ids = Array.isArray(rawValue) ? rawValue : [rawValue];
      if (ids.length === 0 || ids.length > MAX_IN_VALUES || !ids.every((id) => Number.isSafeInteger(id) && (id as number) > 0)) {
        fail(field, 'invalid_value', '组织编号必须是正整数或其列表');
      } else {
        orgSubtrees = ids as number[];
      }
      continue;
    }

    const custom = spec.filters && Object.hasOwn(spec.filters, key) ? spec.filters[key] : undefined;
    if (custom) {
      const checked = checkValue(rawValue, custom);
      if (checked === undefined) fail(field, 'invalid_value', describeKind(custom));
      else conditions.push({ field: key, op: 'custom', value: checked });
      continue;
    }

    const match = /^(.+)_(gte|lte)$/.exec(key);
    const name = match && fieldOf(spec, match[1]) ? match[1] : key;
    const op = match && fieldOf(spec, match[1]) ? (match[2] as 'gte' | 'lte') : undefined;
    const fieldSpec = fieldOf(spec, name);
    if (!fieldSpec || fieldSpec.filterable === false) {
      fail(field, 'unknown_field', `不能按字段“${key}”筛选`);
      continue;
    }

    if (op) {
      if (!['int', 'date', 'datetime'].includes(fieldSpec.kind)) {
        fail(field, 'invalid_operator', `字段“${name}”不支持范围筛选`);
        continue;
      }
      // A bare day as the upper bound of a time range means "until the end of that day" (UTC).
      const bound = op === 'lte' && fieldSpec.kind === 'datetime' && isCalendarDate(rawValue) ? `${rawValue}T23:59:59.999Z` : rawValue;
      const checked = checkValue(bound, fieldSpec);
      if (checked === undefined) fail(field, 'invalid_value', describeKind(fieldSpec));
      else conditions.push({ field: name, op, value: checked as string | number | Date });
      continue;
    }

    if (Array.isArray(rawValue)) {
      if (rawValue.length === 0) continue; // an empty multi-select means "no constraint"
      if (rawValue.length > MAX_IN_VALUES) {
        fail(field, 'too_many_values', `最多 ${MAX_IN_VALUES} 个值`);
        continue;
      }
      const checked = rawValue.map((v) => checkValue(v, fieldSpec));
      if (checked.some((v) => v === undefined)) fail(field, 'invalid_value', describeKind(fieldSpec));
      else conditions.push({ field: name, op: 'in', value: checked as (string | number | boolean | Date)[] });
      continue;
    }

    const checked = checkValue(rawValue, fieldSpec);
    if (checked === undefined) fail(field, 'invalid_value', describeKind(fieldSpec));
    else conditions.push({ field: name, op: 'eq', value: checked });
  }
  return { conditions, q, orgSubtrees, deleted };
}

/** The value in its SQL-ready form, or undefined when it does not fit the field. */
function checkValue(value: unknown, spec: Pick<FieldSpec, 'kind' | 'values'>): string | number | boolean | Date | undefined {
  switch (spec.kind) {
    case 'int':
      return Number.isSafeInteger(value) ? (value as number) : typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : undefined;
    case 'string':
      return typeof value === 'string' && value.length <= 200 ? value : undefined;
    case 'enum':
      return typeof value === 'string' && spec.values?.includes(value) ? value : undefined;
    case 'date':
      return isCalendarDate(value) ? value : undefined;
    case 'datetime':
      // A Date: each driver writes it in its own datetime format (UTC), so comparisons hold.
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : undefined;
    case 'bool':
      return typeof value === 'boolean' ? value : undefined;
  }
}

function describeKind(spec: Pick<FieldSpec, 'kind' | 'values'>): string {
  switch (spec.kind) {
    case 'int':
      return '必须是整数';
    case 'string':
      return '必须是不超过 200 个字符的文本';
    case 'enum':
      return `必须是以下之一：${(spec.values ?? []).join(', ')}`;
    case 'date':
      return '必须是有效日期（YYYY-MM-DD）';
    case 'datetime':
      return '必须是有效时间（ISO 8601）';
    case 'bool':
      return '必须是 true 或 false';
  }
}
