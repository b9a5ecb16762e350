import type * as t from 'io-ts';
import { GuardedType } from '../../src/codecs/codec';

/**
 * How deeply a value that a codec fully models can nest: 1 per object or array, following the
 * codec's props (`Appointment` → `client` → `fields` → field → `serviceIds` is 5). A body whose
 * every key is modelled (a closed check) nests no deeper, so `maxDepth` needs no scan for it.
 */
export function schemaDepth(type: t.Decoder<unknown, unknown>): number {
  if (type instanceof GuardedType) {
    let deepest = 0;
    for (const key of Object.keys(type.props)) deepest = Math.max(deepest, schemaDepth(type.props[key] as t.Mixed));
    return 1 + deepest;
  }
  const tag = (type as { _tag?: string })._tag;
  if (tag === 'UnionType') return Math.max(...(type as t.UnionType<t.Mixed[]>).types.map(schemaDepth));
  if (tag === 'ArrayType') return 1 + schemaDepth((type as t.ArrayType<t.Mixed>).type);
  // Open containers (t.UnknownRecord / t.UnknownArray) hold only scalars in a closed check.
  if (tag === 'AnyArrayType' || tag === 'AnyDictionaryType') return 1;
  return 0;
}
