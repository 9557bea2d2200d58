import type { State, Unsafe } from 'mdast-util-to-markdown';

/**
 * For a list of unsafe patterns, per construct stack: the expressions that find where any of them may match
 * (`anywhere` to search, `here` to test one position), or `null` when a pattern in scope depends on the
 * neighbouring nodes, which an expression cannot check.
 */
interface Screen {
  readonly anywhere: readonly RegExp[];
  /** `anywhere` for strings without line endings: without the patterns that need one. */
  readonly inLine: readonly RegExp[];
  readonly here: readonly RegExp[];
}
const screens = new WeakMap<readonly Unsafe[], Map<string, Screen | null>>();
/** Pattern lists seen so far, recognised by their pattern objects (each serializer call copies the list). */
const knownLists: (readonly Unsafe[])[] = [];

const sameList = (a: readonly Unsafe[], b: readonly Unsafe[]) => a.length === b.length && a.every((p, i) => p === b[i]);

/** The known list holding exactly the pattern objects of `state.unsafe`. */
function patternList(state: State): readonly Unsafe[] {
  let list = knownLists.find((known) => sameList(known, state.unsafe));
  if (list === undefined) {
    if (knownLists.length >= 8) knownLists.shift();
    list = [...state.unsafe];
    knownLists.push(list);
  }
  return list;
}

/** Whether any construct of `names` is on `stack`; `none` when there are no names (the serializer's rule). */
function anyOn(stack: readonly string[], names: Unsafe['inConstruct'], none: boolean): boolean {
  const list = typeof names === 'string' ? [names] : names;
  return !list || list.length === 0 ? none : list.some((name) => stack.includes(name));
}

/** Whether a pattern is in scope under `stack`: in one of its constructs (if any) and in none it excludes. */
const inScope = (pattern: Unsafe, stack: readonly string[]) =>
  anyOn(stack, pattern.inConstruct, true) && !anyOn(stack, pattern.notInConstruct, false);

/** `character` as an expression that matches it literally. */
const literal = (character: string) => (/[$()*+.?[\\\]^{|}]/.test(character) ? `\\${character}` : character);

/**
 * A pattern as an expression that matches at the unsafe character itself, with what must come before and
 * after it as lookbehind and lookahead. It matches at every position where the serializer's own expression
 * for the pattern would put its character, and possibly more (the serializer's matches don't overlap).
 */
function patternSource(pattern: Unsafe): string {
  const before = (pattern.atBreak ? '[\\r\\n][\\t ]*' : '') + (pattern.before ? `(?:${pattern.before})` : '');
  const character = literal(pattern.character);
  return character + (before ? `(?<=${before}${character})` : '') + (pattern.after ? `(?=${pattern.after})` : '');
}

/** `character` escaped for a character class. */
const inClass = (character: string) => (/[\\\]^[-]/.test(character) ? `\\${character}` : character);

/**
 * One expression per flag set (plain and `u`) over the patterns in scope under `stack`: the
 * alternatives, behind a lookahead for their characters, which lets the engine skip ahead quickly.
 */
function buildScreen(list: readonly Unsafe[], stack: readonly string[]): Screen | null {
  const groups: [Unsafe[], Unsafe[]] = [[], []];
  for (const pattern of list) {
    if (!inScope(pattern, stack)) continue;
    if (pattern.beforeNode || pattern.afterNode) return null;
    groups[pattern.unicode ? 1 : 0].push(pattern);
  }
  const build = (flag: string, keep: (pattern: Unsafe) => boolean = () => true) =>
    groups.flatMap((all, unicode) => {
      const patterns = all.filter(keep);
      if (patterns.length === 0) return [];
      const characters = [...new Set(patterns.map((p) => p.character))].map(inClass).join('');
      const source = `(?=[${characters}])(?:${patterns.map(patternSource).join('|')})`;
      return [new RegExp(source, flag + (unicode ? 'u' : ''))];
    });
  return { anywhere: build('g'), inLine: build('g', (pattern) => !needsLineEnding(pattern)), here: build('y') };
}

/** Expressions that match only a line ending (as the serializer's patterns write them). */
const LINE_ENDING = new Set(['[\\r\\n]', '\\r', '\\n']);

/**
 * Whether a pattern can only match where there is a line ending: at a break (after one), as one, or right
 * before or after one. Such patterns can't match in a string without line endings.
 */
const needsLineEnding = (pattern: Unsafe) =>
  Boolean(pattern.atBreak) ||
  pattern.character === '\r' ||
  pattern.character === '\n' ||
  LINE_ENDING.has(pattern.before ?? '') ||
  LINE_ENDING.has(pattern.after ?? '');

/** Per serializer state: the screens for its pattern list, and the stacks asked about lately with their screens. */
interface StateMemo {
  readonly byStack: Map<string, Screen | null>;
  readonly list: readonly Unsafe[];
  readonly recent: { readonly stack: readonly string[]; readonly screen: Screen | null }[];
}
const memos = new WeakMap<State, StateMemo>();

const sameStack = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((name, i) => name === b[i]);

/** The screen for the serializer's current patterns and construct stack (built once, then cached). */
function screenFor(state: State): Screen | null {
  const stack = state.stack;
  let memo = memos.get(state);
  if (memo === undefined) {
    const list = patternList(state);
    let byStack = screens.get(list);
    if (byStack === undefined) screens.set(list, (byStack = new Map()));
    memos.set(state, (memo = { byStack, list, recent: [] }));
  }
  // Text alternates between a few stacks (paragraph, link label, table cell…): comparing them beats joining.
  for (const seen of memo.recent) if (sameStack(seen.stack, stack)) return seen.screen;
  const key = stack.join('\u0000');
  let screen = memo.byStack.get(key);
  if (screen === undefined) memo.byStack.set(key, (screen = buildScreen(memo.list, stack)));
  memo.recent.unshift({ stack: [...stack], screen });
  if (memo.recent.length > 8) memo.recent.pop();
  return screen;
}

/**
 * Whether the serializer's `safe` would return `value` unchanged when it sits between `before` and `after`
 * under the current construct stack: no unsafe pattern in scope matches at a position of `value` (`safe`
 * escapes or, in autolinks, percent-encodes nothing else) and no backslash in `value` or `after` (which `safe`
 * might double). A `false` means "maybe not", never "certainly not".
 */
export function safeAsIs(state: State, before: string, value: string, after: string): boolean {
  if (value.includes('\\') || after.includes('\\')) return false;
  const screen = screenFor(state);
  if (screen === null) return false;
  const whole = before + value + after;
  const from = before.length;
  const to = from + value.length;
  const lines = whole.includes('\n') || whole.includes('\r');
  for (const expression of lines ? screen.anywhere : screen.inLine) {
    expression.lastIndex = from;
    const match = expression.exec(whole);
    if (match !== null && match.index < to) return false;
  }
  return true;
}

/**
 * Whether `safe` would leave the first character of `value` as it is when nothing comes before it (how the
 * serializer peeks at the next node to learn its first character): no unsafe pattern in scope matches at
 * position 0. A backslash there stays the first character whether `safe` doubles it or not.
 */
export function firstCharacterAsIs(state: State, value: string): boolean {
  const screen = screenFor(state);
  if (screen === null) return false;
  for (const expression of screen.here) {
    expression.lastIndex = 0;
    if (expression.test(value)) return false;
  }
  return true;
}
