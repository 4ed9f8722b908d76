/** A label in each UI language. zh-CN is the default UI language. */
export interface Label {
  zh: string;
  en: string;
}

export type Locale = keyof Label;

/**
 * One source for an enum: its values (API, database) and their labels (admin, reports).
 * Keeping both in one literal means a value can never exist without a label.
 */
export interface LabelledEnum<V extends string> {
  readonly values: readonly V[];
  readonly labels: Readonly<Record<V, Label>>;
  has(value: unknown): value is V;
  label(value: V, locale?: Locale): string;
}

export function labelledEnum<V extends string>(labels: Record<V, Label>): LabelledEnum<V> {
  const values = Object.keys(labels) as V[];
  return Object.freeze({
    values,
    labels,
    has: (value: unknown): value is V => typeof value === 'string' && (values as string[]).includes(value),
    label: (value: V, locale: Locale = 'zh') => labels[value]?.[locale] ?? value,
  });
}

/** The value type of a labelled enum: `EnumValue<typeof MeetingCategory>`. */
export type EnumValue<E> = E extends LabelledEnum<infer V> ? V : never;
