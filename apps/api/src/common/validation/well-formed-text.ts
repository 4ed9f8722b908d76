import { DomainError } from '../errors/domain-error';

/** Half of a UTF-16 surrogate pair without its other half: no character at all. */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Any half of a pair: most text has none, and this is the cheaper test. */
const SURROGATE = /[\uD800-\uDFFF]/;
const unpaired = (text: string) => SURROGATE.test(text) && UNPAIRED_SURROGATE.test(text);

/**
 * Refuses text holding an unpaired surrogate (JSON can carry one as `"\udfdc"`) with a 400
 * naming the top-level field. Such text cannot be stored as UTF-8: MySQL would keep a
 * replacement character in the column, while the audit entry's JSON keeps the escape and
 * fails the column's JSON check (a 500).
 */
export function assertWellFormedText(value: unknown, root = 'body'): void {
  const pending: { value: unknown; field: string | undefined }[] = [{ value, field: undefined }];
  while (pending.length) {
    const { value: current, field } = pending.pop()!;
    if (typeof current === 'string') {
      if (unpaired(current)) {
        throw DomainError.validation([{ field: field ?? root, code: 'invalid_text', message: '包含无法识别的字符，请删除后重新输入' }]);
      }
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    for (const [key, child] of Object.entries(current)) {
      // A key counts too: an unknown field named with one is refused by name like any other.
      if (unpaired(key)) throw DomainError.validation([{ field: root, code: 'invalid_text', message: '字段名包含无法识别的字符' }]);
      pending.push({ value: child, field: field ?? (Array.isArray(current) ? undefined : key) });
    }
  }
}
