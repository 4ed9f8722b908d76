import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/**
 * Which organisations' records a request may touch: every org, or the subtrees rooted at
 * `orgIds`. List, read and write queries all go through this one value.
 */
export type AccessScope = { kind: 'all' } | { kind: 'subtrees'; orgIds: number[] };

/** Who is acting. Authentication (a later guard) sets `request.actor`; services only read it. */
export interface Actor {
  userId: number | null;
  scope: AccessScope;
}

/** Until accounts exist every request acts with full scope; the auth guard replaces this. */
export const SYSTEM_ACTOR: Actor = Object.freeze({ userId: null, scope: { kind: 'all' as const } });

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<{ actor?: Actor }>();
  return request.actor ?? SYSTEM_ACTOR;
});
