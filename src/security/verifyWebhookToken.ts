const encoder = new TextEncoder();
const EMPTY = new Uint8Array(0);

/**
 * `false` when `text` holds a lone surrogate. `TextEncoder` would turn it into U+FFFD, so two
 * different strings could encode alike; such a token never matches instead.
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

/** The UTF-8 bytes of a usable token, or `undefined` (not a string, empty, or malformed UTF-16). */
function bytesOf(token: unknown): Uint8Array | undefined {
  if (typeof token !== 'string' || token.length === 0 || !isWellFormed(token)) return undefined;
  return encoder.encode(token);
}

/**
 * 1 when `a` and `b` hold the same bytes, else 0. Every byte position up to the longer length is
 * read, with no early exit, and the difference of the lengths is folded into the result, so the
 * time depends on the longer length only, never on where (or whether) the bytes differ.
 */
function sameBytes(a: Uint8Array, b: Uint8Array): number {
  const n = a.length > b.length ? a.length : b.length;
  let diff = a.length ^ b.length;
  for (let i = 0; i < n; i++) diff |= (i < a.length ? (a[i] as number) : 0) ^ (i < b.length ? (b[i] as number) : 0);
  // (diff | -diff) >>> 31 is 1 exactly when diff is not 0 (diff is below 2^31): no branch on the secret.
  return ((diff | -diff) >>> 31) ^ 1;
}

/**
 * Checks the shared secret of a webhook endpoint: `true` when `received` equals `expected` (or
 * one of several expected tokens, to rotate without downtime). TimeTap signs nothing and sends no
 * auth header, so the only secret it can carry is one you put in the webhook URL, such as
 * `https://example.com/timetap?token=…` (see `docs/security.md`).
 *
 * The UTF-8 bytes of the two tokens are compared without an early exit: every position up to the
 * longer token's length is read and the length difference is folded in, so the time does not
 * depend on where a guess goes wrong, and every expected token is compared even after one
 * matched. The time does grow with the longer token's length (measured in docs/security.md): use
 * tokens of one fixed length, such as 43 characters of base64url. Pure JavaScript and
 * synchronous, so it runs on edge runtimes, and it never throws: a missing, empty, non-string or
 * malformed (lone surrogate) token simply never matches, and neither does an empty expected token
 * or list.
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
    const mine = bytesOf(received);
    const receivedUsable = mine === undefined ? 0 : 1;
    const theirs = mine ?? EMPTY;
    let matched = 0;
    for (let i = 0; i < candidates.length; i++) {
      const bytes = bytesOf(candidates[i]);
      const usable = bytes === undefined ? 0 : receivedUsable;
      // An unusable side compares as empty, which equals no usable (non-empty) token; `usable`
      // also keeps two unusable sides from matching each other.
      matched |= sameBytes(theirs, bytes ?? EMPTY) & usable;
    }
    return matched === 1;
  } catch {
    // A hostile value (a Proxy standing in for the list, a throwing getter) never matches.
    return false;
  }
}
