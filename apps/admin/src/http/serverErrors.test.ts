import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import { convertHttpError, STALE_VERSION_MESSAGE, toFormErrors } from './serverErrors';

const fieldError = (field: string, message: string) => ({ field, code: 'VALIDATION', message });

describe('toFormErrors', () => {
  it('keeps top-level fields flat', () => {
    expect(toFormErrors([fieldError('topic', '主题不能为空'), fieldError('date', '日期无效')])).toEqual({
      topic: '主题不能为空',
      date: '日期无效',
    });
  });

  it('nests array paths into arrays of objects', () => {
    const result = toFormErrors([
      fieldError('attendance.0.memberId', '人员不存在'),
      fieldError('attendance.2.status', '状态无效'),
    ]);
    expect(Array.isArray(result.attendance)).toBe(true);
    const attendance = result.attendance as Record<string, string>[];
    expect(attendance[0]).toEqual({ memberId: '人员不存在' });
    expect(attendance[1]).toBeUndefined();
    expect(attendance[2]).toEqual({ status: '状态无效' });
  });

  it('nests object paths into objects', () => {
    expect(toFormErrors([fieldError('address.city', '必填')])).toEqual({ address: { city: '必填' } });
  });

  it('keeps the first message and ignores colliding or empty paths', () => {
    expect(
      toFormErrors([
        fieldError('attendance', '出席名单无效'),
        fieldError('attendance.0.memberId', '人员不存在'),
        fieldError('topic', '第一条'),
        fieldError('topic', '第二条'),
        fieldError('', '整体错误'),
      ]),
    ).toEqual({ attendance: '出席名单无效', topic: '第一条' });
  });
});

describe('convertHttpError', () => {
  it('puts field errors in body.errors in the react-admin shape', () => {
    const body = {
      statusCode: 400,
      error: 'Bad Request',
      message: '输入有误',
      errors: [fieldError('attendedCount', '出席人数不能大于应到人数'), fieldError('attendance.1.memberId', '人员不存在')],
    };
    const converted = convertHttpError(new HttpError('输入有误', 400, body)) as HttpError;
    expect(converted).toBeInstanceOf(HttpError);
    expect(converted.status).toBe(400);
    expect(converted.message).toBe('输入有误');
    expect(converted.body.errors.attendedCount).toBe('出席人数不能大于应到人数');
    expect(converted.body.errors.attendance[1]).toEqual({ memberId: '人员不存在' });
  });

  it('drops body.errors when there is no field error, so a notification shows the message', () => {
    const body = { statusCode: 400, error: 'Bad Request', message: '排序字段无效', errors: [] };
    const converted = convertHttpError(new HttpError('排序字段无效', 400, body)) as HttpError;
    expect(converted.body.errors).toBeUndefined();
    expect(converted.message).toBe('排序字段无效');
  });

  it('turns a stale version\'s 409 into the "modified by someone else" notification', () => {
    const body = { statusCode: 409, error: 'Conflict', message: 'stale', errors: [{ field: 'version', code: 'stale', message: '版本过期' }] };
    const converted = convertHttpError(new HttpError('stale', 409, body)) as HttpError;
    expect(converted.status).toBe(409);
    expect(converted.message).toBe(STALE_VERSION_MESSAGE);
    expect(converted.body.errors).toBeUndefined();
  });

  it('keeps a duplicate\'s 409 as what it is: its message, and its field error next to the field', () => {
    const message = '2021 年已有第一作者为“马骏”的同名论文（编号 7）';
    const body = { statusCode: 409, error: 'Conflict', message, errors: [{ field: 'title', code: 'duplicate', message }] };
    const converted = convertHttpError(new HttpError(message, 409, body)) as HttpError;
    expect(converted.message).toBe(message);
    expect(converted.body.errors).toEqual({ title: message });
    const inUse = convertHttpError(new HttpError('还有 2 项办实事来自这次调研，不能删除', 409, { statusCode: 409, errors: [] })) as HttpError;
    expect(inUse.message).toBe('还有 2 项办实事来自这次调研，不能删除');
  });

  it('passes through errors it does not know', () => {
    const plain = new Error('network down');
    expect(convertHttpError(plain)).toBe(plain);
    const noBody = new HttpError('Internal Server Error', 500, 'oops');
    expect(convertHttpError(noBody)).toBe(noBody);
  });
});
