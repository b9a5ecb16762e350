import { sha256 } from './sha256';

const encoder = new TextEncoder();
/**
 * Stands in for an unusable token, so every call does the same work. It is the digest of the
 * empty string, which no usable (non-empty) token can have: a filler never equals a real digest.
 */
const FILLER = sha256(new Uint8Array(0));

/**
 * `false` when `text` holds a lone surrogate. `TextEncoder` would turn it into U+FFFD, so two
 * different strings could hash alike; such a token never matches instead.
 */
function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit > 0xdbff) return false; // a low surrogate with no high one before it
    const next = text.charCodeAt(i + 1); // NaN past the end
    if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
    i++;
  }
  return true;
}

/** The SHA-256 digest of a usable token, or `undefined` (not a string, empty, or malformed UTF-16). */
function digestOf(token: unknown): Uint8Array | undefined {
  if (typeof token !== 'string' || token.length === 0 || !isWellFormed(token)) return undefined;
  return sha256(encoder.encode(token));
}

/**
 * Checks the shared secret of a webhook endpoint: `true` when `received` equals `expected` (or
 * one of several expected tokens, to rotate without downtime). TimeTap signs nothing and sends no
 * auth header, so the only secret it can carry is one you put in the webhook URL, such as
 * `https://example.com/timetap?token=…` (see `docs/security.md`).
 *
 * The comparison takes the same time whatever the tokens' lengths and contents: each side is
 * hashed with SHA-256 to a 32-byte digest, the digests are compared byte by byte with no early
 * exit, and every expected token is compared even after one matched. Pure JavaScript, so it runs
 * on edge runtimes, and it never throws: a missing, empty, non-string or malformed (lone
 * surrogate) token simply never matches, and neither does an empty expected token or list.
 *
 * @param received - the token from the request, e.g. `url.searchParams.get('token')`; `null`
 *   and `undefined` (no token) give `false`.
 * @param expected - the token, or the tokens during a rotation (old and new), from your secrets.
 * @returns `true` only when `received` is one of the expected tokens.
 *
 * @example
 * ```ts
 * import { verifyWebhookToken } from 'timetap-webhooks';
 *
 * const url = new URL('https://example.com/webhooks/timetap?token=s3cr3t-from-env');
 * verifyWebhookToken(url.searchParams.get('token'), 's3cr3t-from-env'); // true
 * verifyWebhookToken(url.searchParams.get('token'), ['new-token', 's3cr3t-from-env']); // true (rotation)
 * verifyWebhookToken(null, 's3cr3t-from-env'); // false: answer 404
 * ```
 */
export function verifyWebhookToken(received: string | null | undefined, expected: string | ReadonlyArray<string>): boolean {
  try {
    const candidates: ReadonlyArray<unknown> = typeof expected === 'string' ? [expected] : Array.isArray(expected) ? expected : [];
    const mine = digestOf(received);
    const theirs = mine ?? FILLER;
    let matched = 0;
    for (let i = 0; i < candidates.length; i++) {
      const digest = digestOf(candidates[i]);
      const usable = digest === undefined ? 0 : 1;
      const other = digest ?? FILLER;
      let diff = 0;
      for (let k = 0; k < 32; k++) diff |= (theirs[k] as number) ^ (other[k] as number);
      // (diff - 1) >>> 31 is 1 exactly when diff is 0 (diff is 0..255): no branch on the secret.
      // An unusable `received` compares its filler, which equals no usable token's digest.
      matched |= ((diff - 1) >>> 31) & usable;
    }
    return matched === 1;
  } catch {
    // A hostile value (a Proxy standing in for the list, a throwing getter) never matches.
    return false;
  }
}
