import { ValidationError } from 'class-validator';
import { CreateMeetingDto } from '../../meetings/meeting.dto';
import { DomainError } from '../errors/domain-error';
import { toFieldErrors } from './field-errors';
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

const failed = (property: string, constraints: Record<string, string>) => Object.assign(new ValidationError(), { property, constraints, children: [] });

describe('toFieldErrors', () => {
  it('says a missing value is missing, once, not also that it is not text or too long', () => {
    expect(toFieldErrors([failed('topic', { isNotEmpty: '必填', isString: '必须是文本', maxLength: '不能超过 200 个字符' })])).toEqual([
      { field: 'topic', code: 'isNotEmpty', message: '必填' },
    ]);
  });

  it('keeps every reason of a value that is there but wrong', () => {
    expect(toFieldErrors([failed('topic', { isString: '必须是文本', maxLength: '不能超过 200 个字符' })]).map((error) => error.code)).toEqual(['isString', 'maxLength']);
  });
});
