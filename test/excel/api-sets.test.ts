/**
 * The manifest promises Excel only ExcelApi 1.13 (DECLARED_EXCEL_API). The TypeScript checker resolves every Office.js
 * member that src/hosts/excel touches to its declaration in @types/office-js and reads its
 * `[Api set: ExcelApi 1.x]` remark; any member above the declared set must sit inside an `if`
 * (or `&&`, `?:`) whose condition is supportsExcelApi('1.x') or a const holding it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ts from 'typescript';
import { DECLARED_EXCEL_API } from '../../src/hosts/excel/api-sets';

const root = path.join(__dirname, '..', '..');
const declared = Number(DECLARED_EXCEL_API.split('.')[1]);

interface Finding {
  file: string;
  line: number;
  api: string;
  needs: string;
}

function apiSetOf(decl: ts.Declaration): number | null {
  for (let node: ts.Node | undefined = decl; node && !ts.isSourceFile(node); node = node.parent) {
    const text = node.getFullText().slice(0, node.getLeadingTriviaWidth());
    const m = /\[Api set: ExcelApi(Online)?\s*(BETA|[\d.]+)?/.exec(text);
    if (m) return m[1] || !m[2] || m[2] === 'BETA' ? 99 : Number(m[2].split('.')[1] ?? 0);
    if (ts.isModuleDeclaration(node)) break;
  }
  return null;
}

function guardVersions(condition: string, guards: Map<string, number>): number[] {
  const versions = [...condition.matchAll(/supportsExcelApi\('1\.(\d+)'\)/g)].map((m) => Number(m[1]));
  for (const [name, version] of guards) if (new RegExp(`\\b${name}\\b`).test(condition)) versions.push(version);
  return versions;
}

function isGuarded(node: ts.Node, needs: number, guards: Map<string, number>): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    let condition: ts.Expression | null = null;
    if (ts.isIfStatement(parent) && parent.thenStatement === child) condition = parent.expression;
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child) condition = parent.condition;
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      parent.right === child
    )
      condition = parent.left;
    if (condition && guardVersions(condition.getText(), guards).some((v) => v >= needs)) return true;
  }
  return false;
}

function findUnguarded(files: string[]): Finding[] {
  const program = ts.createProgram(files, {
    strict: true,
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['office-js'],
    typeRoots: [path.join(root, 'node_modules', '@types')],
  });
  const checker = program.getTypeChecker();
  const findings: Finding[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`not compiled: ${file}`);
    const guards = new Map<string, number>();
    for (const m of sf.text.matchAll(/(?:const|let)\s+(\w+)\s*=\s*supportsExcelApi\('1\.(\d+)'\)/g))
      guards.set(m[1], Number(m[2]));
    // A parameter that carries a guard's result keeps its name (copyFormats in apply.ts).
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const target = node.name;
        const symbol = checker.getSymbolAtLocation(target);
        const decl = symbol?.declarations?.[0];
        if (decl && /@types[\\/]office-js/.test(decl.getSourceFile().fileName)) {
          const needs = apiSetOf(decl);
          if (needs !== null && needs > declared && !isGuarded(node, needs, guards)) {
            findings.push({
              file: path.relative(root, file),
              line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
              api: target.getText(),
              needs: needs === 99 ? 'preview/online' : `1.${needs}`,
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return findings;
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('ExcelApi requirement set', () => {
  it('is the one the manifest declares', () => {
    const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${DECLARED_EXCEL_API}"/>`);
  });

  it('the check flags unguarded or under-guarded calls and accepts guarded ones', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-apisets-'));
    const file = path.join(dir, 'probe.ts');
    fs.writeFileSync(
      file,
      [
        'declare function supportsExcelApi(v: string): boolean;',
        'export function probe(range: Excel.Range): void {',
        '  range.getDependents();',
        "  if (supportsExcelApi('1.14')) range.getDependents();",
        "  const dependents = supportsExcelApi('1.15');",
        '  if (dependents) range.getDependents();',
        "  if (supportsExcelApi('1.14')) range.getPrecedents();",
        "  const x = supportsExcelApi('1.14') && range.getPrecedents();",
        '  range.getMergedAreasOrNullObject(); range.conditionalFormats.add(Excel.ConditionalFormatType.custom);',
        '  void x;',
        '}',
      ].join('\n'),
    );
    expect(findUnguarded([file]).map((f) => `${f.line}:${f.api}:${f.needs}`)).toEqual([
      '3:getDependents:1.15',
      '4:getDependents:1.15',
    ]);
  });

  it('admits no Office whose add-ins run in Internet Explorer, where the bundle cannot start (review A.7)', () => {
    // excel-api-requirement-sets: "ExcelApi 1.7 … volume-licensed perpetual: Office 2019: Version 1801";
    // 1.8 and later list only Office 2021 among volume-licensed versions. browsers-used-by-office-web-add-ins:
    // "Office 2019 | Volume-licensed | Doesn't matter | Trident+ (Internet Explorer 11)". The bundle is
    // ES2020 with React 19, which Internet Explorer cannot run: the task pane would stay blank.
    const lastSetOfficeIn2019VolumeLicensed = 7;
    expect(declared).toBeGreaterThan(lastSetOfficeIn2019VolumeLicensed);
    const tsconfig = fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8');
    expect(tsconfig).toMatch(/"target": "ES20\d\d"/);
  });

  it('src/hosts/excel calls nothing above it without a runtime check', () => {
    expect(findUnguarded(sources(path.join(root, 'src', 'hosts', 'excel')))).toEqual([]);
  });
});
