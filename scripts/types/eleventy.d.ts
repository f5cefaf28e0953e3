// Eleventy 3 ships no type declarations; this covers the part of its API the build uses.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: { configPath?: string; quietMode?: boolean; config?: (cfg: unknown) => void },
      eleventyConfig?: unknown,
    );
    init(): Promise<void>;
    /** Silences Eleventy's console logger (errors still reject `write()`). */
    disableLogger(): void;
    write(): Promise<unknown>;
    toJSON(): Promise<Array<{ url: string; inputPath: string; outputPath: string; content: string }>>;
  }
}
