import { Prng } from './prng';

/** Strings that have broken parsers, SQL, templates or terminals somewhere. */
export const INJECTION_STRINGS = [
  "' OR '1'='1",
  "1; DROP TABLE meetings; --",
  '" OR ""="',
  "') UNION SELECT username, passwordHash FROM users --",
  '1)) OR sleep(1)#',
  '%',
  '_',
  '\\',
  "\\'; --",
  '<script>alert(1)</script>',
  '{{7*7}}',
  '${process.exit()}',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  '=cmd|\' /C calc\'!A0',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\uffff\ufffe',
  '𠜎𠜱𠝹😀',
  '\u202e反转',
  '\r\nSet-Cookie: x=1',
  'NULL',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '0x7fffffff',
  ' ',
  '\t\n',
];

/** Text of awkward sizes: empty, whitespace, just past common limits, very long, multi-byte. */
export function awkwardString(prng: Prng): string {
  switch (prng.int(0, 8)) {
    case 0:
      return '';
    case 1:
      return ' '.repeat(prng.int(1, 5));
    case 2:
      return 'x'.repeat(prng.pick([51, 101, 201, 256, 1001]));
    case 3:
      return '字'.repeat(prng.pick([51, 101, 201, 5000]));
    case 4:
      return 'a'.repeat(prng.pick([65_536, 200_000]));
    case 5:
      return '😀'.repeat(prng.pick([26, 101, 300]));
    case 6:
      return prng.pick(INJECTION_STRINGS).repeat(prng.int(1, 40));
    case 7:
      return String.fromCharCode(...Array.from({ length: prng.int(1, 60) }, () => prng.int(0, 0xffff)));
    default:
      return prng.pick(INJECTION_STRINGS);
  }
}

/** Numbers an integer field should refuse or clamp: fractions, signs, overflow, precision loss. */
export const BAD_NUMBERS = [-1, 0, 0.5, -0.0001, 1.5, 2_147_483_648, -2_147_483_649, 9_007_199_254_740_993, 1e21, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];

/** Calendar strings that look like dates but are not valid ones. */
export const BAD_DATES = ['2021-02-30', '2021-13-01', '2021-00-10', '0000-00-00', '21-03-26', '2021/03/26', '2021-3-6', '2021-03-26T25:00:00Z', '99999-01-01', '2021-03-26 00:00:00', '2021-W12', '-2021-03-26', 'yesterday', '1e3', ''];

/** `:id` values other than a canonical id of an existing record. */
export const BAD_IDS = [
  '0',
  '-1',
  '01',
  '1e0',
  '1.0',
  '1.5',
  '0x1',
  '+1',
  ' 1',
  '1 ',
  '2147483647',
  '2147483648',
  '4294967297',
  '99999999999999999999999',
  'abc',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '[1]',
  '{"id":1}',
  "1' OR '1'='1",
  '1;DROP TABLE users',
  '__proto__',
  '..',
  '%00',
  '%',
  '1%2F2',
  '１',
  '٣',
  '9'.repeat(300),
];

/** Any JSON value of a kind chosen at random: the "wrong type" for most fields. */
export function anyJsonValue(prng: Prng, depth = 0): unknown {
  switch (prng.int(0, depth > 2 ? 5 : 8)) {
    case 0:
      return null;
    case 1:
      return prng.chance(0.5);
    case 2:
      return prng.pick(BAD_NUMBERS);
    case 3:
      return awkwardString(prng);
    case 4:
      return prng.pick(BAD_DATES);
    case 5:
      return prng.int(-5, 5);
    case 6:
      return Array.from({ length: prng.int(0, 3) }, () => anyJsonValue(prng, depth + 1));
    case 7:
      return { [prng.pick(['a', '__proto__', 'constructor', 'id', '$gt'])]: anyJsonValue(prng, depth + 1) };
    default:
      return deeplyNested(prng.int(20, 500));
  }
}

/** `[[[…]]]`: recursion in validators and JSON handling. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}
