import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Role } from '@wb/contracts';
import { DomainError } from '../errors/domain-error';

/**
 * Which organisations' records a request may touch: every org, or the subtrees rooted at
 * `orgIds`. List, read and write queries all go through this one value.
 */
export type AccessScope = { kind: 'all' } | { kind: 'subtrees'; orgIds: number[] };

/** Who is acting: set on the request by the AuthGuard, read by services. */
export interface Actor {
  userId: number | null;
  name: string;
  role: Role;
  scope: AccessScope;
  /** The client's address, for the audit trail. */
  ip?: string | null;
  /** The org tree's version when the request began (read with the session): see `org-tree-cache.ts`. */
  orgTreeVersion?: number;
}

/** Start-up work (demo data, the administrator account) acts as the system. */
export const SYSTEM_ACTOR: Actor = Object.freeze({ userId: null, name: '系统', role: 'admin' as const, scope: { kind: 'all' as const } });

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<{ actor?: Actor }>();
  // The guard runs first on every non-public route; reaching here without an actor is a bug.
  if (!request.actor) throw DomainError.unauthenticated();
  return request.actor;
});
