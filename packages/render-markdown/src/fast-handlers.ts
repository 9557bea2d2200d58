import type { Root, Text } from 'mdast';
import { defaultHandlers, type Handle, type Handlers, type Info, type State, type Tracker } from 'mdast-util-to-markdown';
import { firstCharacterAsIs, safeAsIs } from './escape-screen.js';

/** Where the untracked serializer says it is: the start, always. No handler's output depends on it. */
const NOWHERE = Object.freeze({ now: Object.freeze({ line: 1, column: 1 }), lineShift: 0 });
const untracked: Tracker = { move: (value) => value || '', current: () => NOWHERE, shift: () => undefined };

/**
 * The default `root` handler, after two changes to the serializer's state that leave its output as it is:
 *
 * - `safe` returns strings that need no escaping at once (see safeAsIs) instead of running every unsafe
 *   pattern over them, one expression each;
 * - the line and column tracker, which only serves source positions and splits every string it is given into
 *   lines, does nothing.
 */
function root(...[node, parent, state, info]: Parameters<Handle>): string {
  const safe = state.safe;
  state.safe = (input, config) => {
    const value = input || '';
    return safeAsIs(state, config.before || '', value, config.after || '') ? value : safe.call(state, input, config);
  };
  state.createTracker = () => untracked;
  return defaultHandlers.root(node as Root, parent, state, info);
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

/**
 * Handlers for mdast-util-to-markdown that give exactly the output of its own, faster: a `safe` that skips
 * strings with nothing to escape, no position tracking, and a cheap `peek` for text.
 */
export const FAST_HANDLERS: Partial<Handlers> = { root, text };
