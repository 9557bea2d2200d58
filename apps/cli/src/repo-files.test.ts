import { QUALITY } from '@alignment-glossary/core';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { USAGE } from './cli.js';
import { REPO_ROOT } from './test-utils/index.js';

/**
 * The files GitHub reads (workflows, issue forms, the pull-request template, CODEOWNERS) and the contributor guide
 * are only exercised on GitHub. These tests parse them here so that a typo, a missing key or a script that no longer
 * exists fails `npm test` instead of a contributor's first pull request.
 */
const read = (file: string) => readFile(path.join(REPO_ROOT, file), 'utf8');
const yamlFiles = async (dir: string) => (await readdir(path.join(REPO_ROOT, dir))).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${dir}/${f}`);

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown>; if?: string };
type Job = { 'runs-on'?: string; steps?: Step[]; needs?: string; permissions?: Record<string, string>; environment?: unknown; container?: unknown };
type Workflow = { name?: string; on?: Record<string, unknown>; jobs?: Record<string, Job>; permissions?: Record<string, string>; env?: Record<string, unknown> };

const workflow = async (name: string) => parse(await read(`.github/workflows/${name}`)) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs ?? {}).flatMap((j) => j.steps ?? []);
const runs = (w: Workflow) => steps(w).flatMap((s) => (s.run ? [s.run] : []));
/** Every shell command a workflow runs, including the commands handed to actions (changesets' version/publish). */
const commands = (w: Workflow) => [...runs(w), ...steps(w).flatMap((s) => Object.values(s.with ?? {}).filter((v): v is string => typeof v === 'string'))];

const rootScripts = async () => (JSON.parse(await read('package.json')) as { scripts: Record<string, string> }).scripts;
const cliCommands = () => [...USAGE.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]);

describe('.github/workflows', () => {
  it('are valid workflows: name, triggers, jobs with runs-on, steps that each use an action or run a command', async () => {
    const files = await yamlFiles('.github/workflows');
    expect(files.sort()).toEqual(['.github/workflows/ci.yml', '.github/workflows/docs.yml', '.github/workflows/release.yml']);
    for (const file of files) {
      const w = parse(await read(file)) as Workflow;
      expect(w.name, file).toBeTypeOf('string');
      expect(Object.keys(w.on ?? {}).length, `${file}: on`).toBeGreaterThan(0);
      expect(Object.keys(w.jobs ?? {}).length, `${file}: jobs`).toBeGreaterThan(0);
      for (const [id, job] of Object.entries(w.jobs!)) {
        expect(job['runs-on'], `${file}: jobs.${id}.runs-on`).toBe('ubuntu-latest');
        expect(job.steps?.length, `${file}: jobs.${id}.steps`).toBeGreaterThan(0);
        for (const step of job.steps!) {
          expect(Number(step.uses !== undefined) + Number(step.run !== undefined), `${file}: ${JSON.stringify(step)}`).toBe(1);
          if (step.uses) expect(step.uses, file).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
        }
      }
    }
  });

  it('call only npm scripts that exist in the root package.json, and only glossary commands that exist', async () => {
    const scripts = await rootScripts();
    const known = cliCommands();
    expect(known).toEqual(expect.arrayContaining(['validate', 'build', 'new', 'diff', 'check-changeset', 'schema']));
    for (const file of await yamlFiles('.github/workflows')) {
      for (const command of commands(await workflow(path.basename(file)))) {
        for (const [, script] of command.matchAll(/\bnpm run ([\w:.-]+)/g)) expect(Object.keys(scripts), `${file}: npm run ${script}`).toContain(script);
        if (/\bnpm test\b/.test(command)) expect(scripts.test, `${file}: npm test`).toBeDefined();
        for (const [, sub] of command.matchAll(/\bglossary ([a-z-]+)/g)) expect(known, `${file}: glossary ${sub}`).toContain(sub);
      }
    }
    for (const [name, script] of Object.entries(scripts)) {
      for (const [, sub] of script.matchAll(/(?:^|&& )glossary ([a-z-]+)/g)) expect(known, `package.json scripts.${name}`).toContain(sub);
    }
    expect(scripts['changeset:check']).toBe('glossary check-changeset');
  });

  it('ci.yml validates, type-checks, builds and tests every pull request and main, with the diff and changeset check on pull requests', async () => {
    const w = await workflow('ci.yml');
    expect(Object.keys(w.on!).sort()).toEqual(['pull_request', 'push']);
    expect(w.on!.push).toEqual({ branches: ['main'] });
    const all = steps(w);
    expect(all.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toEqual({ 'fetch-depth': 0 });
    expect(all.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with).toEqual({ 'node-version': 20, cache: 'npm' });
    const order = ['npm ci', 'npx glossary validate', 'npm run typecheck', 'npm run build', 'npm test', 'npx glossary diff', 'npm run changeset:check'];
    const at = order.map((cmd) => runs(w).findIndex((r) => r.startsWith(cmd)));
    expect(at.every((i) => i >= 0), `missing: ${order.filter((_, i) => at[i]! < 0).join(', ')}`).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    const apt = runs(w).findIndex((r) => r.includes('apt-get install'));
    expect(apt).toBeGreaterThanOrEqual(0);
    expect(apt).toBeLessThan(at[4]!);
    expect(runs(w)[apt]).toMatch(/chromium/);
    expect(runs(w)[apt]).toMatch(/pandoc/);
    const diff = all.find((s) => s.run?.startsWith('npx glossary diff'))!;
    expect(diff.run).toBe('npx glossary diff origin/${{ github.base_ref }} --format markdown >> "$GITHUB_STEP_SUMMARY"');
    expect(diff.if).toBe("github.event_name == 'pull_request'");
    expect(all.find((s) => s.run?.startsWith('npm run changeset:check'))!.if).toBe("github.event_name == 'pull_request'");
  });

  it('.ci/run installs the same Debian packages as ci.yml', async () => {
    const script = await read('.ci/run');
    for (const pkg of ['chromium', 'pandoc']) expect(script).toContain(`need+=(${pkg})`);
  });

  it('release.yml versions and publishes with changesets, with provenance', async () => {
    const w = await workflow('release.yml');
    expect(w.on).toEqual({ push: { branches: ['main'] } });
    expect(w.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', 'id-token': 'write' });
    const action = steps(w).find((s) => s.uses?.startsWith('changesets/action@'))!;
    expect(action.with).toEqual({ version: 'npm run version-packages', publish: 'npm run release' });
    expect(action.env).toMatchObject({ NPM_CONFIG_PROVENANCE: true, NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}', GITHUB_TOKEN: '${{ secrets.GITHUB_TOKEN }}' });
    expect(steps(w).find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toEqual({ 'fetch-depth': 0 });
  });

  it('docs.yml builds the site and deploys apps/docs/dist to GitHub Pages', async () => {
    const w = await workflow('docs.yml');
    expect(w.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(runs(w)).toContain('npm run build');
    expect(steps(w).find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'apps/docs/dist' });
    const deploy = Object.values(w.jobs!).find((j) => j.steps?.some((s) => s.uses?.startsWith('actions/deploy-pages@')))!;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
  });
});

type FormItem = { type?: string; id?: string; attributes?: { label?: string; value?: string; options?: unknown[] }; validations?: { required?: unknown } };
type Form = { name?: string; description?: string; title?: string; labels?: string[]; body?: FormItem[] };

describe('.github/ISSUE_TEMPLATE', () => {
  it('holds issue forms with name, description, title, labels and a body of typed, labelled fields', async () => {
    const files = (await yamlFiles('.github/ISSUE_TEMPLATE')).filter((f) => !f.endsWith('/config.yml'));
    expect(files.sort()).toEqual(['.github/ISSUE_TEMPLATE/correct-a-term.yml', '.github/ISSUE_TEMPLATE/propose-a-term.yml']);
    for (const file of files) {
      const form = parse(await read(file)) as Form;
      for (const key of ['name', 'description', 'title'] as const) expect(form[key], `${file}: ${key}`).toBeTypeOf('string');
      expect(form.labels?.length, `${file}: labels`).toBeGreaterThan(0);
      expect(form.body?.length, `${file}: body`).toBeGreaterThan(0);
      const ids = new Set<string>();
      for (const item of form.body!) {
        const where = `${file}: ${item.id ?? item.type}`;
        expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes'], where).toContain(item.type);
        if (item.type === 'markdown') {
          expect(item.attributes?.value, where).toBeTypeOf('string');
          continue;
        }
        expect(item.id, where).toMatch(/^[a-z0-9_-]+$/);
        expect(ids.has(item.id!), `${where}: duplicate id`).toBe(false);
        ids.add(item.id!);
        expect(item.attributes?.label, where).toBeTypeOf('string');
        if (item.validations !== undefined) expect(item.validations.required, where).toBeTypeOf('boolean');
        if (item.type === 'dropdown') expect(item.attributes?.options?.every((o) => typeof o === 'string'), where).toBe(true);
        if (item.type === 'checkboxes') expect(item.attributes?.options?.every((o) => typeof (o as { label?: unknown }).label === 'string'), where).toBe(true);
      }
      expect(form.body!.some((item) => item.validations?.required === true), `${file}: some field is required`).toBe(true);
    }
  });

  it('offers the glossary’s categories, in order, when proposing a term', async () => {
    const dir = path.join(REPO_ROOT, 'content/categories');
    const categories = await Promise.all((await readdir(dir)).map(async (f) => parse(await readFile(path.join(dir, f), 'utf8')) as { title: string; order: number }));
    const form = parse(await read('.github/ISSUE_TEMPLATE/propose-a-term.yml')) as Form;
    const options = form.body!.find((item) => item.id === 'category')!.attributes!.options;
    expect(options).toEqual([...categories.sort((a, b) => a.order - b.order).map((c) => c.title), 'Not sure']);
  });
});

describe('pull-request template, CODEOWNERS, .editorconfig', () => {
  it('the pull-request template is a short checklist naming the commands CI runs', async () => {
    const template = await read('.github/PULL_REQUEST_TEMPLATE.md');
    expect(template.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(4);
    expect(template.split('\n').length).toBeLessThan(30);
    for (const text of ['npx glossary validate', 'npx changeset', 'https://arxiv.org/abs/']) expect(template).toContain(text);
  });

  it('CODEOWNERS sends content to the content reviewers and packages to the maintainers', async () => {
    const owners = (await read('.github/CODEOWNERS')).split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.trim().split(/\s+/));
    expect(owners).toContainEqual(['/content/', '@alignment-glossary/content-reviewers']);
    expect(owners).toContainEqual(['/packages/', '@alignment-glossary/maintainers']);
    expect(owners.findIndex((o) => o[0] === '*')).toBe(0); // the fallback first, since the last match wins
  });

  it('.editorconfig is the root config with UTF-8, LF and two-space indents', async () => {
    const config = await read('.editorconfig');
    for (const line of ['root = true', 'charset = utf-8', 'end_of_line = lf', 'indent_size = 2']) expect(config).toContain(line);
  });
});

describe('CONTRIBUTING.md', () => {
  it('states the limits the validator enforces', async () => {
    const guide = await read('CONTRIBUTING.md');
    const schema = JSON.parse(await read('content/schema/term.schema.json')) as { properties: Record<string, { maxLength?: number }> };
    expect(guide).toContain(`at most ${schema.properties.shortDefinition!.maxLength} characters`);
    expect(guide).toContain(`${QUALITY.minWords}–${QUALITY.maxWords} words`);
    expect(guide).toContain(`at least ${QUALITY.minRelations} (counting`);
    expect(guide).toContain(`links to at least ${QUALITY.minTermLinks} other term`);
  });

  it('links files and sections that exist', async () => {
    const guide = (await read('CONTRIBUTING.md')).replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
    const anchors = new Set([...guide.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-')));
    let checked = 0;
    for (const [, target] of guide.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^https?:/.test(target!)) continue;
      checked++;
      const [file, anchor] = target!.split('#');
      if (file) await expect(readFile(path.join(REPO_ROOT, file)).catch(() => readdir(path.join(REPO_ROOT, file))), target).resolves.toBeTruthy();
      else expect(anchors, target).toContain(anchor);
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('matches the bump rules glossary diff applies', async () => {
    const { BUMP_OF } = await import('./term-diff.js');
    const guide = await read('CONTRIBUTING.md');
    expect(guide).toContain(`| a new term (also a new comparison, diagram, book or category) | **${BUMP_OF.added}** |`);
    expect(guide).toContain(`| deprecating a term (\`status: deprecated\`, \`replacedBy\`) | **${BUMP_OF.deprecated}** |`);
    expect(guide).toContain(`| renaming an id (the old one kept in \`formerIds\`) | **${BUMP_OF.renamed}** |`);
    expect(guide).toContain(`| removing a term or other file | **${BUMP_OF.removed}** |`);
    expect(guide).toMatch(new RegExp(`\\| a wording fix, new source, [^|]+ \\| \\*\\*${BUMP_OF.changed}\\*\\* \\|`));
  });
});
