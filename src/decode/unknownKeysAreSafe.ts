import { scanTree } from './scanTree';

/**
 * `true` when the values of keys no codec models, as a closed check of a parsed body listed them
 * (`[value, key, …]` beside the values it noted invalid, `[value, null]`; see `Closed` in
 * codecs/codec), are what the decoder's safety scan accepts: no key named `__proto__` or
 * `constructor`, no number that overflowed to Infinity, no `__proto__` or `constructor` holding
 * `prototype` inside, and no nesting deeper than `depthLeft` levels below the value (whose object
 * stands at most at the schema's depth). The check lists only what needs a look: finite scalars
 * under other keys are safe as they are. `false` sends the body through the full scan, which then
 * names the problem and its path, or finds none.
 */
export function unknownKeysAreSafe(listed: ReadonlyArray<unknown>, depthLeft: number): boolean {
  for (let i = 0; i < listed.length; i += 2) {
    const key = listed[i + 1];
    if (typeof key !== 'string') continue; // a value noted invalid, where a union had another way
    // Those two names, rare anywhere, are left to the full scan, which tells when they are harmless.
    if (key === '__proto__' || key === 'constructor') return false;
    const value = listed[i];
    // Anything else listed is a container or a number beyond a double.
    if (typeof value !== 'object' || value === null || scanTree(value, depthLeft, true) !== undefined) return false;
  }
  return true;
}
