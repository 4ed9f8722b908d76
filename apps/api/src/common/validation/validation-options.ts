import { ArgumentMetadata, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import { ValidationError, ValidatorOptions } from 'class-validator';
import { brokenRules, RecordRule } from '@wb/contracts';
import { DomainError } from '../errors/domain-error';
import { validationExceptionFactory } from './field-errors';
import { cacheValidationMetadata } from './metadata-cache';
import { directlyValidated } from './direct-check';
import { assertNotTooDeep } from './nesting-depth';
import { assertWellFormedText } from './well-formed-text';

/** One set of validation rules for every body and query in the API. */
export const VALIDATION_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  exceptionFactory: validationExceptionFactory,
  validationError: { target: false, value: false },
};

// every body the API validates goes through this module: its rule lookups are cached from here on
cacheValidationMetadata();

const RULES = Symbol('wb:record-rules');

/**
 * The record's cross-field rules from libs/contracts (the admin checks the same ones). They are
 * checked with the fields, after them, each broken rule a field error with the rule's code and
 * Chinese message — also on an optional field left empty (a completed deed without its date).
 */
export function FollowsRules<T>(rules: readonly RecordRule<T>[]): ClassDecorator {
  return (target) => Reflect.defineMetadata(RULES, rules, target);
}

/** The record rules of a body's class. */
const rulesOf = (body: object): readonly RecordRule<object>[] => Reflect.getMetadata(RULES, body.constructor) ?? [];

/** The ValidationPipe with each body's record rules added to its field checks, so one 400 lists every problem. */
export class RecordValidationPipe extends ValidationPipe {
  async transform(value: unknown, metadata: ArgumentMetadata): ReturnType<ValidationPipe['transform']> {
    // What the client sent (body, query, params); not what our own decorators made (the actor).
    if (metadata.type !== 'custom') {
      assertNotTooDeep(value, metadata.type);
      assertWellFormedText(value, metadata.type);
      // a valid plain body the quick way; anything else (and every error) the pipe's way
      const metatype = this.expectedType ?? metadata.metatype;
      if (metatype && this.checksDirectly()) {
        const body = directlyValidated(metatype as new () => object, value);
        if (body && brokenRules(rulesOf(body), body).length === 0) return body;
      }
    }
    return super.transform(value, metadata);
  }

  /** Whether these are the options directlyValidated assumes (VALIDATION_OPTIONS'). */
  private checksDirectly(): boolean {
    const options = this.validatorOptions;
    return (
      this.isTransformEnabled &&
      !!options.whitelist &&
      !!options.forbidNonWhitelisted &&
      !options.groups &&
      !options.always &&
      !options.skipMissingProperties &&
      !options.skipNullProperties &&
      !options.skipUndefinedProperties &&
      !this.transformOptions?.enableImplicitConversion &&
      !this.transformOptions?.excludeExtraneousValues
    );
  }

  protected async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    const errors = await super.validate(object, options);
    const broken = brokenRules(rulesOf(object), object).map((rule) =>
      Object.assign(new ValidationError(), { property: rule.field, constraints: { [rule.code]: rule.message.zh }, children: [] }),
    );
    return [...errors, ...broken];
  }
}

/**
 * The body's record rules checked on the record as it will be stored — a PUT that leaves a field
 * out keeps its stored value, which the pipe, seeing the body alone, cannot check against.
 */
export function checkRecordRules(body: object, record: object): void {
  const broken = brokenRules(rulesOf(body), record);
  if (broken.length) throw DomainError.validation(broken.map((rule) => ({ field: rule.field, code: rule.code, message: rule.message.zh })));
}

/** Validates a body against a class the route cannot name in its signature (generic controllers). */
export function validate(expectedType: new () => object): ValidationPipe {
  return new RecordValidationPipe({ ...VALIDATION_OPTIONS, expectedType });
}
