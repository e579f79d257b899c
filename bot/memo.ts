/**
 * Bounded memoisation of pure string functions. Names, e-mail addresses and phone numbers recur on
 * every turn (directory searches, sync figures, call logs); folding or parsing each one again is
 * where those turns spent their time. The oldest entry goes once the bound is reached, so memory
 * stays flat whatever the input.
 */
export function memoizeText<R>(fn: (text: string) => R, maxEntries = 20_000): (text: string) => R {
  const cache = new Map<string, R>();
  return (text: string): R => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as R;
    const value = fn(text);
    // Very long strings are rare and would hold memory for nothing.
    if (text.length <= 256) {
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
      cache.set(text, value);
    }
    return value;
  };
}
