export type { Diagnostic, Position } from './diagnostic.js';
export { compareDiagnostics, toDotPath } from './diagnostic.js';
export { formatDiagnostics, summarizeDiagnostics, type FormatOptions } from './format-diagnostics.js';
export {
  compareLabels, deepFreeze,
  type Book, type BookChapter, type Glossary, type RelationEdge, type Term, type TermRelations,
} from './glossary.js';
export { termJsonSchema } from './json-schema.js';
export { loadGlossary, readContent, type LoadOptions, type TermParser } from './load.js';
export { isAllowedLink, parseTerm, termLinkTarget, type ParsedTerm, type ParseTermResult, type TermLink } from './parse-term.js';
export { parseYamlFile, type ParsedYamlFile } from './parse-yaml-file.js';
export {
  AUTHORED_RELATION_KINDS, BookChapterInput, BookInput, Category, Comparison, ComparisonRow, Diagram, DiagramEdge,
  DiagramNode, Example, Faq, GlossaryConfig, Id, INVERSE_RELATION, RELATION_DESCRIPTIONS, RELATION_KINDS,
  RELATION_LABELS, Relations, Source, SOURCE_KINDS, STATUSES, TermFrontmatter,
  type AuthoredRelationKind, type RelationKind, type Status,
} from './schema.js';
export { QUALITY, validate, findBroaderCycles, type ContentFiles, type ValidationResult } from './validate.js';
export {
  assertSafeRelativePath, openOutput, sha256sums, writeOutputAtomic, type OutputWriter, type RenderedFile, type WriteOutputOptions,
} from './write-output.js';
export { didYouMean, editDistance } from './zod-diagnostics.js';
export { parallelTermParser, PARALLEL_THRESHOLD } from './parse-pool.js';
export { cachedTermParser } from './parse-cache.js';
