/**
 * Every match of a global pattern in `s`, in the order `s.matchAll(re)` gives them, read with exec on the pattern itself:
 * matchAll copies the pattern and builds an iterator at every call, and the places detector asks several patterns of
 * every sentence. An empty match steps on by one character (a whole code point with flag 'u'), as matchAll does.
 */
export function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex += re.unicode && (s.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}
