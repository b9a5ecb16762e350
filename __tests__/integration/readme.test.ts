import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The README is the package's front page on npm, where only the tarball's files exist: its links
// are absolute, to the repository, and its quick start is the tested Express guide code.
const root = join(__dirname, '..', '..');
const REPOSITORY = 'https://github.com/timetap-webhooks/timetap-webhooks';
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README.md', () => {
  it('links only absolute URLs or anchors, and every link into the repository names a file that exists', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { homepage: string; repository: { url: string }; bugs: { url: string } };
    expect(manifest.homepage.startsWith(REPOSITORY)).toBe(true);
    expect(manifest.repository.url).toBe(`git+${REPOSITORY}.git`);
    expect(manifest.bugs.url).toBe(`${REPOSITORY}/issues`);
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect({ link, absolute: /^(https:\/\/|#)/.test(link) }).toEqual({ link, absolute: true });
      if (link.startsWith(`${REPOSITORY}/blob/main/`)) {
        const file = link.slice(`${REPOSITORY}/blob/main/`.length).replace(/#.*$/, '');
        expect({ link, exists: existsSync(join(root, file)) }).toEqual({ link, exists: true });
      }
    }
  });

  it("shows the Express guide's handler as its quick start, verbatim", () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Try it'));
    const example = readFileSync(join(root, 'docs', 'frameworks', 'examples', 'express.ts'), 'utf8').replace(/\n$/, '');
    expect(quickStart).toContain(`\`\`\`ts\n${example}\n\`\`\``);
  });

  it('names one environment variable for the webhook token, the same in every doc', () => {
    const docs = [readme, ...['security.md', ...readdirSync(join(root, 'docs', 'frameworks')).filter((f) => f.endsWith('.md')).map((f) => `frameworks/${f}`)].map((f) => readFileSync(join(root, 'docs', f), 'utf8'))];
    const names = new Set(docs.flatMap((text) => [...text.matchAll(/\bTIMETAP_[A-Z_]*TOKEN\b/g)].map((m) => m[0])));
    expect([...names]).toEqual(['TIMETAP_WEBHOOK_TOKEN']);
  });

  it('documents no body parser that skips bodies by Content-Type or accepts invalid UTF-8 silently', () => {
    for (const file of ['README.md', 'docs/security.md', 'docs/frameworks/express.md']) {
      const code = [...readFileSync(join(root, file), 'utf8').matchAll(/```ts\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? '').join('\n');
      expect({ file, text: /express\.text\(/.test(code), jsonOnly: /type: 'application\/json'/.test(code) }).toEqual({ file, text: false, jsonOnly: false });
    }
  });
});
