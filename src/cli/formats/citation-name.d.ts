// @citation-js/name ships no types; this is the one function papersift uses.
declare module '@citation-js/name' {
  /** Parse a personal name into CSL name parts. */
  export function parse(name: string): Record<string, string> | undefined
}
