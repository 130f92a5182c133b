/**
 * docs/messages.md lists every ruleId the code can emit, and no other. The ruleIds are read from
 * the source's syntax: the string arguments of `report(…)` calls (readers and the core), and the
 * built-in plugins' names (a plugin's messages carry its name).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { builtinPlugins } from '../../src/plugins/index.js'
import { readers } from '../../src/readers/index.js'
import { codeSpans, tables } from './markdown.js'

const src = fileURLToPath(new URL('../../src/', import.meta.url))
const ruleShape = /^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/

/** `ruleId`s in `report(…)` calls: literals (`hf-text:stray-meta`) and `${reader}:rule` templates (`<>:rule`). */
function emittedRuleIds(): { literal: Set<string>; templated: Set<string>; severities: Map<string, Set<string>> } {
  const literal = new Set<string>()
  const severities = new Map<string, Set<string>>()
  const templated = new Set<string>()
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : ''
      if (name === 'report') {
        for (const argument of node.arguments) {
          if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) {
            if (!ruleShape.test(argument.text)) continue
            literal.add(argument.text)
            // Reports are warnings unless the call passes 'info'.
            const info = node.arguments.some((item) => ts.isStringLiteral(item) && item.text === 'info')
            severities.set(argument.text, (severities.get(argument.text) ?? new Set()).add(info ? 'info' : 'warning'))
          } else if (ts.isTemplateExpression(argument) && argument.head.text === '') {
            const [span, ...rest] = argument.templateSpans
            const rule = span?.literal.text ?? ''
            if (rest.length === 0 && /^:[a-z][a-z0-9-]*$/.test(rule)) templated.add(`<>${rule}`)
          }
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  for (const path of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!path.endsWith('.ts')) continue
    const text = readFileSync(join(src, path), 'utf8')
    visit(ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true))
  }
  return { literal, templated, severities }
}

const rows = tables(readFileSync(new URL('../../docs/messages.md', import.meta.url), 'utf8'))
  .filter((table) => table.header[0] === 'ruleId')
  .flatMap((table) => table.rows)
const documented = new Set(rows.flatMap((row) => codeSpans(row[0] ?? '')))
const emitted = emittedRuleIds()
const readerNames = readers.map((reader) => reader.name)
const pluginNames = builtinPlugins.map((plugin) => plugin.name)

describe('docs/messages.md', () => {
  it('finds the ruleIds in the source (the collector itself)', () => {
    expect(emitted.literal).toContain('core:empty')
    expect(emitted.literal).toContain('hf-text:stray-meta')
    expect(emitted.templated).toContain('<>:no-entries')
    expect(emitted.literal.size).toBeGreaterThan(25)
  })

  it('documents every literal ruleId the code reports', () => {
    for (const ruleId of emitted.literal) expect(documented, ruleId).toContain(ruleId)
  })

  it('documents every <reader>:rule ruleId, for every reader or for the readers that use it', () => {
    for (const template of emitted.templated) {
      const rule = template.slice(2)
      const forms = [...documented].filter((item) => item === `<reader>${rule}` || item.endsWith(rule))
      expect(forms, template).not.toEqual([])
    }
  })

  it('documents the plugins’ messages: every built-in plugin by name, and the rule for any plugin', () => {
    expect(documented).toContain('<plugin name>')
    for (const name of pluginNames) expect(documented, name).toContain(name)
  })

  it('gives each literal ruleId the severity the code reports it with', () => {
    for (const [ruleId, severity] of emitted.severities) {
      const row = rows.find((cells) => codeSpans(cells[0] ?? '').includes(ruleId))
      expect([row?.[1]], ruleId).toEqual([...severity])
    }
  })

  it('documents nothing the code cannot emit', () => {
    for (const ruleId of documented) {
      if (ruleId === '<plugin name>' || pluginNames.includes(ruleId)) continue
      if (ruleId.startsWith('<reader>:')) {
        expect(emitted.templated, ruleId).toContain(`<>${ruleId.slice(8)}`)
        continue
      }
      const [prefix = '', rule = ''] = ruleId.split(':')
      const fromTemplate = readerNames.includes(prefix) && emitted.templated.has(`<>:${rule}`)
      expect(emitted.literal.has(ruleId) || fromTemplate, ruleId).toBe(true)
    }
  })
})
