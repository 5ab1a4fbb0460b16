// URLs of the web UI's pages, built from ids with every path segment encoded.

export function storyHref(storyId: string, claimGroupId?: string): string {
  return `/stories/${encodeURIComponent(storyId)}${claimGroupId ? `#${claimAnchor(claimGroupId)}` : ''}`;
}

/** The article page, optionally at the sentence starting at `start`. */
export function articleHref(articleId: string, start?: number): string {
  return `/articles/${encodeURIComponent(articleId)}${start !== undefined ? `#${sentenceAnchor(start)}` : ''}`;
}

export function sentenceAnchor(start: number): string {
  return `s-${start}`;
}

export function claimAnchor(groupId: string): string {
  return `claim-${groupId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function entityAnchor(entityId: string): string {
  return `entity-${entityId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function searchHref(q: string): string {
  return `/search?q=${encodeURIComponent(q)}`;
}

/** The page of one entity of a story: its claims, quotes and articles. */
export function entityHref(storyId: string, entityId: string): string {
  return `/stories/${encodeURIComponent(storyId)}/entities/${encodeURIComponent(entityId)}`;
}
