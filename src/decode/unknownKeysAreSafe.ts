import { keysByCheck, type ObjectCheck } from '../codecs/codec';
import { scanTree } from './scanTree';

/**
 * `true` when the keys no codec models, in the objects a closed check of a parsed body listed
 * (`[object, check, object, check, …]`, see `Closed` in codecs/codec), are what the decoder's
 * safety scan accepts: not named `__proto__` or `constructor`, no number that overflowed to
 * Infinity, no `__proto__` or `constructor` holding `prototype` inside, and no nesting deeper than
 * `depthLeft` levels below the object (which stands at most at the schema's depth). Only those
 * keys' values are read: the modelled ones were checked. `false` sends the body through the full
 * scan, which then names the problem and its path, or finds none.
 */
export function unknownKeysAreSafe(listed: ReadonlyArray<unknown>, depthLeft: number): boolean {
  for (let i = 0; i < listed.length; i += 2) {
    const check = listed[i + 1] as ObjectCheck | null;
    if (check === null) continue; // a value noted invalid, where a union had another way
    const record = listed[i] as Record<string, unknown>;
    const modelled = keysByCheck.get(check);
    if (modelled === undefined) return false;
    for (const key in record) {
      if (modelled.has(key)) continue;
      // Those two names, rare anywhere, are left to the full scan, which tells when they are harmless.
      if (key === '__proto__' || key === 'constructor') return false;
      const value = record[key];
      if (typeof value === 'object' && value !== null) {
        if (scanTree(value, depthLeft, true) !== undefined) return false;
      } else if (typeof value === 'number' && value - value !== 0) return false;
    }
  }
  return true;
}
