/**
 * The matches a global exec() loop of a pattern would find, found by trying its sticky form only
 * where a match can start. `nextStart(from)` gives the first position at or after `from` where one
 * can (any superset of the real starts will do), or -1; after a match the search goes on at its
 * end, after a miss one position further, as the global loop does. Several patterns that start with
 * a literal, a bracket or a capital are run this way: a global scan tried them at every character.
 */
export function stickyMatches(sticky: RegExp, text: string, nextStart: (from: number) => number, onMatch: (m: RegExpExecArray, start: number) => void): void {
  for (let at = nextStart(0); at >= 0; ) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) onMatch(m, at);
    at = nextStart(m && m[0].length > 0 ? at + m[0].length : at + 1);
  }
}
