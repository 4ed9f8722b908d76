import { maskPhone } from './members.service';

describe('maskPhone', () => {
  it('hides the middle of a number', () => {
    expect(maskPhone('13912345678')).toBe('139****5678');
    expect(maskPhone('12345')).toBe('****');
    expect(maskPhone(null)).toBeNull();
  });
});
