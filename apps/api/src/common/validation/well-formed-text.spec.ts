import { DomainError } from '../errors/domain-error';
import { assertWellFormedText } from './well-formed-text';

const refusal = (value: unknown, root?: string) => {
  try {
    assertWellFormedText(value, root);
  } catch (error) {
    return error as DomainError;
  }
  return undefined;
};

describe('assertWellFormedText', () => {
  it('lets through any real text: Chinese, emoji (paired surrogates), control characters', () => {
    expect(refusal({ topic: '学习党史 😀𠜎', minutes: 'a\u0000b\r\n', attendance: [{ reason: '病假' }] })).toBeUndefined();
  });

  it('refuses half a surrogate pair, naming the top-level field it is under', () => {
    expect(refusal({ topic: 'ok', minutes: '学\udfdc习' })?.errors).toEqual([expect.objectContaining({ field: 'minutes', code: 'invalid_text' })]);
    expect(refusal({ attendance: [{ reason: 'x\ud800' }] })?.errors[0].field).toBe('attendance');
    expect(refusal(['\udc00'], 'body')?.errors[0].field).toBe('body');
    expect(refusal({ ['\ud83d']: 1 }, 'query')?.errors[0].field).toBe('query');
  });
});
