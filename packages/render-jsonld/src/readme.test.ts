import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { renderJsonLd } from './render.js';
import { CONTENT, fileText, load } from './test-utils/rdf.js';

const run = promisify(execFile);
const README = fileURLToPath(new URL('../README.md', import.meta.url));
// Inside the package, so that `import jsonld from 'jsonld'` resolves from the workspace's node_modules.
const WORK = fileURLToPath(new URL('../test-output/readme-example/', import.meta.url));

/** The first fenced block of the given language after a heading, from the README. */
function block(readme: string, heading: string, language: string): string {
  const section = readme.slice(readme.indexOf(heading));
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section);
  if (!match?.[1]) throw new Error(`README: no \`\`\`${language} block after "${heading}"`);
  return match[1];
}

it('runs the README example offline and prints the narrower concepts of inner alignment', async () => {
  const readme = await readFile(README, 'utf8');
  const heading = '### Load `glossary.jsonld` offline and query it';
  const glossary = await load(CONTENT);
  const files = await renderJsonLd(glossary, { version: '1.0.0' });
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  await writeFile(`${WORK}glossary.jsonld`, fileText(files, 'glossary.jsonld'));
  await writeFile(`${WORK}example.mjs`, block(readme, heading, 'js'));

  const { stdout } = await run(process.execPath, ['example.mjs'], { cwd: WORK });

  const lines = stdout.trim().split('\n').sort();
  const expected = glossary.relations.get('inner-alignment')!.narrower
    .map((id) => `${glossary.termsById.get(id)!.term} <https://alignment-glossary.org/terms/${id}>`)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(lines).toEqual(expected);
  // The output the README shows is what the example prints.
  expect(block(readme, heading, 'text').trim().split('\n').sort()).toEqual(lines);
});
