/**
 * Cuts `---` front matter off a Markdown file with the rules of remark-frontmatter: the file starts with a line
 * `---`, and the front matter runs to the next line that is `---` (trailing spaces or tabs allowed). Returns the
 * YAML (without the fences), the body after the closing fence, and the 1-based line the body starts on;
 * undefined when the front matter is not closed.
 */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const opening = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!opening) return undefined;
  const start = opening[0].length;
  const closing = /---[ \t]*(?:\r\n|\r|\n|(?![^]))/y;
  const lineEnding = /\r\n|\r|\n/g;
  let at = start;
  let line = 2;
  let endingLength = 0;
  for (;;) {
    closing.lastIndex = at;
    const fence = closing.exec(text);
    if (fence) {
      const yaml = at === start ? '' : text.slice(start, at - endingLength);
      return { yaml, body: text.slice(at + fence[0].length), bodyLine: line + 1 };
    }
    lineEnding.lastIndex = at;
    const ending = lineEnding.exec(text);
    if (!ending) return undefined;
    endingLength = ending[0].length;
    at = ending.index + endingLength;
    line++;
  }
}
