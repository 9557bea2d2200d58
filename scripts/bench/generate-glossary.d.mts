/** Types of generate-glossary.mjs (used by packages/integration-tests). */
export declare function prng(seed: number): () => number;
export declare function generateContent(n: number, seed?: number): Map<string, string>;
export declare function writeContent(dir: string, files: ReadonlyMap<string, string>, order?: readonly string[]): Promise<void>;
