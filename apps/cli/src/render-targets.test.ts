import { loadGlossary, type RenderedFile } from '@alignment-glossary/core';
import { describe, expect, it } from 'vitest';
import { planLanes, renderTargets, renderThreads } from './render-targets.js';
import { targets, type BuildContext, type Target } from './targets.js';
import { REAL_CONTENT } from './test-utils/index.js';

const fake = (name: string): Target => ({ name, description: name, render: () => [{ path: `${name}.txt`, contents: name }] });
const context: BuildContext = { version: '0.0.0-test', modifiedAt: new Map(), sourceDateEpoch: 1735689600, books: [] };

describe('planLanes', () => {
  it('puts the heaviest target alone when there are two lanes, and keeps the registry order inside a lane', () => {
    const lanes = planLanes(targets, 2).map((lane) => lane.map((t) => t.name));
    expect(lanes).toEqual([['books'], ['jsonld', 'anki', 'npm']]);
  });

  it('keeps everything in this thread with one lane, and never makes empty worker lanes', () => {
    expect(planLanes(targets, 1).map((lane) => lane.map((t) => t.name))).toEqual([['books', 'jsonld', 'anki', 'npm']]);
    expect(planLanes([fake('a')], 4)).toHaveLength(1);
  });
});

describe('renderThreads', () => {
  it('uses one thread unless GLOSSARY_RENDER_THREADS asks for more, and never more than one per target', () => {
    const saved = process.env.GLOSSARY_RENDER_THREADS;
    try {
      delete process.env.GLOSSARY_RENDER_THREADS;
      expect(renderThreads(4)).toBe(1);
      process.env.GLOSSARY_RENDER_THREADS = 'many';
      expect(renderThreads(4)).toBe(1);
      process.env.GLOSSARY_RENDER_THREADS = '3';
      expect(renderThreads(2)).toBe(2);
      expect(renderThreads(4)).toBe(3);
    } finally {
      if (saved === undefined) delete process.env.GLOSSARY_RENDER_THREADS;
      else process.env.GLOSSARY_RENDER_THREADS = saved;
    }
  });
});

describe('renderTargets', () => {
  it('renders the same files whether the targets run in this thread or in workers', async () => {
    // Workers run compiled code, so this test uses the built CLI (turbo builds it before testing).
    const built = (await import('../dist/render-targets.js')) as typeof import('./render-targets.js');
    const { targets: builtTargets } = (await import('../dist/targets.js')) as typeof import('./targets.js');
    const { glossary } = await loadGlossary(REAL_CONTENT);
    const collect = async (threads: string) => {
      const saved = process.env.GLOSSARY_RENDER_THREADS;
      process.env.GLOSSARY_RENDER_THREADS = threads;
      const out = new Map<string, RenderedFile[]>();
      try {
        await built.renderTargets(glossary!, context, builtTargets, (target, files) => {
          out.set(target.name, files);
        });
      } finally {
        if (saved === undefined) delete process.env.GLOSSARY_RENDER_THREADS;
        else process.env.GLOSSARY_RENDER_THREADS = saved;
      }
      return out;
    };
    const here = await collect('1');
    const spread = await collect('2');
    expect([...spread.keys()].sort()).toEqual(['anki', 'books', 'jsonld', 'npm']);
    for (const [name, files] of here) {
      expect(spread.get(name)!.map((f) => f.path), name).toEqual(files.map((f) => f.path));
      expect(spread.get(name)!.map((f) => Buffer.from(f.contents).toString('base64')), name).toEqual(files.map((f) => Buffer.from(f.contents).toString('base64')));
    }
  }, 120_000);

  it('rejects with the error of a failing target', async () => {
    const broken: Target = { name: 'broken', description: '', render: () => Promise.reject(new Error('renderer failed')) };
    const { glossary } = await loadGlossary(REAL_CONTENT);
    await expect(renderTargets(glossary!, context, [fake('a'), broken], () => undefined)).rejects.toThrow('renderer failed');
  });
});
