import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

// Every export of the package root (and of `timetap-webhooks/testing`, `/postgres` and `/redis`) has TSDoc; every value export has an `@example`, and every
// example compiles against the real API (imports of 'timetap-webhooks' resolve to src/).
const root = join(__dirname, '..', '..');
const entries = ['index.ts', 'testing/index.ts', 'postgres/index.ts', 'redis/index.ts'].map((file) => join(root, 'src', file));
const outDir = join(root, '.tmp', 'tsdoc-examples');

function exportsOf(program: ts.Program, file: string): ts.Symbol[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (source === undefined) throw new Error(`cannot read ${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`${file} is not a module`);
  return checker.getExportsOfModule(moduleSymbol).map((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s));
}

function docsOf(symbol: ts.Symbol): { text: string; examples: string[]; where: string } {
  const examples: string[] = [];
  let text = '';
  let where = '';
  for (const declaration of symbol.declarations ?? []) {
    where ||= `${relative(root, declaration.getSourceFile().fileName)}`;
    const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
    for (const doc of ts.getJSDocCommentsAndTags(node)) {
      if (!ts.isJSDoc(doc)) continue;
      text += ts.getTextOfJSDocComment(doc.comment) ?? '';
      for (const tag of doc.tags ?? []) {
        if (tag.tagName.text !== 'example') continue;
        const body = ts.getTextOfJSDocComment(tag.comment) ?? '';
        const code = /```ts\n([\s\S]*?)```/.exec(body);
        examples.push(code ? (code[1] as string) : body);
        text += ' @example';
      }
    }
  }
  return { text, examples, where };
}

const program = ts.createProgram(entries, {
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  baseUrl: root,
  paths: { 'timetap-webhooks': ['src/index.ts'] },
});
const symbols = entries.flatMap((entry) => exportsOf(program, entry));
const isValue = (s: ts.Symbol): boolean => (s.flags & ts.SymbolFlags.Value) !== 0;

describe('TSDoc of the package root', () => {
  it('documents every export', () => {
    const undocumented = symbols.filter((s) => docsOf(s).text.trim() === '').map((s) => s.getName());
    expect(undocumented).toEqual([]);
  });

  it('gives every value export an @example', () => {
    const missing = symbols.filter((s) => isValue(s) && docsOf(s).examples.length === 0).map((s) => s.getName());
    expect(missing).toEqual([]);
  });

  it('has examples that compile against the real API', () => {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const files: string[] = [];
    const seen = new Set<string>();
    for (const symbol of symbols) {
      const { examples, where } = docsOf(symbol);
      examples.forEach((code, i) => {
        const key = `${where}:${code}`;
        if (seen.has(key)) return;
        seen.add(key);
        const file = join(outDir, `${symbol.getName()}_${i}.ts`);
        writeFileSync(file, `// from ${where}\n${code}\nexport {};\n`);
        files.push(file);
      });
    }
    const exampleProgram = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: ['node'],
      baseUrl: root,
      paths: {
        'timetap-webhooks': ['src/index.ts'],
        'timetap-webhooks/testing': ['src/testing/index.ts'],
        'timetap-webhooks/postgres': ['src/postgres/index.ts'],
        'timetap-webhooks/redis': ['src/redis/index.ts'],
      },
    });
    const problems = ts
      .getPreEmitDiagnostics(exampleProgram)
      .filter((d) => d.file !== undefined && d.file.fileName.startsWith(outDir))
      .map((d) => `${relative(outDir, d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  });
});
