import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateNested,
} from 'class-validator';
import { isCalendarDate, LabelledEnum } from '@wb/contracts';

/**
 * Field decorators for DTOs: validation with zh-CN messages plus the OpenAPI description, so a
 * DTO property is one line and every resource words its errors the same way.
 */

interface Presence {
  required?: boolean;
}

function presence(required: boolean | undefined) {
  return required ? IsNotEmpty({ message: '必填' }) : IsOptional();
}

export function TextField(options: Presence & { max: number; pattern?: RegExp; patternMessage?: string; description?: string }) {
  const decorators = [presence(options.required), IsString({ message: '必须是文本' }), MaxLength(options.max, { message: `不能超过 ${options.max} 个字符` })];
  if (options.pattern) decorators.push(Matches(options.pattern, { message: options.patternMessage ?? '格式不正确' }));
  decorators.push(
    ApiProperty({
      type: 'string',
      required: !!options.required,
      maxLength: options.max,
      pattern: options.pattern?.source,
      nullable: !options.required,
      description: options.description,
    }),
  );
  return applyDecorators(...decorators);
}

export function IntField(options: Presence & { min?: number; max?: number; description?: string }) {
  const decorators = [presence(options.required), IsInt({ message: '必须是整数' })];
  if (options.min !== undefined) decorators.push(Min(options.min, { message: `不能小于 ${options.min}` }));
  if (options.max !== undefined) decorators.push(Max(options.max, { message: `不能大于 ${options.max}` }));
  decorators.push(
    ApiProperty({
      required: !!options.required,
      type: 'integer',
      nullable: !options.required,
      minimum: options.min,
      maximum: options.max,
      description: options.description,
    }),
  );
  return applyDecorators(...decorators);
}

export function EnumField<V extends string>(labelled: LabelledEnum<V>, options: Presence & { description?: string } = {}) {
  return applyDecorators(
    presence(options.required),
    IsIn(labelled.values as V[], { message: `必须是以下之一：${labelled.values.map((v) => labelled.label(v)).join('、')}` }),
    ApiProperty({ type: 'string', required: !!options.required, nullable: !options.required, enum: labelled.values, description: options.description }),
  );
}

export function EnumArrayField<V extends string>(labelled: LabelledEnum<V>, options: { description?: string } = {}) {
  return applyDecorators(
    IsOptional(),
    IsArray({ message: '必须是列表' }),
    IsIn(labelled.values as V[], { each: true, message: '包含无效的选项' }),
    ApiProperty({ type: 'string', required: false, isArray: true, enum: labelled.values, description: options.description }),
  );
}

/** A calendar day `YYYY-MM-DD` that exists (2021-02-30 is rejected). */
export function DateField(options: Presence & { description?: string } = {}) {
  return applyDecorators(
    presence(options.required),
    IsCalendarDate(),
    ApiProperty({
      required: !!options.required,
      type: 'string',
      format: 'date',
      nullable: !options.required,
      example: '2021-03-26',
      description: options.description,
    }),
  );
}

/** A number with at most `decimals` decimal places (hours: 3.5). */
export function DecimalField(options: Presence & { min: number; max: number; decimals: number; description?: string }) {
  return applyDecorators(
    presence(options.required),
    IsNumber({ maxDecimalPlaces: options.decimals, allowNaN: false, allowInfinity: false }, { message: `必须是数字，最多 ${options.decimals} 位小数` }),
    Min(options.min, { message: `不能小于 ${options.min}` }),
    Max(options.max, { message: `不能大于 ${options.max}` }),
    ApiProperty({ type: 'number', required: !!options.required, nullable: !options.required, minimum: options.min, maximum: options.max, description: options.description }),
  );
}

/** A list of record ids (e.g. the members who took part), each named at most once. */
export function IdListField(options: { max: number; description?: string }) {
  return applyDecorators(
    IsOptional(),
    IsArray({ message: '必须是列表' }),
    ArrayMaxSize(options.max, { message: `最多 ${options.max} 项` }),
    ArrayUnique({ message: '不能重复' }),
    IsInt({ each: true, message: '编号必须是整数' }),
    Min(1, { each: true, message: '编号必须是正整数' }),
    ApiProperty({ type: 'integer', isArray: true, required: false, description: options.description }),
  );
}

export function NestedArrayField(itemType: () => new () => object, options: { max: number; description?: string }) {
  return applyDecorators(
    IsOptional(),
    IsArray({ message: '必须是列表' }),
    ArrayMaxSize(options.max, { message: `最多 ${options.max} 项` }),
    ValidateNested({ each: true }),
    Type(itemType),
    // `type: () => …` written here, so Swagger sees a lazy type (it recognises them by that name).
    ApiProperty({ required: false, type: () => itemType(), isArray: true, description: options.description }),
  );
}

export function IsCalendarDate(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '不是有效的日期（格式 YYYY-MM-DD）' },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}

/** The optimistic-lock version a PUT must carry. */
export function VersionField() {
  return applyDecorators(
    IsNotEmpty({ message: '缺少版本号，请刷新后重试' }),
    IsInt({ message: '必须是整数' }),
    Min(1, { message: '不能小于 1' }),
    ApiProperty({ type: 'integer', description: '读取时的版本号；已被他人修改时返回 409' }),
  );
}
