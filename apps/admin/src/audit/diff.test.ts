import { describe, expect, it } from 'vitest';
import { diffRows, formatValue, type FormatContext } from './diff';

const context: FormatContext = { locale: 'zh', yes: '是', no: '否', orgName: (id) => ({ 2: '学会党支部' })[id] };

describe('diffRows', () => {
  it('lists only the fields an update changed, without bookkeeping columns', () => {
    const before = { id: 1, topic: '学习', attendedCount: 8, minutes: null, version: 1, updatedAt: 'a' };
    const after = { id: 1, topic: '学习', attendedCount: 9, minutes: '', version: 2, updatedAt: 'b' };
    expect(diffRows({ before, after })).toEqual([{ field: 'attendedCount', before: 8, after: 9 }]);
  });

  it('lists every filled field of a create or a delete', () => {
    expect(diffRows({ before: null, after: { id: 3, topic: '党课', host: null } })).toEqual([
      { field: 'topic', before: undefined, after: '党课' },
    ]);
    expect(diffRows({ before: { topic: '党课', version: 4 }, after: null })).toEqual([
      { field: 'topic', before: '党课', after: undefined },
    ]);
  });

  it('compares child lists by value', () => {
    const rows = [{ memberId: 1, status: 'present' }];
    expect(diffRows({ before: { attendance: rows }, after: { attendance: [...rows] } })).toEqual([]);
    expect(diffRows({ before: { attendance: rows }, after: { attendance: [] } })).toHaveLength(1);
  });
});

describe('formatValue', () => {
  it('labels enums in the UI language, arrays of them joined', () => {
    expect(formatValue('meetings', 'category', 'party_lecture', context)).toBe('党课');
    expect(formatValue('meetings', 'category', 'party_lecture', { ...context, locale: 'en' })).toBe('Party lecture');
    expect(formatValue('members', 'societyRoles', ['director', 'supervisor'], context)).toBe('理事、监事');
    expect(formatValue('users', 'role', 'secretary', context)).toBe('支部书记');
  });

  it('names orgs, says yes/no, and dashes empty values', () => {
    expect(formatValue('users', 'orgId', 2, context)).toBe('学会党支部');
    expect(formatValue('users', 'orgId', 99, context)).toBe('99');
    expect(formatValue('users', 'disabled', true, context)).toBe('是');
    expect(formatValue('meetings', 'minutes', null, context)).toBe('—');
    expect(formatValue('meetings', 'attendance', [], context)).toBe('—');
  });

  it('writes child rows without their ids, with labelled enums', () => {
    const attendance = [
      { id: 5, memberId: 7, status: 'present', reason: null },
      { id: 6, memberId: 8, status: 'leave', reason: '出差' },
    ];
    expect(formatValue('meetings', 'attendance', attendance, context)).toBe('7 出席；8 请假 出差');
  });
});
