import { describe, expect, it } from 'vitest';
import { visibleGroups } from './menuGroups';

describe('visibleGroups', () => {
  it('keeps only registered resources and drops empty sections', () => {
    const groups = visibleGroups(['orgs', 'meetings', 'members']);
    expect(groups.map((group) => [group.label, group.resources])).toEqual([
      ['app.menu.party', ['meetings']],
      ['app.menu.basics', ['members', 'orgs']],
    ]);
  });

  it('puts unknown resources in a trailing untitled section', () => {
    expect(visibleGroups(['meetings', 'widgets']).at(-1)).toEqual({ label: '', resources: ['widgets'] });
  });
});
