import { IsInt, IsString, validateSync } from 'class-validator';
import { cacheValidationMetadata } from './metadata-cache';

describe('cacheValidationMetadata', () => {
  beforeAll(() => cacheValidationMetadata());

  it('checks an object by its class and its parents, as without the cache, twice over', () => {
    class Parent {
      @IsString()
      name: unknown = 1;
    }
    class Child extends Parent {
      @IsInt()
      count: unknown = 'x';
    }
    for (let i = 0; i < 2; i++) {
      expect(validateSync(new Parent()).map((e) => e.property)).toEqual(['name']);
      expect(validateSync(new Child()).map((e) => e.property).sort()).toEqual(['count', 'name']);
    }
  });

  it('sees a rule registered after the class was first checked', () => {
    class Later {
      @IsString()
      title: unknown = 2;
      count: unknown = 'x';
    }
    expect(validateSync(new Later()).map((e) => e.property)).toEqual(['title']);
    IsInt()(Later.prototype, 'count');
    expect(validateSync(new Later()).map((e) => e.property).sort()).toEqual(['count', 'title']);
  });
});
