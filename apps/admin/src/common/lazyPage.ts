import { lazy, type ComponentType } from 'react';

/**
 * A page whose code is fetched on its first visit (its own chunk), so the sign-in page and the
 * dashboard do not wait for it. Layout's <Suspense> shows react-admin's loader meanwhile.
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType<any>): ComponentType<any> {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}
