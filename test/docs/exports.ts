/** The public exports of a module, read from its syntax (`export …` and `export * from`), no type checker. */
import { readFileSync } from 'node:fs'
import ts from 'typescript'

/** Runtime values and type-only names a module exports, each sorted. */
export interface Exports {
  values: string[]
  types: string[]
}

export function publicExports(entry: URL): Exports {
  const values = new Set<string>()
  const types = new Set<string>()
  collect(entry, values, types, new Set())
  return { values: [...values].sort(), types: [...types].sort() }
}

function collect(file: URL, values: Set<string>, types: Set<string>, seen: Set<string>): void {
  if (seen.has(file.href)) return
  seen.add(file.href)
  const source = ts.createSourceFile(file.pathname, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true)
  const resolve = (specifier: ts.Expression) =>
    new URL((specifier as ts.StringLiteral).text.replace(/\.js$/, '.ts'), file)
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause
      if (!clause && statement.moduleSpecifier) collect(resolve(statement.moduleSpecifier), values, types, seen)
      else if (clause && ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          ;(statement.isTypeOnly || element.isTypeOnly ? types : values).add(element.name.text)
        }
      }
      continue
    }
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
      : false
    if (!exported) continue
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) types.add(statement.name.text)
    else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name)
      values.add(statement.name.text)
    else if (ts.isVariableStatement(statement))
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name)) values.add(declaration.name.text)
  }
}
