import { ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import { validationExceptionFactory } from './field-errors';

/** One set of validation rules for every body and query in the API. */
export const VALIDATION_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  exceptionFactory: validationExceptionFactory,
  validationError: { target: false, value: false },
};

/** Validates a body against a class the route cannot name in its signature (generic controllers). */
export function validate(expectedType: new () => object): ValidationPipe {
  return new ValidationPipe({ ...VALIDATION_OPTIONS, expectedType });
}
