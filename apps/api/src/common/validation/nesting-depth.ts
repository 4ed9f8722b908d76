import { DomainError } from '../errors/domain-error';

/** No body or query of the API nests deeper than this (a meeting's attendance rows are 3 deep). */
export const MAX_NESTING_DEPTH = 16;

/**
 * Refuses a value nested deeper than MAX_NESTING_DEPTH with a 400 naming where. Checked without
 * recursion before class-transformer and class-validator walk the value recursively: a body of
 * a hundred thousand `[` fits in 1 MB and would run them out of stack (a 500).
 */
export function assertNotTooDeep(value: unknown, root = 'body'): void {
  const pending: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  while (pending.length) {
    const { value: current, depth, path } = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_NESTING_DEPTH) {
      // The top-level field it is under; a bare array or scalar is the body (or query) itself.
      const top = path.split('.')[1];
      const field = Array.isArray(value) || !top ? root : top;
      throw DomainError.validation([{ field, code: 'too_deep', message: `嵌套层级过深（最多 ${MAX_NESTING_DEPTH} 层）` }]);
    }
    for (const [key, child] of Object.entries(current)) pending.push({ value: child, depth: depth + 1, path: `${path}.${key}` });
  }
}
