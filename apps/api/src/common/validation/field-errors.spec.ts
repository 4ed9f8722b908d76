import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { CreateMeetingDto } from '../../meetings/meeting.dto';
import { toFieldErrors } from './field-errors';

describe('toFieldErrors', () => {
  it('flattens nested errors into dotted fields with Chinese messages', async () => {
    const dto = plainToInstance(CreateMeetingDto, {
      orgId: 1,
      category: 'branch_assembly',
      topic: '主题',
      date: '2021-02-29',
      format: 'video',
      expectedCount: 3,
      attendedCount: 4,
      attendance: [{ memberId: 1, status: 'present' }, { memberId: 'x', status: 'gone' }],
    });
    const errors = toFieldErrors(await validate(dto));
    expect(errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual(
      ['attendance.1.memberId:isInt', 'attendance.1.memberId:min', 'attendance.1.status:isIn', 'attendedCount:notGreaterThan', 'date:isCalendarDate'].sort(),
    );
    for (const error of errors) expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
