/**
 * docs/messages.md has one heading per ruleId the code can emit, and no other: its anchor is the
 * one messages link (`url`), its severity the one the code reports with. The ruleIds are read from
 * the source's syntax: the string arguments of `report(…)` calls (readers and the core), the rules
 * given to `ruleUrl(…)` (what a message links), and the built-in plugins' names. Then every
 * fixture is parsed and each message's `source` and `url` checked against the page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import type { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { messagesDocs, ruleAnchor } from '../../src/core/messages.js'
import { definePlugin, parseSync } from '../../src/index.js'
import { builtinPlugins } from '../../src/plugins/index.js'
import { readers } from '../../src/readers/index.js'

const src = fileURLToPath(new URL('../../src/', import.meta.url))
const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url))
const ruleShape = /^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/

interface Emitted {
  /** Literal rule ids in `report(…)` calls (`hf-text:stray-meta`). */
  literal: Set<string>
  /** `${reader}:rule` templates in `report(…)` calls, as `<>:rule`. */
  templated: Set<string>
  /** The severities each literal rule id is reported with. */
  severities: Map<string, Set<string>>
  /** Literal arguments of `ruleUrl(…)`: the entries messages link. */
  linked: Set<string>
}

function emittedRuleIds(): Emitted {
  const found: Emitted = { literal: new Set(), templated: new Set(), severities: new Map(), linked: new Set() }
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : ''
      if (name === 'ruleUrl') {
        const [argument] = node.arguments
        if (argument && ts.isStringLiteral(argument)) found.linked.add(argument.text)
      }
      if (name === 'report') {
        for (const argument of node.arguments) {
          if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) {
            if (!ruleShape.test(argument.text)) continue
            found.literal.add(argument.text)
            // Reports are warnings unless the call passes 'info'.
            const info = node.arguments.some((item) => ts.isStringLiteral(item) && item.text === 'info')
            const severities = found.severities.get(argument.text) ?? new Set()
            found.severities.set(argument.text, severities.add(info ? 'info' : 'warning'))
          } else if (ts.isTemplateExpression(argument) && argument.head.text === '') {
            const [span, ...rest] = argument.templateSpans
            const rule = span?.literal.text ?? ''
            if (rest.length === 0 && /^:[a-z][a-z0-9-]*$/.test(rule)) found.templated.add(`<>${rule}`)
          }
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  for (const path of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!path.endsWith('.ts')) continue
    visit(ts.createSourceFile(path, readFileSync(join(src, path), 'utf8'), ts.ScriptTarget.ES2022, true))
  }
  return found
}

interface Entry {
  ruleId: string
  anchor: string
  severity: string
}

/** The rule headings: `### <a id="anchor"></a>`ruleId``, then a paragraph starting `**severity**.`. */
function documentedRules(markdown: string): Entry[] {
  const lines = markdown.split('\n')
  const entries: Entry[] = []
  lines.forEach((line, index) => {
    if (!line.startsWith('### ')) return
    const heading = /^### <a id="([^"]+)"><\/a>`([^`]+)`$/.exec(line)
    expect(heading, `heading on line ${index + 1}: ${line}`).not.toBeNull()
    const paragraph = lines.slice(index + 1).find((next) => next.trim() !== '') ?? ''
    const severity = /^\*\*(warning|info)\*\*\. \S/.exec(paragraph)?.[1] ?? `none on line ${index + 1}`
    entries.push({ anchor: heading?.[1] ?? '', ruleId: heading?.[2] ?? '', severity })
  })
  return entries
}

/** The anchor a documented id must have: the rule's own, or the generic entries'. */
function anchorOf(ruleId: string): string {
  if (ruleId === '<plugin name>') return 'plugin'
  return ruleAnchor(ruleId.replace(/^<reader>:/, 'reader:'))
}

const page = readFileSync(new URL('../../docs/messages.md', import.meta.url), 'utf8')
const entries = documentedRules(page)
const documented = new Set(entries.map((entry) => entry.ruleId))
const anchors = new Set(entries.map((entry) => entry.anchor))
const emitted = emittedRuleIds()
const readerNames = readers.map((reader) => reader.name)
const pluginNames = builtinPlugins.map((plugin) => plugin.name)

