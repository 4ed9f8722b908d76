import { describe, expect, it } from 'vitest';
import en from './en';
import zh from './zh';

/** Dotted keys of a nested message object, as polyglot sees them. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leavesOf(messages: object): string[] {
  return Object.values(messages).flatMap((value) =>
    typeof value === 'object' && value !== null ? leavesOf(value) : [value as string],
  );
}

describe('app messages', () => {
  it('zh has every key that en has, and no other', () => {
    const zhKeys = new Set(keysOf(zh));
    const enKeys = new Set(keysOf(en));
    expect([...enKeys].filter((key) => !zhKeys.has(key))).toEqual([]);
    expect([...zhKeys].filter((key) => !enKeys.has(key))).toEqual([]);
  });

  it('has no empty message', () => {
    for (const messages of [en, zh]) {
      expect(leavesOf(messages).filter((text) => typeof text !== 'string' || text.trim() === '')).toEqual([]);
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    // plural forms (`one |||| many`) repeat their variables; what matters is which ones
    const variables = (text: string) => [...new Set(text.match(/%\{\w+\}/g))].sort().join(',');
    const zhByKey = new Map(keysOf(zh).map((key, i) => [key, leavesOf(zh)[i]]));
    keysOf(en).forEach((key, i) => {
      expect(variables(zhByKey.get(key) ?? ''), key).toBe(variables(leavesOf(en)[i]));
    });
  });
});
