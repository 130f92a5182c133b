/**
 * Lines of Hugging Face page chrome that a copy of a papers page carries around the
 * listing: header, navigation, tabs, footer. Matched as whole lines, only between entries.
 */
export const chromeLines: ReadonlySet<string> = new Set(
  [
    'New',
    'Get trending papers in your email inbox!',
    'Subscribe',
    'Daily Papers',
    'Trending Papers',
    'byAK and the research community',
    'by AK and the research community',
    'Daily',
    'Weekly',
    'Monthly',
    'Trending',
    'Search',
    'Submit',
    'Submit paper',
    'Previous',
    'Next',
    'Load more',
    'Hugging Face',
    'Models',
    'Datasets',
    'Spaces',
    'Posts',
    'Docs',
    'Enterprise',
    'Pricing',
    'Log In',
    'Sign Up',
    'System theme',
    'Company',
    'TOS',
    'Privacy',
    'About',
    'Jobs',
    'Careers',
    'Website',
    'Blog',
    'Learn',
    'Discord',
    'Forum',
    'GitHub',
    'Status',
  ].map((line) => line.toLowerCase()),
)

/** Words that mark a text as a copy of a Hugging Face papers page. */
export const pageMarkers: readonly string[] = [
  'Get trending papers in your email inbox!',
  'AK and the research community',
  'Daily Papers',
]
