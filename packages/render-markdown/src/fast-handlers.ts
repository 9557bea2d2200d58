import type { Heading, Nodes, Root, Text } from 'mdast';
import { defaultHandlers, type Handle, type Handlers, type Info, type State, type Tracker } from 'mdast-util-to-markdown';
import { firstCharacterAsIs, safeAsIs } from './escape-screen.js';

/** Where the untracked serializer says it is: the start, always. No handler's output depends on it. */
const NOWHERE = Object.freeze({ now: Object.freeze({ line: 1, column: 1 }), lineShift: 0 });
const untracked: Tracker = { move: (value) => value || '', current: () => NOWHERE, shift: () => undefined };

/**
 * The default `root` handler, after three changes to the serializer's state that leave its output as it is:
 *
 * - `safe` returns strings that need no escaping at once (see safeAsIs) instead of running every unsafe
 *   pattern over them, one expression each;
 * - the line and column tracker, which only serves source positions and splits every string it is given into
 *   lines, does nothing;
 * - `containerPhrasing` joins phrasing without emphasis or strong directly (see plainPhrasing).
 */
function root(...[node, parent, state, info]: Parameters<Handle>): string {
  const safe = state.safe;
  state.safe = (input, config) => {
    const value = input || '';
    return safeAsIs(state, config.before || '', value, config.after || '') ? value : safe.call(state, input, config);
  };
  state.createTracker = () => untracked;
  const containerPhrasing = state.containerPhrasing;
  state.containerPhrasing = (phrasingParent, phrasingInfo) =>
    plainPhrasing(phrasingParent, state, phrasingInfo) ?? containerPhrasing.call(state, phrasingParent, phrasingInfo);
  // The default root handler, with a set for its test (mdast-util-phrasing's, one comparison per type).
  if (!(node as Root).children.some((child) => PHRASING.has(child.type))) return state.containerFlow(node as Root, info);
  const exit = state.enter('phrasing');
  const value = state.containerPhrasing(node as Root, info);
  exit();
  return value;
}

/** The node types mdast-util-phrasing takes for phrasing content (`html` is left out: it is ambiguous). */
const PHRASING = new Set([
  'break', 'delete', 'emphasis', 'footnote', 'footnoteReference', 'image', 'imageReference', 'inlineCode', 'inlineMath', 'link',
  'linkReference', 'mdxJsxTextElement', 'mdxTextExpression', 'strong', 'text', 'textDirective',
]);

/** A handler as the serializer keeps it: with a `peek` for the first character, or `attention` (emphasis, strong). */
type Registered = Handle & { peek?: Handle; attention?: unknown };

