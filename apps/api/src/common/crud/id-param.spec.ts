import { DomainError } from '../errors/domain-error';
import { parseId } from './id-param';

describe('parseId', () => {
  it.each([['1', 1], ['42', 42], ['2147483647', 2147483647]])('reads %s', (raw, id) => {
    expect(parseId(raw)).toBe(id);
  });

  it.each(['0', '01', '1e0', '0x1', ' 1', '1 ', '%201', '+1', '-1', '1.0', '2147483648', '99999999999', '', 'abc'])('refuses %j', (raw) => {
    expect(() => parseId(raw)).toThrow(DomainError);
  });
});
