/**
 * Person names in listing text: whether a piece of text reads as a name, and author lists split
 * into names. Every pattern here is linear: single character classes, no nested quantifiers.
 */
import { isSpaceCode } from '../../util/text.js'

// Words that start titles and venues but never names.
const notNames = new Set(
  'the a an of for on in with and to from by at via using towards toward is are how what when why we our new proceedings journal conference workshop symposium university institute department transactions letters review international annual abstract paper papers article articles pdf code slides video poster bibtex home about contact news blog publications teaching research people projects cv search menu more login sign'.split(
    ' ',
  ),
)

// A name's shape in one linear test: 2 to 6 words, each capitalised (Ö'Brien, Jean-Luc, A.S.,
// CNL) or a particle, separated by single spaces.
const word =
  "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|van|von|der|den|de|del|della|di|da|das|dos|du|la|le|el|al|bin|ibn|ter|ten|zu|y|e|st)"
const nameShape = new RegExp(`^${word}(?: ${word}){1,5}$`, 'u')
// The same for ASCII text, much cheaper than Unicode property classes (most names on most pages).
const asciiWord =
  "(?:[A-Z][A-Za-z'.-]*|van|von|der|den|de|del|della|di|da|das|dos|du|la|le|el|al|bin|ibn|ter|ten|zu|y|e|st)"
