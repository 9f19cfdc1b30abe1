/**
 * The engine is a value (issue 18): no module under src/core keeps mutable state at module level.
 * Caches and indexes belong to what `createEngine` builds. Read by the TypeScript checker, so a
 * `let`, a mutable Map/Set/array/object, a stateful (`g`/`y`) regular expression or a function built
 * by a call (a closure that may hide a cache) at the top of a core module fails this test.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import ts from 'typescript';

const CORE = path.join(__dirname, '../../src/core');

function coreFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return coreFiles(full);
    return /\.tsx?$/.test(d.name) && !d.name.endsWith('.d.ts') ? [full] : [];
  });
}

const MUTABLE_COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Array']);

/** Why a type is mutable, or null when nothing in it can be changed (checked a few levels deep). */
function mutability(checker: ts.TypeChecker, type: ts.Type, depth = 0): string | null {
  if (depth > 3) return null;
  if (type.isUnion()) {
    for (const t of type.types) {
      const why = mutability(checker, t, depth);
      if (why) return why;
    }
    return null;
  }
  const name = type.getSymbol()?.getName();
  if (name && MUTABLE_COLLECTIONS.has(name)) return `a mutable ${name}`;
  if (type.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike)) return null;
  if (type.getCallSignatures().length > 0) return null;
  if (name === 'RegExp') return null;
  if (checker.isTupleType(type)) {
    return (type as ts.TupleTypeReference).target.readonly ? null : 'a mutable tuple';
  }
  for (const prop of type.getProperties()) {
    if (!isReadonlyProperty(prop)) return `an object whose property "${prop.getName()}" can be reassigned`;
    const propType = checker.getTypeOfSymbol(prop);
    const why = mutability(checker, propType, depth + 1);
    if (why) return why;
  }
  const indexInfos = checker.getIndexInfosOfType(type);
  for (const info of indexInfos) {
    if (!info.isReadonly) return 'an object with a writable index signature';
    const why = mutability(checker, info.type, depth + 1);
    if (why) return why;
  }
  return null;
}

/** Readonly by declaration, or marked readonly by the checker (`as const`, `Readonly<…>`, mapped types). */
function isReadonlyProperty(prop: ts.Symbol): boolean {
  // CheckFlags.Readonly (8) on the checker's transient symbols: on `links` since TypeScript 5.0.
  const transient = prop as unknown as { links?: { checkFlags?: number }; checkFlags?: number };
  if (((transient.links?.checkFlags ?? transient.checkFlags ?? 0) & 8) !== 0) return true;
  const decl = prop.valueDeclaration ?? prop.declarations?.[0];
  // Methods of ReadonlyArray, ReadonlySet, ReadonlyMap are not state.
  if (decl && (ts.isMethodSignature(decl) || ts.isMethodDeclaration(decl))) return true;
  return decl !== undefined && (ts.getCombinedModifierFlags(decl as ts.Declaration) & ts.ModifierFlags.Readonly) !== 0;
}

function problems(): string[] {
  const files = coreFiles(CORE);
  const program = ts.createProgram(files, {
    strict: true,
    resolveJsonModule: true,
    esModuleInterop: true,
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const where = (node: ts.Node): string => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      return `${path.relative(CORE, file)}:${line + 1}`;
    };
    for (const statement of source.statements) {
      if (ts.isClassDeclaration(statement)) {
        for (const member of statement.members) {
          const flags = ts.getCombinedModifierFlags(member as ts.Declaration);
          if (
            ts.isPropertyDeclaration(member) &&
            flags & ts.ModifierFlags.Static &&
            !(flags & ts.ModifierFlags.Readonly)
          ) {
            found.push(`${where(member)}: a static property that can change`);
          }
        }
        continue;
      }
      if (!ts.isVariableStatement(statement)) continue;
      const list = statement.declarationList;
      if (!(list.flags & ts.NodeFlags.Const)) {
        found.push(`${where(statement)}: a module-level let/var`);
        continue;
      }
      for (const decl of list.declarations) {
        const init = decl.initializer;
        if (init && ts.isRegularExpressionLiteral(init) && /\/[a-z]*[gy][a-z]*$/.test(init.text)) {
          found.push(`${where(decl)}: a module-level regular expression with state (g or y flag)`);
        }
        if (init && ts.isNewExpression(init) && init.expression.getText(source) === 'RegExp') {
          const flags = init.arguments?.[1];
          if (flags && /[gy]/.test(flags.getText(source))) {
            found.push(`${where(decl)}: a module-level regular expression with state (g or y flag)`);
          }
        }
        const type = checker.getTypeAtLocation(decl.name);
        if (init && ts.isCallExpression(init) && type.getCallSignatures().length > 0) {
          found.push(`${where(decl)}: a function built by a call at module level (it may hide state)`);
          continue;
        }
        const why = mutability(checker, type);
        if (why) found.push(`${where(decl)}: ${decl.name.getText(source)} is ${why}`);
      }
    }
  }
  return found;
}

test('no module under src/core keeps mutable state at module level', () => {
  expect(problems()).toEqual([]);
});

test('the check notices module-level state', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'core-state-'));
  const file = path.join(dir, 'bad.ts');
  fs.writeFileSync(
    file,
    [
      'let count = 0;',
      'const cache = new Map<string, number>();',
      "const words = ['a', 'b'];",
      'const table: Record<string, number> = { a: 1 };',
      'const stateful = /x/g;',
      "const frozen: readonly string[] = Object.freeze(['a']);",
      'const fine: Readonly<Record<string, number>> = { a: 1 };',
      'export function use(): number { return count + cache.size + words.length + table.a + frozen.length + fine.a + (stateful.test("x") ? 1 : 0); }',
    ].join('\n'),
  );
  const program = ts.createProgram([file], { strict: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const names: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      const isLet = !(statement.declarationList.flags & ts.NodeFlags.Const);
      const regex =
        decl.initializer && ts.isRegularExpressionLiteral(decl.initializer) && /\/[a-z]*g/.test(decl.initializer.text);
      if (isLet || regex || mutability(checker, checker.getTypeAtLocation(decl.name))) names.push(decl.name.getText());
    }
  }
  expect(names).toEqual(['count', 'cache', 'words', 'table', 'stateful']);
});
