/** Following next-page links safely: the bearer token must never travel to another host. */
import { WireShapeError } from './wire-read';

/** Hard stop against an upstream that keeps answering with a next page. */
export const MAX_PAGES = 1_000;

/**
 * The absolute URL of a next-page link (absolute or relative to the current page). A link to
 * another origin, or one that repeats a page already read, is a protocol error.
 */
export function resolveNextLink(href: string, currentUrl: string, seen: Set<string>): string {
  let next: URL;
  try {
    next = new URL(href, currentUrl);
  } catch {
    throw new WireShapeError('next-page link is not a URL');
  }
  if (next.origin !== new URL(currentUrl).origin)
    throw new WireShapeError('next-page link points to another host');
  const url = next.toString();
  if (seen.has(url) || seen.size >= MAX_PAGES) throw new WireShapeError('next-page links do not end');
  seen.add(url);
  return url;
}

/** The set of pages read so far, starting with the first page's URL. */
export function pagesFrom(firstUrl: string): Set<string> {
  return new Set([new URL(firstUrl).toString()]);
}
