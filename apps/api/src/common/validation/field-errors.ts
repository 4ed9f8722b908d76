import { ValidationError } from 'class-validator';
import { FieldError } from '@wb/contracts';
import { DomainError } from '../errors/domain-error';

/** zh-CN messages for the constraints our decorators do not word themselves. */
const FALLBACK_MESSAGES: Record<string, string> = {
  whitelistValidation: '不允许提交此字段',
  isNotEmpty: '必填',
  isDefined: '必填',
  nestedValidation: '格式不正确',
  isObject: '必须是对象',
  isArray: '必须是列表',
};

/** Flattens class-validator's tree into `attendance.0.memberId`-style field errors. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = reasonsOf(error.constraints ?? {}).map(([code, message]) => ({
      field,
      code,
      message: hasChinese(message) ? message : FALLBACK_MESSAGES[code] ?? '取值无效',
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** A missing value is only missing: not also "must be text" and "too long" (an empty cell read three times over). */
function reasonsOf(constraints: Record<string, string>): [string, string][] {
  const all = Object.entries(constraints);
  const missing = all.filter(([code]) => code === 'isNotEmpty' || code === 'isDefined');
  return missing.length ? missing : all;
}

function hasChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}

/** The ValidationPipe's exceptionFactory: a 400 with every field reason. */
export function validationExceptionFactory(errors: ValidationError[]): DomainError {
  return DomainError.validation(toFieldErrors(errors));
}
