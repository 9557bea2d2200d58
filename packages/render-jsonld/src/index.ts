export { glossaryIris, type GlossaryIris } from './iris.js';
export { renderJsonLd, type RenderJsonLdOptions } from './render.js';
