import { scanTree } from './scanTree';

/**
 * `true` when the values a closed check of a parsed body listed for a safety look (`[value, key,
 * …]` beside the values it noted invalid, `[value, null]`; see `Closed` in codecs/codec) are what
 * the decoder's safety scan accepts: no key named `__proto__` or `constructor`, no number that
 * overflowed to Infinity, no `__proto__` or `constructor` holding `prototype` inside, and no
 * nesting deeper than `depthLeft` levels below the value (whose object or array stands at most at
 * the schema's depth). The check lists the values of keys no codec models, unless they are finite
 * scalars under other names, and the values it refused without looking inside; everything else
 * it looked at. `false` sends the body through the full scan, which then names the problem and
 * its path, or finds none.
 */
export function listedValuesAreSafe(listed: ReadonlyArray<unknown>, depthLeft: number): boolean {
  for (let i = 0; i < listed.length; i += 2) {
    const key = listed[i + 1];
    if (typeof key !== 'string') continue; // a value noted invalid
    // Those two names, rare anywhere, are left to the full scan, which tells when they are harmless.
    if (key === '__proto__' || key === 'constructor') return false;
    const value = listed[i];
    // Anything else listed is a container or a number beyond a double.
    if (typeof value !== 'object' || value === null || scanTree(value, depthLeft, true) !== undefined) return false;
  }
  return true;
}
