import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyWebhookToken } from '../../src/security/verifyWebhookToken';

const TOKEN = 'q3J9v0nX2mZ8pYw4Lk6tR1sB7cD5eF0gH2iJ4kL6mN8'; // 43 base64url characters, as docs/security.md generates

describe('verifyWebhookToken', () => {
  it('accepts the expected token', () => {
    expect(verifyWebhookToken(TOKEN, TOKEN)).toBe(true);
  });

  it('rejects a token that differs in one character, in the first, middle or last position', () => {
    for (const position of [0, 20, TOKEN.length - 1]) {
      const wrong = `${TOKEN.slice(0, position)}${TOKEN[position] === 'x' ? 'y' : 'x'}${TOKEN.slice(position + 1)}`;
      expect(verifyWebhookToken(wrong, TOKEN)).toBe(false);
    }
  });

  it('rejects prefixes, extensions and differently cased tokens', () => {
    expect(verifyWebhookToken(TOKEN.slice(0, -1), TOKEN)).toBe(false);
    expect(verifyWebhookToken(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(verifyWebhookToken(`${TOKEN} `, TOKEN)).toBe(false);
    expect(verifyWebhookToken(TOKEN.toUpperCase(), TOKEN)).toBe(false);
    expect(verifyWebhookToken('a', 'b')).toBe(false);
  });

  it('rejects a missing token', () => {
    expect(verifyWebhookToken(null, TOKEN)).toBe(false);
    expect(verifyWebhookToken(undefined, TOKEN)).toBe(false);
    expect(verifyWebhookToken('', TOKEN)).toBe(false);
  });

  it('never matches an empty expected token or an empty list', () => {
    expect(verifyWebhookToken('', '')).toBe(false);
    expect(verifyWebhookToken('', ['', TOKEN])).toBe(false);
    expect(verifyWebhookToken('\uD800', ['', '\uD800', '\uFFFD'])).toBe(false);
    expect(verifyWebhookToken('', [''])).toBe(false);
    expect(verifyWebhookToken(TOKEN, [])).toBe(false);
    expect(verifyWebhookToken(TOKEN, '')).toBe(false);
    expect(verifyWebhookToken(TOKEN, ['', ''])).toBe(false);
  });

  it('accepts any of several expected tokens, for rotation', () => {
    const next = 'zZ9-next-token-_after-rotation-0123456789abc';
    expect(verifyWebhookToken(TOKEN, [TOKEN, next])).toBe(true);
    expect(verifyWebhookToken(next, [TOKEN, next])).toBe(true);
    expect(verifyWebhookToken(next, ['', next])).toBe(true);
    expect(verifyWebhookToken('old-and-revoked', [TOKEN, next])).toBe(false);
  });

  it('compares non-ASCII tokens by their UTF-8 bytes', () => {
    expect(verifyWebhookToken('clé-secrète-🔑', 'clé-secrète-🔑')).toBe(true);
    expect(verifyWebhookToken('clé-secrète-🔑', 'cle-secrete-🔑')).toBe(false);
    // Same UTF-16 length, different code points.
    expect(verifyWebhookToken('é', 'è')).toBe(false);
  });

  it('never matches a token with a lone surrogate, even against the character TextEncoder would put in its place', () => {
    expect(verifyWebhookToken('a\uD800', 'a\uFFFD')).toBe(false);
    expect(verifyWebhookToken('a\uFFFD', 'a\uD800')).toBe(false);
    expect(verifyWebhookToken('a\uD800', 'a\uD800')).toBe(false);
    expect(verifyWebhookToken('\uDC00a', '\uDC00a')).toBe(false);
    expect(verifyWebhookToken('\uD800\uD800', '\uD800\uD800')).toBe(false);
    // A well-formed pair is fine.
    expect(verifyWebhookToken('a\uD83D\uDD11', 'a🔑')).toBe(true);
  });

  it('draws the surrogate boundaries exactly', () => {
    // Well-formed: the first and last pairs, and characters just outside the surrogate range.
    for (const token of ['\uD800\uDC00', '\uD800\uDFFF', '\uDBFF\uDC00', '\uDBFF\uDFFF', '\uD7FF', '\uE000', '\uFFFD', '\uFFFF']) {
      expect([token, verifyWebhookToken(token, token)]).toEqual([token, true]);
    }
    // Malformed: lone surrogates at either end of both ranges, and a high one followed by a non-low one.
    for (const token of ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDC00\uDC00', '\uDFFF\uDFFF', '\uD800\uD800', '\uD800\uDBFF', '\uD800\uE000', '\uDBFF\uD7FF', 'x\uDBFF']) {
      expect([token, verifyWebhookToken(token, token)]).toEqual([token, false]);
    }
  });

  it('never throws, whatever the runtime values', () => {
    const hostile = new Proxy([], {
      get() {
        throw new Error('trap');
      },
    });
    const values: unknown[] = [
      undefined, null, 0, 1, NaN, true, 10n, Symbol('s'), {}, [], [TOKEN], () => TOKEN, new String(TOKEN), hostile,
      { toString: () => TOKEN },
    ];
    for (const received of values) {
      for (const expected of values) {
        expect(verifyWebhookToken(received as string, expected as string)).toBe(false);
      }
    }
    expect(verifyWebhookToken(TOKEN, [1, null, TOKEN] as unknown as string[])).toBe(true);
    expect(verifyWebhookToken(TOKEN, hostile as unknown as string[])).toBe(false);
  });

  it('checks every expected token even after one matched', () => {
    const read: number[] = [];
    const tokens = [TOKEN, 'second', 'third'];
    const spy = new Proxy(tokens, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read.push(Number(key));
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(verifyWebhookToken(TOKEN, spy)).toBe(true);
    expect(read).toEqual([0, 1, 2]);
  });

  it('compares the UTF-8 bytes themselves: a token that is a prefix of the other, or differs only in length, never matches', () => {
    expect(verifyWebhookToken('abc', 'abc\u0000')).toBe(false);
    expect(verifyWebhookToken('abc\u0000', 'abc')).toBe(false);
    expect(verifyWebhookToken('\u00e9', 'e\u0301')).toBe(false); // the same text to a reader, other bytes
    expect(verifyWebhookToken('\u{1F511}key', '\u{1F511}key')).toBe(true);
  });

  it('ships no hand-written cryptography: the security folder holds the comparison only', () => {
    const folder = join(__dirname, '..', '..', 'src', 'security');
    expect(readdirSync(folder).sort()).toEqual(['verifyWebhookToken.ts']);
    // The documentation claims only what was measured (see docs/security.md).
    expect(readFileSync(join(folder, 'verifyWebhookToken.ts'), 'utf8')).not.toMatch(/same time whatever/);
  });

  it('handles long tokens on both sides', () => {
    const long = 'k'.repeat(10_000);
    expect(verifyWebhookToken(long, long)).toBe(true);
    expect(verifyWebhookToken(`${long}k`, long)).toBe(false);
    expect(verifyWebhookToken('k', long)).toBe(false);
  });
});