const asciiShape = new RegExp(`^${asciiWord}(?: ${asciiWord}){1,5}$`)
const ascii = /^[\x20-\x7e]*$/
// At least one word that is more than initials.
const fullWord = /\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}/u
const gluedInitials = /^(?:\p{Lu}\.){1,3}\p{Lu}[\p{Ll}\p{M}'’-]+$/u

// Listing pages repeat names (a lab page's own author on every line): answers are remembered,
// a bounded number of them.
const known = new Map<string, boolean>()

/** Whether `text` reads as one person's name: 2 to 6 words, capitalised or particles, no digits. */
export function isName(text: string): boolean {
  if (text.length > 60 || text.length < 3) return false
  const answer = known.get(text)
  if (answer !== undefined) return answer
  if (known.size >= 10_000) known.clear()
  const name = readsAsName(text)
  known.set(text, name)
  return name
}

function readsAsName(text: string): boolean {
  const first = text.charCodeAt(0)
  // Names start with a capital (or, rarely, a particle: "van der Berg").
  if (first >= 97 && first <= 122 && !/^(?:van|von|de|da|di|du|le|la|al|el|ter|ten|zu) /.test(text)) return false
  if (first >= 48 && first <= 57) return false
  const plain = ascii.test(text)
  if (!(plain ? asciiShape : nameShape).test(text)) return !text.includes(' ') && gluedInitials.test(text)
  if (!(plain ? /[A-Z][A-Za-z'-]*[a-z]/ : fullWord).test(text)) return false
  // Single letters are initials ("A Smith"), not the article "A".
  for (const item of text.split(' ')) if (item.length > 1 && notNames.has(item.toLowerCase())) return false
  return true
}

// Footnote and role markers after or before a name: *, †, ‡, §, ¶, #, superscript and plain digits.
const markers = /[*†‡§¶#♯✉⋆∗^¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu
const hasMarker = /[*†‡§¶#♯✉⋆∗^¹²³⁴⁵⁶⁷⁸⁹⁰]/
const hasDigit = /\d/
// What `\s+` → ' ' would change: whitespace other than a lone ASCII space.
const uncollapsed = /[^\S ]| {2}/
const roleNotes =
  /\((?:corresponding(?: author)?|equal contribution|co-?first(?: author)?|first author|joint first author|presenter|presenting author|advisor|student|intern|ed(?:itor)?s?\.?)\)/giu
// Elisions and "et al.": not names.
const elision = /^(?:\.\.\.|…|et\.? al\.?|…\s*et\.? al\.?|others|et al\.?…)$/iu

/**
 * Split an author list as printed into names: on commas, semicolons, `&`, `|`, `·`, and the
 * word `and`; markers (`*`, `†`, footnote digits, "(corresponding author)") removed, elisions
 * (`…`, `et al.`) dropped, initials kept (`A.S. Sodiya`, `CNL Olivers`).
 */
export function splitAuthors(text: string): string[] {
  // Markers and footnote digits come off the whole list at once ("Smith1,2" loses its "1").
  // (Each rewrite runs only where it can change something: most lists have no markers or digits,
  // and their spaces arrive collapsed, which one test tells.)
  let cleaned = text
  if (rewritten.test(text)) {
    if (cleaned.includes('(')) cleaned = cleaned.replace(roleNotes, ' ')
    if (hasMarker.test(cleaned)) cleaned = cleaned.replace(markers, '')
    if (hasDigit.test(cleaned)) cleaned = cleaned.replace(/(\p{L})\d+/gu, '$1')
    if (uncollapsed.test(cleaned)) cleaned = cleaned.replace(/\s+/g, ' ')
  }
  const names: string[] = []
  // The parts between separators: each separator found by a pattern without the whitespace
  // around it (each part is trimmed), which skips to the characters a separator starts with; the
  // split pattern with `\s*` first was tried at every character, and made an array of parts.
  let from = 0
  separator.lastIndex = 0
  while (separator.test(cleaned)) {
    const end = separator.lastIndex
    // (Three characters when it ends with the `d` of "and" or the last period of "...".)
    const last = cleaned.charCodeAt(end - 1)
    addName(names, cleaned, from, last === 100 || last === 46 ? end - 3 : end - 1)
    from = end
  }
  addName(names, cleaned, from, cleaned.length)
  return names
}

// What `\s*(?:[,;|&·•]|…|\.\.\.|\band\b)\s*` (with `u`) cuts a list at, less the whitespace around
// it: the same places, leftmost first (`\b` reads ASCII word characters, with `u` or without).
const separator = /[,;|&·•…]|\.\.\.|\band\b/g
// Whether any of the rewrites above can change the list: an opening parenthesis, a marker, a
// digit, whitespace other than a lone space.
const rewritten = /[(*†‡§¶#♯✉⋆∗^¹²³⁴⁵⁶⁷⁸⁹⁰\d]|[^\S ]| {2}/

/**
 * One part of an author list (`list` from `start` to `end`) cleaned (leftover numbers and
 * punctuation, "et al.") and added, unless nothing is left.
 */
function addName(names: string[], list: string, start: number, end: number): void {
  // (The part trimmed by its bounds and sliced once: `slice` then `trim` made two strings.)
  let from = start
  let to = end
  while (from < to && isSpaceCode(list.charCodeAt(from))) from++
  while (to > from && isSpaceCode(list.charCodeAt(to - 1))) to--
  if (from === to) return
  let name = list.slice(from, to)
  const first = name.charCodeAt(0)
  // Leftovers: a footnote number, list punctuation.
  if ((first >= 48 && first <= 57) || first === 46 || first === 58 || first === 45) {
    name = name.replace(/^[\d\s.:-]+/, '')
  }
  // (Character tests, not `endsWith`, which is a call each: this runs per name of every list.)
  let last = name.charCodeAt(name.length - 1)
  if (last === 58 || last === 45) {
    name = name.replace(/[\s:-]+$/, '')
    last = name.charCodeAt(name.length - 1)
  }
  if (name === '' || (elided(name.charCodeAt(0)) && elision.test(name))) return
  // "et al" ends a name after a space (whitespace here is single spaces).
  if (endsWithAl(name, last)) name = name.replace(/\s+et\.? al\.?$/i, '')
  names.push(name)
}

/** Whether `name` (its last character `last`) ends with " al" or " al.". */
function endsWithAl(name: string, last: number): boolean {
  const end = last === 46 ? name.length - 1 : name.length
  return (
    end >= 3 && name.charCodeAt(end - 1) === 108 && name.charCodeAt(end - 2) === 97 && name.charCodeAt(end - 3) === 32
  )
}

/** Whether a part starting with `code` can be an elision (`...`, `…`, `et al.`, `others`; `/iu` folds only these). */
function elided(code: number): boolean {
  return code === 46 || code === 0x2026 || code === 101 || code === 69 || code === 111 || code === 79
}

/** How many of `names` read as names, as a share (0 for none). */
export function nameShare(names: readonly string[]): number {
  if (names.length === 0) return 0
  let count = 0
  for (const name of names) if (isName(name) || isSurnameFirst(name)) count++
  return count / names.length
}

// "Sierra, C." style pieces cannot be told from a list split on commas; "Olivers CNL" can.
function isSurnameFirst(name: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}'’-]+ (?:\p{Lu}\.?){1,3}$/u.test(name)
}
