import { SetMetadata } from '@nestjs/common';
import { Action, Resource } from '@wb/contracts';

export const ACCESS_KEY = 'wb:access';

/**
 * Every route declares who may call it; the AuthGuard refuses a route that declares nothing,
 * so a route added without a policy fails closed (and fails the role × route test).
 */
export type AccessPolicy = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'permission'; resource: Resource; action: Action };

/** No token needed (login, refresh with its own token, health). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessPolicy);

/** Any signed-in user (their own profile, logout). */
export const Authenticated = () => SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessPolicy);

/** The role must hold `action` on `resource` (contracts' PERMISSIONS). */
export const RequirePermission = (resource: Resource, action: Action) =>
  SetMetadata(ACCESS_KEY, { kind: 'permission', resource, action } satisfies AccessPolicy);
