import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import zh from '../i18n/zh';
import { loginErrorMessage } from './loginError';

const translate = (key: string, options: Record<string, unknown> = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], zh) as string;
  return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name]));
};

describe('loginErrorMessage', () => {
  it('tells how long to wait when throttled', () => {
    expect(loginErrorMessage(new HttpError('Too Many Requests', 429, { retryAfter: 42 }), translate)).toBe('尝试次数过多，请 42 秒后再试');
    expect(loginErrorMessage(new HttpError('Too Many Requests', 429, {}), translate)).toBe('尝试次数过多，请 60 秒后再试');
  });

  it('says wrong credentials on 401 and something generic otherwise', () => {
    expect(loginErrorMessage(new HttpError('用户名或密码错误', 401, {}), translate)).toBe('用户名或密码错误');
    expect(loginErrorMessage(new TypeError('Failed to fetch'), translate)).toBe('登录失败，请稍后重试');
  });
});
