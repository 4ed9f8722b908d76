import { describe, expect, it } from 'vitest';
import { can, permissionsOf, type Me, type Role } from '@wb/contracts';
import { allows, toAction } from './access';

const meOf = (role: Role): Pick<Me, 'user' | 'permissions'> => ({
  user: { id: 1, username: role, displayName: role, role, orgId: 1, disabled: false, createdAt: '', updatedAt: '', version: 1 },
  permissions: permissionsOf(role),
});

describe('toAction', () => {
  it('maps react-admin actions to read, write and restore', () => {
    expect(['list', 'show', 'export'].map(toAction)).toEqual(['read', 'read', 'read']);
    expect(['create', 'edit', 'delete'].map(toAction)).toEqual(['write', 'write', 'write']);
    expect(toAction('restore')).toBe('restore');
    expect(toAction('launch')).toBeUndefined();
  });
});

describe('allows', () => {
  it('lets a secretary write party work but not manage users or read the audit log', () => {
    const secretary = meOf('secretary');
    expect(allows(secretary, 'meetings', 'create')).toBe(true);
    expect(allows(secretary, 'orgs', 'list')).toBe(true);
    expect(allows(secretary, 'orgs', 'edit')).toBe(false);
    expect(allows(secretary, 'users', 'list')).toBe(false);
    expect(allows(secretary, 'audit-logs', 'list')).toBe(false);
    expect(allows(secretary, 'meetings', 'restore')).toBe(false);
  });

  it('keeps staff out of party-work writes and leaders out of every write', () => {
    expect(allows(meOf('staff'), 'meetings', 'list')).toBe(true);
    expect(allows(meOf('staff'), 'meetings', 'create')).toBe(false);
    expect(allows(meOf('staff'), 'papers', 'create')).toBe(can('staff', 'papers', 'write'));
    const leader = meOf('leader');
    for (const resource of ['meetings', 'members', 'orgs', 'papers']) {
      expect(allows(leader, resource, 'show')).toBe(true);
      expect(['create', 'edit', 'delete'].some((action) => allows(leader, resource, action))).toBe(false);
    }
    expect(allows(leader, 'audit-logs', 'list')).toBe(true);
    expect(allows(leader, 'audit-logs', 'export')).toBe(true);
  });

  it('gives admins everything except writes to the audit log', () => {
    const admin = meOf('admin');
    expect(allows(admin, 'users', 'create')).toBe(true);
    expect(allows(admin, 'members', 'restore')).toBe(true);
    expect(allows(admin, 'audit-logs', 'edit')).toBe(false);
  });

  it('trusts the server map, reads field-level resources by their resource, and denies unknowns', () => {
    const narrowed = { ...meOf('admin'), permissions: { ...permissionsOf('admin'), meetings: ['read' as const] } };
    expect(allows(narrowed, 'meetings', 'edit')).toBe(false);
    expect(allows(meOf('secretary'), 'meetings.topic', 'edit')).toBe(true);
    expect(allows(meOf('admin'), 'widgets', 'list')).toBe(false);
    expect(allows(meOf('admin'), 'meetings', 'launch')).toBe(false);
    expect(allows(null, 'meetings', 'list')).toBe(false);
  });
});
