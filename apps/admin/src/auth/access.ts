import { can, type Action, type Me, type Resource } from '@wb/contracts';

/** react-admin's access actions in terms of ours; anything unlisted is denied. */
const ACTION_OF: Readonly<Record<string, Action>> = {
  list: 'read',
  show: 'read',
  read: 'read',
  export: 'read',
  create: 'write',
  edit: 'write',
  delete: 'write',
  clone: 'write',
  write: 'write',
  restore: 'restore',
};

export function toAction(raAction: string): Action | undefined {
  return ACTION_OF[raAction];
}

/**
 * Whether the signed-in user may perform a react-admin action on a resource. The server's
 * permission map wins; a resource it does not mention falls back to the shared policy.
 * `resource` may be `users.role` style (field-level checks): the part before the dot counts.
 */
export function allows(me: Pick<Me, 'user' | 'permissions'> | null, resource: string, raAction: string): boolean {
  const action = toAction(raAction);
  if (!me || !action) return false;
  const name = resource.split('.')[0] as Resource;
  const granted = me.permissions?.[name];
  return granted ? granted.includes(action) : can(me.user.role, name, action);
}
