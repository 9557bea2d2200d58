import { expect, it } from 'vitest';
import * as core from './index.js';

it('exposes exactly the documented API', () => {
  expect(Object.keys(core).sort()).toEqual([
    'AUTHORED_RELATION_KINDS', 'BookChapterInput', 'BookInput', 'Category', 'Comparison', 'ComparisonRow', 'Diagram', 'DiagramEdge',
    'DiagramNode', 'Example', 'Faq', 'GlossaryConfig', 'INVERSE_RELATION', 'Id', 'PARALLEL_THRESHOLD', 'QUALITY',
    'RELATION_DESCRIPTIONS', 'RELATION_KINDS', 'RELATION_LABELS', 'Relations', 'SOURCE_KINDS', 'STATUSES', 'Source',
    'TermFrontmatter', 'assertSafeRelativePath', 'cachedTermParser', 'compareDiagnostics', 'compareLabels', 'deepFreeze',
    'didYouMean', 'editDistance', 'findBroaderCycles', 'formatDiagnostics', 'isAllowedLink', 'loadGlossary', 'openOutput',
    'parallelTermParser', 'parseTerm', 'parseYamlFile', 'readContent', 'sha256sums', 'summarizeDiagnostics', 'termJsonSchema',
    'termLinkTarget', 'toDotPath', 'validate', 'writeOutputAtomic',
  ].sort());
});
