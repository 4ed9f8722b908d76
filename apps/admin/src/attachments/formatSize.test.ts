import { describe, expect, it } from 'vitest';
import { formatSize } from './formatSize';

describe('file sizes', () => {
  it('reads in B, KB and MB', () => {
    expect([formatSize(900), formatSize(1536), formatSize(2621440)]).toEqual(['900 B', '1.5 KB', '2.5 MB']);
  });
});
