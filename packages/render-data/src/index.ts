export { dataTermSchema } from './data-term-schema.js';
export { explanationToMarkdown } from './explanation-to-markdown.js';
export { renderDataPackage, type RenderDataOptions } from './render-data-package.js';
export { toDataTerm, type DataSource, type DataTerm } from './to-data-term.js';
export { toGlossaryData, type DataCategory, type DataComparison, type GlossaryData } from './to-glossary-data.js';
