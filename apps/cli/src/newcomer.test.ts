import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, edit, initRepo, REAL_CONTENT, REPO_ROOT, tempRepo } from './test-utils/index.js';

/**
 * A first pull request, as a contributor who knows alignment but not this repository would make it: a new term
 * written by hand with three typical mistakes, fixed by following what `glossary validate` says, then checked with
 * `glossary diff` and the changeset check that CI runs.
 */
const ID = 'reward-model-overoptimization';
const FILE = `content/terms/${ID}.md`;

const TOO_LONG =
  'A failure that appears when a policy is optimized against a learned reward model for too long or too hard: the ' +
  'score given by the reward model keeps rising, but the true objective that the reward model was trained to ' +
  'approximate first improves and then gets worse, because the optimizer finds the places where the learned model is wrong.';

const term = (shortDefinition: string) => `---
id: ${ID}
term: Reward model overoptimization
shortDefinition: >-
  ${shortDefinition}
category: failure-modes
status: stable
relations:
  broader: [goodhart-law]
  related: [reward-modeling, reward-hacking]
examples:
  - title: Best-of-n against a proxy reward model
    text: >-
      Sampling many answers and keeping the one a proxy reward model scores highest raises that proxy score
      steadily as more samples are drawn, while the score from the reference model the proxy was trained to
      imitate peaks and then declines.
faq:
  - question: Does a larger reward model remove the problem?
    answer: >-
      It delays it. In controlled experiments larger proxy reward models could be optimized further before the
      true score turned down, but the turn still came.
---

Reward model overoptimization is [Goodhart's law](term:goodharts-law) in the setting of learning from human
feedback. A [reward model](term:reward-modeling) is trained on human comparisons to stand in for what people
want, and a policy is then optimized to score highly under it. The reward model is only an approximation: it is
accurate near the data it was trained on and can be wrong elsewhere. Light optimization moves the policy toward
outputs people prefer. Heavy optimization moves it toward outputs the reward model overrates, so the learned
score keeps rising while real quality stalls and then falls.

Gao, Schulman and Hilton studied the effect in a synthetic setup where a large "gold" reward model played the
role of human raters and smaller proxy models were trained on its labels. As optimization pressure grew, measured
by how far the policy moved from its starting point, the gold score rose, peaked and declined, in a pattern
regular enough to fit with simple curves. The usual defences are to limit how far the policy may move, to keep
the reward model up to date with fresh comparisons, and to watch for [reward hacking](term:reward-hacking).
`;

const SOURCES = `sources:
  - title: Scaling Laws for Reward Model Overoptimization
    authors: [Leo Gao, John Schulman, Jacob Hilton]
    year: 2023
    kind: paper
    venue: ICML 2023
    url: https://arxiv.org/abs/2210.10760
---
`;

let repo: Awaited<ReturnType<typeof tempRepo>>;
beforeAll(async () => {
  repo = await tempRepo(REAL_CONTENT);
  await cp(path.join(REPO_ROOT, '.changeset'), path.join(repo.root, '.changeset'), { recursive: true });
  await initRepo(repo.root);
});
afterAll(() => repo.cleanup());

/** The 1-based line of the first line of `file` that contains `text`. */
const lineOf = async (text: string) => (await readFile(path.join(repo.root, FILE), 'utf8')).split('\n').findIndex((l) => l.includes(text)) + 1;

describe('a newcomer’s first term', () => {
  it('gets every mistake explained with file:line and a fix, fixes them, and sees the release it implies', async () => {
    await writeFile(path.join(repo.root, FILE), term(TOO_LONG));

    const mistakes = [
      {
        what: 'a short definition over 280 characters',
        pattern: new RegExp(`^${FILE}:(\\d+):\\d+ error shortDefinition: shortDefinition must be at most 280 characters \\(it has \\d+\\) \\[invalid-field\\]\\n  hint: \\S`, 'm'),
        line: () => lineOf('shortDefinition:'),
        fix: () => edit(path.join(repo.root, FILE), TOO_LONG, "A failure in which optimizing a policy against a learned reward model raises the model's score while the true objective it stands for first improves and then gets worse."),
      },
      {
        what: 'a relation to a term that does not exist',
        pattern: new RegExp(`^${FILE}:(\\d+):\\d+ error relations\\.broader\\[0\\]: unknown term "goodhart-law" \\(did you mean "goodharts-law"\\?\\) \\[unknown-relation-target\\]\\n  hint: change it to "goodharts-law"$`, 'm'),
        line: () => lineOf('broader: [goodhart-law]'),
        fix: () => edit(path.join(repo.root, FILE), 'broader: [goodhart-law]', 'broader: [goodharts-law]'),
      },
      {
        what: 'no source',
        pattern: new RegExp(`^${FILE}:(\\d+):\\d+ error the term cites no source \\[missing-source\\]\\n  hint: cite a real work with "url:"`, 'm'),
        line: () => lineOf(`id: ${ID}`),
        fix: () => edit(path.join(repo.root, FILE), /---\n\nReward model/, `${SOURCES}\nReward model`),
      },
    ];

    // One run of validate explains all three mistakes, each at its line, with a hint (core salvages the valid
    // fields of a term whose schema fails, so its relations and sources are still checked).
    const r = await cli(repo.root, 'validate');
    expect(r.code, r.stdout).toBe(1);
    for (const m of mistakes) {
      const match = m.pattern.exec(r.stdout);
      expect(match, `validate does not explain ${m.what}:\n${r.stdout}`).not.toBeNull();
      expect(Number(match![1]), m.what).toBe(await m.line());
    }
    for (const m of mistakes) await m.fix();

    const valid = await cli(repo.root, 'validate');
    expect(valid.code, valid.stdout).toBe(0);
    expect(valid.stdout).toMatch(/✔ content: 85 terms/);

    const diff = await cli(repo.root, 'diff', 'HEAD');
    expect(diff.code, diff.stderr).toBe(0);
    expect(diff.stdout).toContain(`added: ${ID} → minor`);
    expect(diff.stdout).toContain('implied bump for alignment-glossary: minor');

    const missing = await cli(repo.root, 'check-changeset', '--base', 'HEAD');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('run "npx changeset", select alignment-glossary, choose minor');

    await writeFile(path.join(repo.root, '.changeset/add-reward-model-overoptimization.md'), '---\n"alignment-glossary": minor\n---\n\nAdd the term "reward model overoptimization".\n');
    const ok = await cli(repo.root, 'check-changeset', '--base', 'HEAD');
    expect(ok.code, ok.stdout).toBe(0);
  }, 30_000);
});
