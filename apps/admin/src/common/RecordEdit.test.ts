import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

describe('edit pages', () => {
  it('all go through RecordEdit, so none can forget pessimistic mode', () => {
    const direct = sources(SRC)
      .filter((file) => !file.endsWith(join('common', 'RecordEdit.tsx')))
      .filter((file) => /<Edit[\s>]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(direct).toEqual([]);
    expect(readFileSync(join(SRC, 'common', 'RecordEdit.tsx'), 'utf8')).toMatch(/\{\.\.\.props\} mutationMode="pessimistic"/);
  });
});
