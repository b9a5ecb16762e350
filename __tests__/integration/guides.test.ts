import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// Each framework guide's handler is a file under docs/frameworks/examples/ that an integration
// test runs; the guide shows a copy between marker comments. This test keeps the copies exact,
// so the code a reader copies is the code that was tested.

const GUIDES_DIR = join(__dirname, '..', '..', 'docs', 'frameworks');
const EXAMPLES_DIR = join(GUIDES_DIR, 'examples');
const GUIDES = ['express.md', 'fastify.md', 'hono.md', 'web-request-and-nextjs.md', 'aws-lambda.md', 'nestjs.md'];

const EMBED = /<!-- example: (\S+) [^\n]*-->\n```ts\n([\s\S]*?)\n```\n<!-- end example -->/g;

function embedded(guide: string): ReadonlyArray<{ file: string; code: string }> {
  const text = readFileSync(join(GUIDES_DIR, guide), 'utf8');
  return [...text.matchAll(EMBED)].map((m) => ({ file: m[1] ?? '', code: m[2] ?? '' }));
}

describe('the framework guides (docs/frameworks/)', () => {
  it('are the six documented pages', () => {
    const pages = readdirSync(GUIDES_DIR).filter((f) => f.endsWith('.md')).sort();
    expect(pages).toEqual([...GUIDES].sort());
  });

  it.each(GUIDES)('%s shows its example file verbatim', (guide) => {
    const copies = embedded(guide);
    expect(copies.length).toBe(1);
    for (const { file, code } of copies) {
      const source = readFileSync(join(GUIDES_DIR, file), 'utf8');
      expect(code).toBe(source.replace(/\n$/, ''));
    }
  });

  it('embed every example file, and every example is run by an integration test', () => {
    const shown = GUIDES.flatMap((g) => embedded(g).map((e) => e.file)).sort();
    const files = readdirSync(EXAMPLES_DIR).map((f) => `examples/${f}`).sort();
    expect(shown).toEqual(files);
    const tests = readdirSync(__dirname).map((f) => readFileSync(join(__dirname, f), 'utf8')).join('\n');
    for (const file of files) expect({ file, tested: tests.includes(`docs/frameworks/${file.replace(/\.ts$/, '')}'`) }).toEqual({ file, tested: true });
  });

  it.each(GUIDES)('%s has a complete handler: decode, 400 and 413, without echoing the body', (guide) => {
    const text = readFileSync(join(GUIDES_DIR, guide), 'utf8');
    expect(text).toContain('parseAppointmentWebhook(');
    expect(text).toContain("'PayloadTooLarge' ? 413 : 400");
    expect(text).toContain('Never echo the body');
  });

  it('labels no page as untested: the NestJS guide is run like the others', () => {
    for (const guide of GUIDES) expect({ guide, untested: /untested/i.test(readFileSync(join(GUIDES_DIR, guide), 'utf8')) }).toEqual({ guide, untested: false });
  });

  it.each(GUIDES)('%s links only to files that exist', (guide) => {
    const text = readFileSync(join(GUIDES_DIR, guide), 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)[^)]*\)/g)) {
      if (target === undefined || /^https?:/.test(target)) continue;
      expect({ target, exists: existsSync(resolve(dirname(join(GUIDES_DIR, guide)), target)) }).toEqual({ target, exists: true });
    }
  });
});
