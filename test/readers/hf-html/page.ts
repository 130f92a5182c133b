/** Small Hugging Face papers pages for tests: a `DailyPapers` component with `props` and the given cards. */
export function page(props: unknown, cards = '', rawProps?: string): string {
  const value = rawProps ?? escapeAttribute(JSON.stringify(props))
  return `<!doctype html><html><head><title>Daily Papers - Hugging Face</title></head><body>
<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${value}">${cards}</div>
</body></html>`
}

/** A rendered card as the 2024 markup has it, reduced to its structure. */
export function card(id: string, title: string, upvotes: number, authors: number, comments: number): string {
  return `<article><a href="/papers/${id}"><img src="https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${id}.png"></a>
<div>Submitted by <img src="/avatars/x.svg"> someone</div>
<div><a href="/login?next=%2Fpapers%2F${id}"><div>${upvotes}</div></a></div>
<div><h3><a href="/papers/${id}">${title}</a></h3>
<a href="/papers/${id}"><ul><li title="a"></li><li><div>·</div> ${authors} authors</li></ul></a>
<a href="/papers/${id}#community">${comments}</a></div></article>`
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A daily-papers item in the newer API shape. */
export function item(id: string, extra: Record<string, unknown> = {}, paper: Record<string, unknown> = {}) {
  return {
    paper: {
      id,
      authors: [{ _id: 'a1', name: 'Ada Lovelace', hidden: false }],
      publishedAt: '2026-05-07T00:00:00.000Z',
      submittedOnDailyAt: '2026-05-08T01:00:00.000Z',
      title: `Paper ${id}`,
      summary: `Abstract of ${id},\nwrapped.`,
      upvotes: 3,
      discussionId: 'd1',
      ...paper,
    },
    publishedAt: '2026-05-06T20:00:00.000Z',
    title: `Paper ${id}`,
    numComments: 1,
    ...extra,
  }
}
