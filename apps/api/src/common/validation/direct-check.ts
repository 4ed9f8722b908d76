import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import type { ConstraintMetadata } from 'class-validator/types/metadata/ConstraintMetadata';
import { TransformationType } from 'class-transformer';
import type { MetadataStorage as TransformerStorage } from 'class-transformer/types/MetadataStorage';

// where class-transformer keeps its rules: the package gives it only by this path
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: TransformerStorage };

/**
 * A body class's field rules run straight on a plain body, for the common case: a valid body of
 * plain values. class-validator builds an error object per field, groups the rules anew and goes
 * through promises for every body; at a 10,000-row import that machinery cost more than the rules.
 *
 * This only ever answers "certainly valid" (the body as an instance of the class, as class-transformer
 * would make it) or "not sure" (undefined): anything it does not handle — a field with
 * class-transformer rules, a nested object, an async rule, a rule that fails — goes to the
 * ValidationPipe, which decides and words the errors. It assumes the pipe's options here
 * (whitelist, forbidNonWhitelisted, no groups, nothing skipped); a test holds the two to the same
 * answers for every body class.
 */
export function directlyValidated<T extends object>(metatype: new () => T, body: unknown): T | undefined {
  if (!isPlainBody(body)) return undefined;
  const plan = planOf(metatype);
  if (!plan) return undefined;
  for (const key of Object.keys(body)) {
    const field = plan.fields.get(key);
    // a field without rules is refused (whitelist); class-transformer would make something else of the rest
    if (!field || field.transformed || !isPlainValue(body[key])) return undefined;
  }
  // what class-transformer makes of such a body, and what class-validator then checks
  const instance: Record<string, unknown> = Object.assign(new metatype(), body);
  // the class's own initial values are checked too
  for (const key of Object.keys(instance)) if (!plan.fields.has(key)) return undefined;
  for (const field of plan.fields.values()) if (!passes(field, instance, plan.targetName)) return undefined;
  return instance as T;
}

interface FieldPlan {
  name: string;
  /** IsOptional, ValidateIf: the field is checked only when every one of them says so. */
  conditions: ValidationMetadata[];
  /** IsDefined first, then the rest, in class-validator's order. */
  rules: { metadata: ValidationMetadata; constraints: ConstraintMetadata[] }[];
  /** ValidateNested or a promise: only an absent value is decided here. */
  nested: boolean;
  /** Has class-transformer rules (@Type, @Transform, @Expose, @Exclude): left to the pipe when present. */
  transformed: boolean;
}

interface ClassPlan {
  /** The class's name, as class-validator gives it to a rule (Function.name is slow to read). */
  targetName: string;
  fields: Map<string, FieldPlan>;
}

type Storage = {
  getTargetValidationMetadatas(target: Function, schema: string | undefined, always: boolean, strictGroups: boolean, groups?: string[]): ValidationMetadata[];
  groupByPropertyName(metadata: ValidationMetadata[]): Record<string, ValidationMetadata[]>;
  getTargetValidatorConstraints(target: Function): ConstraintMetadata[];
};

/** Plans by the rule list they were made from: a newly registered rule makes a new list (see metadata-cache). */
const plans = new WeakMap<ValidationMetadata[], ClassPlan | null>();

function planOf(metatype: Function): ClassPlan | null {
  const storage = getMetadataStorage() as unknown as Storage;
  // the lookup class-validator makes for a body with these options
  const metadatas = storage.getTargetValidationMetadatas(metatype, undefined, false, false, undefined);
  let plan = plans.get(metadatas);
  if (plan === undefined) plans.set(metadatas, (plan = makePlan(metatype, metadatas, storage)));
  return plan;
}

const HANDLED = new Set<string>([ValidationTypes.CONDITIONAL_VALIDATION, ValidationTypes.CUSTOM_VALIDATION, ValidationTypes.IS_DEFINED, ValidationTypes.WHITELIST, ValidationTypes.NESTED_VALIDATION, ValidationTypes.PROMISE_VALIDATION]);

function makePlan(metatype: Function, metadatas: ValidationMetadata[], storage: Storage): ClassPlan | null {
  // no rules at all is class-validator's "unknown value"; a class-level strategy changes every key
  if (metadatas.length === 0 || defaultMetadataStorage.getStrategy(metatype) !== 'none') return null;
  const fields = new Map<string, FieldPlan>();
  for (const [name, ofField] of Object.entries(storage.groupByPropertyName(metadatas))) {
    if (ofField.some((m) => !HANDLED.has(m.type) || m.groups?.length || m.always)) return null;
    const checked = (type: string) =>
      ofField.filter((m) => m.type === type).map((metadata) => ({ metadata, constraints: storage.getTargetValidatorConstraints(metadata.constraintCls) }));
    const rules = [...checked(ValidationTypes.IS_DEFINED), ...checked(ValidationTypes.CUSTOM_VALIDATION)];
    if (rules.some((rule) => rule.constraints.some((constraint) => constraint.async))) return null;
    fields.set(name, {
      name,
      conditions: ofField.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION),
      rules,
      nested: ofField.some((m) => m.type === ValidationTypes.NESTED_VALIDATION || m.type === ValidationTypes.PROMISE_VALIDATION),
      transformed:
        !!defaultMetadataStorage.findTypeMetadata(metatype, name) ||
        defaultMetadataStorage.findTransformMetadatas(metatype, name, TransformationType.PLAIN_TO_CLASS).length > 0 ||
        !!defaultMetadataStorage.findExposeMetadata(metatype, name) ||
        !!defaultMetadataStorage.findExcludeMetadata(metatype, name),
    });
  }
  return { targetName: metatype.name, fields };
}

function passes(field: FieldPlan, object: Record<string, unknown>, targetName: string): boolean {
  const value = object[field.name];
  for (const condition of field.conditions) if (!(condition.constraints[0] as (o: object, v: unknown) => boolean)(object, value)) return true;
  // a nested value (or a promise) is the pipe's to check; an absent one class-validator skips
  if (field.nested && value !== undefined) return false;
  for (const { metadata, constraints } of field.rules) {
    if (metadata.validateIf && !metadata.validateIf(object, value)) continue;
    const args = { targetName, property: field.name, object, value, constraints: metadata.constraints };
    for (const { instance } of constraints) {
      if (!(metadata.each && Array.isArray(value))) {
        if (instance.validate(value, args) !== true) return false;
      } else if (!value.every((item) => instance.validate(item, args) === true)) return false;
    }
  }
  return true;
}

const isPrimitive = (value: unknown) => value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** A plain object (not an array or a class instance; a query string's object counts), keys not inherited-looking. */
function isPlainBody(body: unknown): body is Record<string, unknown> {
  if (typeof body !== 'object' || body === null) return false;
  // a JSON body's object, or a query string's: Fastify's parser makes those inherit from an empty
  // object without a prototype
  const prototype = Object.getPrototypeOf(body);
  const inheritsNothing = prototype === Object.prototype || prototype === null || (Object.getPrototypeOf(prototype) === null && Reflect.ownKeys(prototype).length === 0);
  return inheritsNothing && !Object.prototype.hasOwnProperty.call(body, '__proto__');
}

/** A value class-transformer keeps as it is: a primitive, or a dense array of primitives. */
function isPlainValue(value: unknown): boolean {
  if (isPrimitive(value)) return true;
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return false;
  for (let i = 0; i < value.length; i++) if (!(i in value) || !isPrimitive(value[i])) return false;
  return true;
}
