import { CreateMeetingDto } from '../../meetings/meeting.dto';
import { DomainError } from '../errors/domain-error';
import { RecordValidationPipe, VALIDATION_OPTIONS } from './validation-options';

describe('the validation pipe', () => {
  const pipe = new RecordValidationPipe(VALIDATION_OPTIONS);
  const check = (body: object) => pipe.transform(body, { type: 'body', metatype: CreateMeetingDto }).then(() => [], (error: DomainError) => error.errors);

  it('flattens nested errors into dotted fields, adds broken record rules, all in Chinese', async () => {
    const errors = await check({
      orgId: 1,
      category: 'branch_assembly',
      topic: '主题',
      date: '2021-02-29',
      format: 'video',
      expectedCount: 3,
      attendedCount: 4,
      attendance: [{ memberId: 1, status: 'present' }, { memberId: 'x', status: 'gone' }],
    });
    expect(errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual(
      ['attendance.1.memberId:isInt', 'attendance.1.memberId:min', 'attendance.1.status:isIn', 'attendedCount:notGreaterThan', 'date:isCalendarDate'].sort(),
    );
    for (const error of errors) expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
