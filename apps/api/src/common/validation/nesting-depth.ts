import { DomainError } from '../errors/domain-error';

/** No body or query of the API nests deeper than this (a meeting's attendance rows are 3 deep). */
export const MAX_NESTING_DEPTH = 16;

/**
 * Refuses a value nested deeper than MAX_NESTING_DEPTH with a 400 naming where. Checked without
 * recursion before class-transformer and class-validator walk the value recursively: a body of
 * a hundred thousand `[` fits in 1 MB and would run them out of stack (a 500).
 */
export function assertNotTooDeep(value: unknown, root = 'body'): void {
  // `top`: the top-level field a value is under (undefined for the body itself and a bare array's items)
  const pending: { value: unknown; depth: number; top: string | undefined }[] = [{ value, depth: 0, top: undefined }];
  while (pending.length) {
    const { value: current, depth, top } = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_NESTING_DEPTH) {
      const field = Array.isArray(value) || !top ? root : top;
      throw DomainError.validation([{ field, code: 'too_deep', message: `嵌套层级过深（最多 ${MAX_NESTING_DEPTH} 层）` }]);
    }
    for (const key in current) {
      if (!Object.prototype.hasOwnProperty.call(current, key)) continue;
      const child: unknown = (current as Record<string, unknown>)[key];
      // only what can nest goes on the stack
      if (child !== null && typeof child === 'object') pending.push({ value: child, depth: depth + 1, top: depth === 0 ? key : top });
    }
  }
}
