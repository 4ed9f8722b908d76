import { describe, expect, it } from 'vitest';
import { orgTreeOptions, subtreeIds } from './orgTree';

const orgs = [
  { id: 5, name: '理事会', parentId: 3 },
  { id: 1, name: '党委', parentId: null },
  { id: 3, name: '学会', parentId: 1 },
  { id: 2, name: '党支部', parentId: 1 },
  { id: 4, name: '第一党小组', parentId: 2 },
  { id: 9, name: '外部组织', parentId: 42 },
];

describe('orgTreeOptions', () => {
  it('orders depth-first, siblings by id, and indents with ideographic spaces', () => {
    expect(orgTreeOptions(orgs).map((option) => option.label)).toEqual([
      '党委',
      '\u3000党支部',
      '\u3000\u3000第一党小组',
      '\u3000学会',
      '\u3000\u3000理事会',
      '外部组织',
    ]);
  });

  it('reports depth and keeps the plain name', () => {
    const council = orgTreeOptions(orgs).find((option) => option.id === 5);
    expect(council).toMatchObject({ name: '理事会', depth: 2 });
  });

  it('survives a parent cycle', () => {
    const cyclic = [
      { id: 1, name: 'A', parentId: 2 },
      { id: 2, name: 'B', parentId: 1 },
    ];
    expect(orgTreeOptions(cyclic)).toEqual([]);
  });
});

describe('subtreeIds', () => {
  it('collects an org and its descendants', () => {
    expect([...subtreeIds(orgs, 1)].sort()).toEqual([1, 2, 3, 4, 5]);
    expect([...subtreeIds(orgs, 3)].sort()).toEqual([3, 5]);
  });
});