/** The first character (code point) of a string, as the serializer's own util/character.js gives it. */
function firstCharacter(value: string): string {
  const code = value.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The last character (code point) of a string, as the serializer's own util/character.js gives it. */
function lastCharacter(value: string): string {
  const code = value.codePointAt(value.length - 2);
  return code !== undefined && code > 0xffff ? value.slice(-2) : value.slice(-1);
}

/**
 * The serializer's containerPhrasing for phrasing without attention (emphasis, strong) or HTML: each child
 * with the first character of the next (by its `peek`) after it and the last character so far before it, joined
 * as they are. The serializer's own version collects the same strings, then runs its pairing of attention
 * sequences over them, which without attention leaves them as they are. Undefined for other phrasing.
 */
function plainPhrasing(parent: Parameters<State['containerPhrasing']>[0], state: State, info: Info): string | undefined {
  const children = parent.children as readonly Nodes[];
  const handlers = (state.handle as unknown as { handlers: Record<string, Registered | undefined> }).handlers;
  for (const child of children) if (child.type === 'html' || handlers[child.type]?.attention) return undefined;
  const indexStack = state.indexStack;
  indexStack.push(-1);
  let before = info.before;
  let result = '';
  for (let index = 0; index < children.length; index++) {
    indexStack[indexStack.length - 1] = index;
    let after = info.after;
    if (index + 1 < children.length) {
      const next = children[index + 1]!;
      const handle = handlers[next.type];
      after = handle ? firstCharacter((handle.peek ?? handle)(next, parent, state, { ...NOWHERE, before: '', after: '' })) : '';
    }
    const value = state.handle(children[index]!, parent, state, { ...NOWHERE, after, before });
    if (!value) continue;
    result += value;
    before = lastCharacter(value);
  }
  indexStack.pop();
  return result;
}

type Parent = Parameters<Handle>[1];

/**
 * The default `text` handler, skipped when `safe` would return the text as it is, and with a `peek`. To choose
 * how to escape a node's end, the serializer asks for the first character the next node will output: nodes
 * with a `peek` answer cheaply, the others are serialized whole (and again when their turn comes). A text's
 * first character is its own unless `safe` escapes it.
 */
const text = Object.assign(
  function text(node: Text, parent: Parent, state: State, info: Info): string {
    return safeAsIs(state, info.before, node.value, info.after) ? node.value : defaultHandlers.text(node, parent, state, info);
  },
  {
    peek(node: Text, parent: Parent, state: State, info: Info): string {
      const asIs = info.before === '' && info.after === '' && firstCharacterAsIs(state, node.value);
      return asIs ? node.value : defaultHandlers.text(node, parent, state, info);
    },
  },
);

/** Whether a node holds a line ending in a literal, or a hard break (as the serializer checks before setext). */
export function hasLineBreak(node: Nodes): boolean {
  if (node.type === 'break' || ('value' in node && /[\r\n]/.test(node.value))) return true;
  return 'children' in node && node.children.some(hasLineBreak);
}

/** A heading's rank as the serializer writes it: its depth, clamped to 1–6. */
export const headingRank = (node: Heading): number => Math.max(Math.min(6, node.depth || 1), 1);

/** Whether the default `heading` handler would write `node` as an ATX heading (not setext, not closed). */
export const writesAtx = (node: Heading, state: State): boolean =>
  !state.options.setext && !state.options.closeAtx && (node.depth >= 3 || !hasLineBreak(node));

/**
 * An ATX heading as the default handler writes it, after `sequence` (its `#`s): a space, the content (a leading
 * space or tab as a character reference), or the sequence alone when there is no content.
 */
export function atxHeading(node: Heading, state: State, info: Info, sequence: string): string {
  const tracker = state.createTracker(info);
  const exit = state.enter('headingAtx');
  const subexit = state.enter('phrasing');
  tracker.move(`${'#'.repeat(headingRank(node))} `);
  let value = state.containerPhrasing(node, { before: '# ', after: '\n', ...tracker.current() });
  const head = value.charCodeAt(0);
  if (head === 9 /* tab */ || head === 32 /* space */) value = `&#x${head.toString(16).toUpperCase()};${value.slice(1)}`;
  subexit();
  exit();
  return value ? `${sequence} ${value}` : sequence;
}

/**
 * The default `heading` handler first walks the heading with unist-util-visit (which renames a function per
 * node, for debugging) to decide whether it must be written setext: only with the `setext` option, or for a
 * level 1–2 heading holding a line break. This handler decides that without the walk and writes the ATX
 * heading as the default handler does. Setext and closed ATX headings go to the default handler.
 */
function heading(node: Heading, parent: Parent, state: State, info: Info): string {
  if (!writesAtx(node, state)) return defaultHandlers.heading(node, parent, state, info);
  return atxHeading(node, state, info, '#'.repeat(headingRank(node)));
}

/**
 * Handlers for mdast-util-to-markdown that give exactly the output of its own, faster: a `safe` that skips
 * strings with nothing to escape, no position tracking, a cheap `peek` for text, and ATX headings without a
 * walk of each heading.
 */
export const FAST_HANDLERS: Partial<Handlers> = { root, text, heading };
