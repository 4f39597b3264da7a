// The part of madge's API the architecture test uses (madge ships no types).
declare module "madge" {
  interface MadgeResult {
    /** Each cycle as the files on it, relative to the base directory. */
    circular(): string[][];
    /** The dependency graph: file → the files it imports. */
    obj(): Record<string, string[]>;
  }
  interface MadgeConfig {
    baseDir?: string;
    fileExtensions?: string[];
    tsConfig?: string;
    excludeRegExp?: RegExp[];
  }
  export default function madge(path: string | string[], config?: MadgeConfig): Promise<MadgeResult>;
}
