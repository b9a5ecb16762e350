import type { DecodeWarning } from './DecodeWarning';
import { driftingKeys, OpenEnumType, type Drifting, type ObjectCheck } from '../codecs/codec';
import { appendPath } from '../codecs/path';

/** What an enumeration value must look like to be reported as itself (else `'other string'`): a token, never a name or an email. */
const TOKEN = /^[A-Za-z]\w{0,39}$/;

/**
 * Walks a decoded value along a codec's modelled shape and reports drift: keys the codecs do not
 * model (`UnknownField`) and open-enumeration values outside the known lists (`UnknownEnumValue`).
 * Recursion follows the codecs, not the data, so it is bounded by the schema's depth (about 5).
 * Only runs when a caller asks for warnings or for `unknownFields: 'reject'`. `path` is where `value`
 * sits (the root by default). Keys under which nothing can drift (strings, numbers, arrays of
 * them) are passed over without building their path.
 */
export function driftWalk(codec: { readonly check: ObjectCheck }, value: unknown, report: (w: DecodeWarning) => void, path = ''): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const record = value as Record<string, unknown>;
  const keys = driftingKeys(codec.check);
  for (const key of Object.keys(record)) {
    const types = keys.get(key);
    if (types === undefined) {
      const keyPath = appendPath(path, key);
      report({ _tag: 'UnknownField', message: `TimeTap sent a key the codecs do not model: ${keyPath}.`, path: keyPath });
    } else if (types.length > 0) walkValue(types, record[key], appendPath(path, key), report);
  }
}

function walkValue(types: ReadonlyArray<Drifting>, value: unknown, path: string, report: (w: DecodeWarning) => void): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walkValue(types, value[i], appendPath(path, i), report);
    return;
  }
  for (const type of types) {
    if (!(type instanceof OpenEnumType)) {
      if (typeof value === 'object') return driftWalk(type, value, report, path); // (`null`: nothing to walk)
    } else if (typeof value === 'string') {
      if (!type.known.has(value)) {
        report({
          _tag: 'UnknownEnumValue',
          message: `${path} holds a value outside the known ${type.name} values; it was kept.`,
          path,
          enum: type.name,
          valueClass: value === '' ? 'empty' : TOKEN.test(value) ? value : 'other string',
        });
      }
      return;
    }
  }
}
