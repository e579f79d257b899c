/**
 * Teams renders a TextBlock's text (and a fact's title and value) as Markdown. The bot's own
 * catalogue holds no Markdown, so everything a card shows is written as literal text: every
 * character that could start a link, an emphasis, code, a heading, a quote or a list is escaped
 * with a backslash (CommonMark). A user who types "[Reset your PIN](https://…)" and sees it
 * repeated sees those characters, never a link under the bot's name.
 */

// Inline syntax: links and images ([ ]), emphasis and strike-through (* _ ~), code (`), and the
// backslash itself.
const INLINE = /[\\`*_~[\]]/g;
// Block syntax at the start of a line: a heading, a quote, a bullet ("- ", "+ ", "* ").
const BLOCK_MARKER = /^([ \t]*)(#{1,6}(?=\s|$)|>|[-+](?=\s))/gm;
// A numbered item ("1. ", "1) "): the "." or ")" after the number is escaped.
const NUMBERED = /^([ \t]*\d{1,9})([.)])(?=\s)/gm;

/** `text` as literal Markdown: shows exactly these characters in Teams. */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE, '\\$&').replace(BLOCK_MARKER, '$1\\$2').replace(NUMBERED, '$1\\$2');
}

/**
 * Escapes, in place, every text of a rendered card that Teams reads as Markdown: TextBlock
 * `text` and FactSet facts' `title` and `value`. Other strings (inputs, button titles, ids, urls,
 * action data) are plain text for every host and are left as they are.
 */
export function escapeCardMarkdown<T>(card: T): T {
  visit(card);
  return card;
}

function visit(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const element = node as Record<string, unknown>;
  if (element.type === 'TextBlock' && typeof element.text === 'string')
    element.text = escapeMarkdown(element.text);
  if (element.type === 'FactSet' && Array.isArray(element.facts)) {
    for (const fact of element.facts as Array<Record<string, unknown>>) {
      if (typeof fact.title === 'string') fact.title = escapeMarkdown(fact.title);
      if (typeof fact.value === 'string') fact.value = escapeMarkdown(fact.value);
    }
  }
  for (const [key, value] of Object.entries(element)) {
    // Action data is the bot's own payload, read back on the click: never rewritten.
    if (key === 'data') continue;
    if (value !== null && typeof value === 'object') visit(value);
  }
}