describe('docs/messages.md', () => {
  it('finds the ruleIds in the source (the collector itself)', () => {
    expect(emitted.literal).toContain('core:empty')
    expect(emitted.literal).toContain('hf-text:stray-meta')
    expect(emitted.templated).toContain('<>:no-entries')
    expect(emitted.linked).toContain('reader:error')
    expect(emitted.literal.size).toBeGreaterThan(25)
    expect(entries.length).toBeGreaterThan(40)
  })

  it('gives every rule one heading, whose anchor is the one its messages link', () => {
    for (const entry of entries) expect(entry.anchor, entry.ruleId).toBe(anchorOf(entry.ruleId))
    expect(anchors.size).toBe(entries.length)
    expect(documented.size).toBe(entries.length)
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

  it('has the entry every `ruleUrl(…)` in the source links', () => {
    for (const rule of emitted.linked) expect(anchors, rule).toContain(ruleAnchor(rule))
  })

  it('documents the plugins’ messages: every built-in plugin by name, and the rule for any plugin', () => {
    expect(documented).toContain('<plugin name>')
    for (const name of pluginNames) expect(documented, name).toContain(name)
  })

  it('gives each literal ruleId the severity the code reports it with', () => {
    for (const [ruleId, severity] of emitted.severities) {
      const entry = entries.find((item) => item.ruleId === ruleId)
      expect([entry?.severity], ruleId).toEqual([...severity])
    }
  })

  it('documents nothing the code cannot emit', () => {
    for (const ruleId of documented) {
      if (ruleId === '<plugin name>' || pluginNames.includes(ruleId)) continue
      if (ruleId.startsWith('<reader>:')) {
        const rule = ruleId.slice(8)
        const used = emitted.templated.has(`<>${rule}`) || emitted.linked.has(`reader${rule}`)
        expect(used, ruleId).toBe(true)
        continue
      }
      const [prefix = '', rule = ''] = ruleId.split(':')
      const fromTemplate = readerNames.includes(prefix) && emitted.templated.has(`<>:${rule}`)
      expect(emitted.literal.has(ruleId) || fromTemplate, ruleId).toBe(true)
    }
  })
})

/** Every message of every fixture, and of inputs that make the core and the plugin chain speak. */
function messagesSeen(): VFileMessage[] {
  const results: Array<{ messages: VFileMessage[] }> = []
  for (const reader of readdirSync(fixtures)) {
    if (!readerNames.includes(reader)) continue
    for (const name of readdirSync(join(fixtures, reader))) {
      const folder = join(fixtures, reader, name)
      const input = statSync(folder).isDirectory()
        ? readdirSync(folder).find((file) => file.startsWith('input.'))
        : undefined
      if (!input) continue
      results.push(parseSync(readFileSync(join(folder, input)), { referenceDate: '2025-12-08' }))
    }
  }
  const listing = readFileSync(join(fixtures, 'hf-text/seed/input.txt'), 'utf8')
  const broken = definePlugin({
    name: 'broken',
    schema: z.object({ n: z.number() }),
    extract: () => ({ n: 'x' }) as never,
  })
  results.push(parseSync(listing, { plugins: [broken], referenceDate: '2025-12-08' }))
  // A day that does not exist: the metadata plugin says so.
  results.push(parseSync(listing.replace('Jun 26, 2023', 'Jun 31, 2023'), { referenceDate: '2025-12-08' }))
  results.push(parseSync(''), parseSync('%PDF-1.7\n\0\0\0'), parseSync('just some words', { reader: 'arxiv-atom' }))
  return results.flatMap((result) => result.messages)
}

describe('the messages of every fixture', () => {
  const messages = messagesSeen()
  const speakers = new Set(['core', ...readerNames, ...pluginNames, 'broken'])

  it('are many and varied (the check below has something to check)', () => {
    expect(messages.length).toBeGreaterThan(30)
    const sources = new Set(messages.map((message) => message.source))
    for (const source of ['core', 'broken', 'metadata', 'hf-html', 'hf-markdown', 'arxiv-atom', 'generic-json'])
      expect(sources, source).toContain(source)
  })

  it('name who spoke as `source` and link their rule’s heading as `url`', () => {
    for (const message of messages) {
      const label = `${message.ruleId}: ${message.reason}`
      expect(speakers, label).toContain(message.source)
      // The speaker is the rule's prefix, except for a core budget a reader enforces while it reads.
      const prefix = String(message.ruleId).split(':')[0]
      if (message.ruleId !== 'core:budget') expect(message.source, label).toBe(prefix)
      expect(message.url?.startsWith(`${messagesDocs}#`), label).toBe(true)
      expect(anchors, label).toContain(message.url?.slice(messagesDocs.length + 1))
    }
  })
})
