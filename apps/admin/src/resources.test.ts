import { describe, expect, it } from 'vitest';
import { RESOURCES } from './resources';

describe('resources', () => {
  // The pages each resource declares are those its module exports: a page missing from `pages`
  // would never be routed, one listed but not exported would fail when opened.
  it.each(RESOURCES.map((entry) => [entry.name, entry] as const))('%s declares the pages its module exports', async (_, entry) => {
    const { default: pages } = await entry.load();
    const exported = Object.entries(pages)
      .filter(([, component]) => typeof component === 'function')
      .map(([page]) => page);
    expect(exported.sort()).toEqual([...entry.pages].sort());
    expect(Object.keys(pages).sort()).toEqual([...entry.pages].sort());
  }, 60_000); // the first one compiles react-admin's inputs
});
