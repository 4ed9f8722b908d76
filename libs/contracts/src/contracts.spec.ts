import { can, isCalendarDate, labelledEnum, maskPhone, MeetingCategory, permissionsOf, PHONE_PATTERN, redactPrivate, Role, THREE_MEETINGS_ONE_LECTURE } from './index';

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

describe('the access policy', () => {
  // Written out by hand from the role descriptions, so a slip in the PERMISSIONS table fails here.
  const writers = (resource: Parameters<typeof can>[1]) => Role.values.filter((role) => can(role, resource, 'write'));

  it('lets secretaries write party work, and staff society work too', () => {
    for (const resource of ['meetings', 'members', 'recruitments', 'development-records', 'research-trips', 'deeds', 'volunteer-services'] as const) {
      expect([resource, writers(resource)]).toEqual([resource, ['admin', 'secretary']]);
    }
    for (const resource of ['papers', 'outreach-activities', 'journal-posts', 'writer-contacts'] as const) {
      expect([resource, writers(resource)]).toEqual([resource, ['admin', 'secretary', 'staff']]);
    }
  });

  it('keeps users, the org tree and restores to admins, and the audit log to admins and leaders', () => {
    expect(writers('orgs')).toEqual(['admin']);
    expect(Role.values.filter((role) => can(role, 'users', 'read'))).toEqual(['admin']);
    expect(Role.values.filter((role) => can(role, 'audit-logs', 'read'))).toEqual(['admin', 'leader']);
    expect(Role.values.filter((role) => can(role, 'meetings', 'restore'))).toEqual(['admin']);
  });

  it('gives leaders read-only access to every record, and the year-end report to draft and finalise', () => {
    const writes = Object.entries(permissionsOf('leader')).filter(([, actions]) => actions.includes('write')).map(([resource]) => resource);
    expect(writes.sort()).toEqual(['report-snapshots', 'reports']);
    expect(permissionsOf('leader').meetings).toEqual(['read']);
  });
});

describe('personal fields', () => {
  it('masks the middle of a phone number', () => {
    expect(maskPhone('13912345678')).toBe('139****5678');
    expect(maskPhone('12345')).toBe('****');
    expect(maskPhone(null)).toBeNull();
  });

  it('shows them to admins and secretaries on a record, to nobody in a list', () => {
    const member = { name: '刘泽', phone: '13912345678' };
    expect(redactPrivate('members', member, 'admin')).toEqual(member);
    expect(redactPrivate('members', member, 'secretary')).toEqual(member);
    expect(redactPrivate('members', member, 'leader').phone).toBe('139****5678');
    expect(redactPrivate('members', member, 'staff').phone).toBe('139****5678');
    expect(redactPrivate('members', member, 'admin', true).phone).toBe('139****5678');
    expect(redactPrivate('meetings', { topic: 'x', phone: '13912345678' }, 'leader').phone).toBe('13912345678');
  });

  it('accepts phone numbers, not their masked form', () => {
    expect(PHONE_PATTERN.test('139 1234 5678')).toBe(true);
    expect(PHONE_PATTERN.test('+86 (21) 6123-4567')).toBe(true);
    expect(PHONE_PATTERN.test('139****5678')).toBe(false);
  });
});

describe('attendance of meetings', () => {
  it('fills Party meetings with Party members and the society\'s meetings with everyone', async () => {
    const { attendeeStatuses } = await import('./index');
    expect(attendeeStatuses('theme_day')).toEqual(['full', 'probationary']);
    expect(attendeeStatuses('branch_assembly')).toEqual(['full', 'probationary']);
    expect(attendeeStatuses('council')).toBeNull();
    expect(attendeeStatuses(undefined)).toBeNull();
  });
});
