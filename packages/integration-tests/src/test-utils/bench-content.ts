// The benchmark's content generator (scripts/bench/generate-glossary.mjs): realistic, valid glossaries of any size.
import { generateContent, writeContent } from '../../../../scripts/bench/generate-glossary.mjs';

export { generateContent };

/** Writes a generated glossary into `dir` (replacing it). */
export function writeGenerated(files: ReadonlyMap<string, string>, dir: string): Promise<void> {
  return writeContent(dir, files);
}
