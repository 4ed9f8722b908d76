import { isCalendarDate, labelledEnum, MeetingCategory, THREE_MEETINGS_ONE_LECTURE } from './index';

describe('isCalendarDate', () => {
  it.each(['2021-01-01', '2020-02-29', '2021-12-31'])('accepts %s', (value) => expect(isCalendarDate(value)).toBe(true));
  it.each(['2021-02-29', '2021-13-01', '2021-04-31', '2021-1-1', '20210101', '2021-01-01T00:00:00Z', '', null, 20210101])(
    'rejects %p',
    (value) => expect(isCalendarDate(value)).toBe(false),
  );
});

describe('labelledEnum', () => {
  const Colour = labelledEnum({ red: { zh: '红', en: 'Red' }, blue: { zh: '蓝', en: 'Blue' } });

  it('lists values in declaration order and labels them in both languages', () => {
    expect(Colour.values).toEqual(['red', 'blue']);
    expect(Colour.label('red')).toBe('红');
    expect(Colour.label('blue', 'en')).toBe('Blue');
    expect(Colour.has('red')).toBe(true);
    expect(Colour.has('green')).toBe(false);
  });

  it('keeps 三会一课 within the meeting categories', () => {
    for (const category of THREE_MEETINGS_ONE_LECTURE) expect(MeetingCategory.has(category)).toBe(true);
  });
});
