// The slice of @11ty/eleventy-img's API this project uses (the package ships no types).
declare module '@11ty/eleventy-img' {
  export interface ImageStat {
    format: string;
    width: number;
    height: number;
    url: string;
    sourceType: string;
    srcset: string;
    filename: string;
    outputPath: string;
    size: number;
  }
  export type ImageMetadata = Record<string, ImageStat[]>;
  export interface ImageOptions {
    widths?: Array<number | 'auto' | null>;
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    useCache?: boolean;
    /** Passed to sharp's constructor (limitInputPixels). */
    sharpOptions?: Record<string, unknown>;
    sharpAvifOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpJpegOptions?: Record<string, unknown>;
  }
  function Image(src: string, options?: ImageOptions): Promise<ImageMetadata>;
  export default Image;
}
