export { renderAnki, type RenderAnkiOptions } from './render-anki.js';
