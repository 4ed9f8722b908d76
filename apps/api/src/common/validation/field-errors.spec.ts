import { ValidationError } from 'class-validator';
import { toFieldErrors } from './field-errors';

const failed = (property: string, constraints: Record<string, string>) => Object.assign(new ValidationError(), { property, constraints, children: [] });

describe('toFieldErrors', () => {
  it('says a missing value is missing, once, not also that it is not text or too long', () => {
    expect(toFieldErrors([failed('topic', { isNotEmpty: '必填', isString: '必须是文本', maxLength: '不能超过 200 个字符' })])).toEqual([
      { field: 'topic', code: 'isNotEmpty', message: '必填' },
    ]);
  });

  it('keeps every reason of a value that is there but wrong', () => {
    expect(toFieldErrors([failed('topic', { isString: '必须是文本', maxLength: '不能超过 200 个字符' })]).map((error) => error.code)).toEqual(['isString', 'maxLength']);
  });
});
