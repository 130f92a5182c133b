/** schema.org types of scholarly works (and the kin pages use for papers), lower-cased. */
const scholarlyTypes = new Set([
  'scholarlyarticle',
  'medicalscholarlyarticle',
  'thesis',
  'report',
  'chapter',
  'publicationissue',
  'conferencepaper',
])

/** Whether a schema.org type (a name or a URL such as `http://schema.org/ScholarlyArticle`) is a paper's. */
export function isScholarlyType(type: string): boolean {
  const name = type
    .trim()
    .replace(/^https?:\/\/schema\.org\//i, '')
    .replace(/^schema:/i, '')
    .toLowerCase()
  return scholarlyTypes.has(name) && name !== 'publicationissue'
}
