/**
 * Person names in listing text: whether a piece of text reads as a name, and author lists split
 * into names. Every pattern here is linear: single character classes, no nested quantifiers.
 */

// Lower-case words that belong inside names (van der Linden, de la Cruz, bin Salman).
const particles = new Set(
  'van von der den de del della di da das dos du la le el al bin ibn ter ten zu y e st'.split(' '),
)
// Words that start titles and venues but never names.
const notNames = new Set(
  'the a an of for on in with and to from by at via using towards toward is are how what when why we our new proceedings journal conference workshop symposium university institute department transactions letters review international annual abstract paper papers article articles pdf code slides video poster bibtex home about contact news blog publications teaching research people projects cv search menu more login sign'.split(
    ' ',
  ),
)

// One word of a name: a capitalised word (Ö'Brien, Jean-Luc, McDonald), initials (A., A.S., CNL, J.-P.).
const nameWord = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.?)$/u
const initials = /^(?:\p{Lu}\.-?)+$|^\p{Lu}{1,4}$/u

/** Whether `text` reads as one person's name: 2 to 6 words, capitalised or particles, no digits. */
export function isName(text: string): boolean {
  const words = text.split(' ')
  if (words.length < 2 || words.length > 6 || text.length > 60) {
    // "A.S. Sodiya" is two words; "D.I.Adelani" is one word with initials glued on.
    return words.length === 1 && /^(?:\p{Lu}\.){1,3}\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(text)
  }
  let capitalised = 0
  let full = 0
  for (const word of words) {
    const lower = word.toLowerCase()
    if (notNames.has(lower)) return false
    if (particles.has(lower) && word === lower) continue
    if (!nameWord.test(word)) return false
    capitalised++
    if (!initials.test(word)) full++
  }
  return capitalised >= 1 && full >= 1
}

// Footnote and role markers after or before a name: *, †, ‡, §, ¶, #, superscript and plain digits.
const markers = /[*†‡§¶#♯✉⋆∗^¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu
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
  const cleaned = text.replace(roleNotes, ' ').replace(/\s+/g, ' ')
  const names: string[] = []
  for (const piece of cleaned.split(/\s*(?:[,;|&·•]|…|\.\.\.|\band\b)\s*/u)) {
    // Footnote digits glued to a name ("Smith1,2" is split at the comma into "Smith1" and "2").
    const name = piece
      .replace(markers, '')
      .replace(/(\p{L})\d+$/u, '$1')
      .replace(/^\d+\s*/u, '')
      .replace(/^[\s.:-]+|[\s:-]+$/gu, '')
      .trim()
    if (name === '' || /^\d+$/.test(name) || elision.test(name) || /^et\.? al\.?$/i.test(name)) continue
    names.push(name.replace(/\s+et\.? al\.?$/i, ''))
  }
  return names
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
