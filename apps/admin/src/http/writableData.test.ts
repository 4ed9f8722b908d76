import { describe, expect, it } from 'vitest';
import { parentKeyOf, writableData } from './writableData';

describe('writableData', () => {
  it('drops server-owned columns but keeps version', () => {
    const record = { id: 7, topic: '学习', version: 3, createdAt: 'x', updatedAt: 'y', createdBy: 1, orgId: 2 };
    expect(writableData('meetings', record)).toEqual({ topic: '学习', version: 3, orgId: 2 });
  });

  it('drops per-resource server columns', () => {
    expect(writableData('orgs', { id: 1, name: '党委', path: '/1/', parentId: null, version: 1 })).toEqual({
      name: '党委',
      parentId: null,
      version: 1,
    });
  });

  it('cleans child rows of their id and parent key', () => {
    const data = { attendance: [{ id: 4, meetingId: 7, memberId: 9, status: 'present', reason: null }] };
    expect(writableData('meetings', data)).toEqual({ attendance: [{ memberId: 9, status: 'present', reason: null }] });
  });

  it('leaves arrays of scalars alone', () => {
    expect(writableData('members', { societyRoles: ['director'] })).toEqual({ societyRoles: ['director'] });
  });

  it('drops fields fixed at creation from an update only', () => {
    const user = { id: 2, username: 'li', displayName: '李', version: 1 };
    expect(writableData('users', user)).toEqual({ username: 'li', displayName: '李', version: 1 });
    expect(writableData('users', user, 'update')).toEqual({ displayName: '李', version: 1 });
  });

  it('derives the parent key from the resource name', () => {
    expect(parentKeyOf('meetings')).toBe('meetingId');
    expect(parentKeyOf('research-trips')).toBe('researchTripId');
  });
});
