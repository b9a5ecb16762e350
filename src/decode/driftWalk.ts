import type * as t from 'io-ts';
import type { DecodeWarning } from './DecodeWarning';
import { GuardedType, OpenEnumType } from '../codecs/codec';
import { appendPath } from '../codecs/path';

const TOKEN = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/** The codecs a value can meet at one key once `T | null` and arrays are unwrapped. */
function unwrap(type: t.Decoder<unknown, unknown>, out: t.Decoder<unknown, unknown>[]): t.Decoder<unknown, unknown>[] {
  const tag = (type as { _tag?: string })._tag;
  if (tag === 'UnionType') for (const member of (type as t.UnionType<t.Mixed[]>).types) unwrap(member, out);
  else if (tag === 'ArrayType') unwrap((type as t.ArrayType<t.Mixed>).type, out);
  else out.push(type);
  return out;
}

function valueClass(value: string): string {
  if (value === '') return 'empty';
  return TOKEN.test(value) ? value : 'other string';
}

/**
 * Walks a decoded value along a codec's modelled shape and reports drift: keys the codecs do not
 * model (`UnknownField`) and open-enumeration values outside the known lists (`UnknownEnumValue`).
 * Recursion follows the codecs, not the data, so it is bounded by the schema's depth (about 5).
 * Only runs when a caller asks for warnings or for `unknownFields: 'reject'`. `path` is where `value`
 * sits (the root by default).
 */
export function driftWalk(codec: { readonly props: t.Props }, value: unknown, report: (w: DecodeWarning) => void, path = ''): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const child = record[key];
    const keyPath = appendPath(path, key);
    if (!Object.hasOwn(codec.props, key)) {
      report({ _tag: 'UnknownField', message: `TimeTap sent a key the codecs do not model: ${keyPath}.`, path: keyPath });
      continue;
    }
    walkValue(unwrap(codec.props[key] as t.Mixed, []), child, keyPath, report);
  }
}

function walkValue(types: t.Decoder<unknown, unknown>[], value: unknown, path: string, report: (w: DecodeWarning) => void): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walkValue(types, value[i], appendPath(path, i), report);
    return;
  }
  for (const type of types) {
    if (type instanceof GuardedType && typeof value === 'object' && value !== null) {
      driftWalk(type, value, report, path);
      return;
    }
    if (type instanceof OpenEnumType && typeof value === 'string') {
      if (!type.known.has(value)) {
        report({
          _tag: 'UnknownEnumValue',
          message: `${path} holds a value outside the known ${type.name} values; it was kept.`,
          path,
          enum: type.name,
          valueClass: valueClass(value),
        });
      }
      return;
    }
  }
}
