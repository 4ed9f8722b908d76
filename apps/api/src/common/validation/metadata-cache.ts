import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Lookup = (target: Function, schema: string, always: boolean, strictGroups: boolean, groups?: string[]) => ValidationMetadata[];
type Storage = { getTargetValidationMetadatas: Lookup; addValidationMetadata(m: unknown): void; addConstraintMetadata(m: unknown): void };

let installed = false;

/**
 * class-validator looks up a class's rules anew for every object it validates, scanning every
 * class it knows for parents: at a 10,000-row import that scan was the largest single cost. The
 * rules of a class change only when a decorator registers one (as classes are defined), so the
 * answer is kept per class and options and dropped whenever a rule is registered. The cached
 * array is never changed by class-validator (it groups it into new objects).
 */
export function cacheValidationMetadata(): void {
  if (installed) return;
  installed = true;
  const storage = getMetadataStorage() as unknown as Storage;
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  let cache = new Map<Function, Map<string, ValidationMetadata[]>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const options = `${schema}|${always}|${strictGroups}|${groups?.join('\u0000') ?? ''}`;
    let ofTarget = cache.get(target);
    if (!ofTarget) cache.set(target, (ofTarget = new Map()));
    let metadata = ofTarget.get(options);
    if (!metadata) ofTarget.set(options, (metadata = lookup(target, schema, always, strictGroups, groups)));
    return metadata;
  };
  for (const method of ['addValidationMetadata', 'addConstraintMetadata'] as const) {
    const add = storage[method].bind(storage);
    storage[method] = (metadata: unknown) => {
      cache = new Map();
      add(metadata);
    };
  }
}
