import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as t from 'io-ts';
import * as api from '../../src';
import { GuardedType } from '../../src/codecs/codec';

const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'fields.md'), 'utf8');

/** The keys listed in docs/fields.md under `## \`Name\``. */
function documentedKeys(name: string): string[] {
  const start = doc.indexOf(`## \`${name}\``);
  if (start === -1) return [];
  const end = doc.indexOf('\n## ', start + 1);
  const section = doc.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1] as string);
}

describe('docs/fields.md', () => {
  const codecs = Object.entries(api as Record<string, unknown>).filter(
    (entry): entry is [string, GuardedType<t.Props, unknown>] => entry[1] instanceof GuardedType,
  );

  it.each(codecs)('lists every key the %s codec models, and no other', (name, codec) => {
    expect(documentedKeys(name).sort()).toEqual(Object.keys(codec.props).sort());
  });
});
