import { likePattern } from './list-reader';
import { Page } from './page';

describe('Page', () => {
  it('writes the Content-Range of a page, and of an empty one', () => {
    expect(new Page('meetings', [1, 2, 3], 10, 42).contentRange()).toBe('meetings 10-12/42');
    expect(new Page('meetings', [], 50, 42).contentRange()).toBe('meetings */42');
  });
});

describe('likePattern', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(likePattern('100%_!')).toBe('%100!%!_!!%');
  });
});
