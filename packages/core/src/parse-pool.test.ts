import { describe, expect, it } from 'vitest';
import { parseTerm } from './parse-term.js';

const file = (i: number) => {
  const id = `t${String(i).padStart(3, '0')}`;
  // every fifth file is broken, so errors travel through the pool too
  const status = i % 5 === 0 ? 'bogus' : 'draft';
  return { file: `terms/${id}.md`, bytes: Buffer.from(`---\nid: ${id}\nterm: Term ${i}\nshortDefinition: Term number ${i}.\ncategory: c\nstatus: ${status}\n---\n\nBody of [${id}](term:t000).\n`) };
};

describe('parallelTermParser with many batches', () => {
  it('gives every file its own result, in input order, whichever worker parsed it', async () => {
    // Worker threads run compiled code, so this test uses the built package (turbo builds before testing).
    const { parallelTermParser } = (await import('../dist/parse-pool.js')) as typeof import('./parse-pool.js');
    const files = Array.from({ length: 333 }, (_, i) => file(i));
    const results = await parallelTermParser({ threads: 3, threshold: 0 })(files);
    expect(results).toEqual(files.map((f) => parseTerm(f.file, f.bytes)));
    expect(results.filter((r) => r.term?.invalidFields?.includes('status'))).toHaveLength(67);
  });

  it('parses in this thread below the threshold', async () => {
    const { parallelTermParser } = (await import('../dist/parse-pool.js')) as typeof import('./parse-pool.js');
    const files = [file(1), file(2)];
    expect(await parallelTermParser({ threads: 4 })(files)).toEqual(files.map((f) => parseTerm(f.file, f.bytes)));
  });
});
