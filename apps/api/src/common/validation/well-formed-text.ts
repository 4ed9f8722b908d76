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
  const refuse = (field: string | undefined) => DomainError.validation([{ field: field ?? root, code: 'invalid_text', message: '包含无法识别的字符，请删除后重新输入' }]);
  if (typeof value === 'string' && unpaired(value)) throw refuse(undefined);
  // what holds text, with the top-level field it is under (undefined for the body itself and a bare array's items)
  const pending: { value: object; field: string | undefined }[] = value !== null && typeof value === 'object' ? [{ value, field: undefined }] : [];
  while (pending.length) {
    const { value: current, field } = pending.pop()!;
    for (const key of Object.keys(current)) {
      // A key counts too: an unknown field named with one is refused by name like any other.
      if (unpaired(key)) throw DomainError.validation([{ field: root, code: 'invalid_text', message: '字段名包含无法识别的字符' }]);
      const child: unknown = (current as Record<string, unknown>)[key];
      const under = field ?? (Array.isArray(current) ? undefined : key);
      if (typeof child === 'string') {
        if (unpaired(child)) throw refuse(under);
      } else if (child !== null && typeof child === 'object') pending.push({ value: child, field: under });
    }
  }
}
