import { ValidateIf } from 'class-validator';

/**
 * A field that may be left out (unchanged, or the column's default) but not sent as null: its
 * column has no null. `IsOptional` would let null through to the database (a 500); with this the
 * field's own checks refuse it, with the field named.
 */
export function OptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
