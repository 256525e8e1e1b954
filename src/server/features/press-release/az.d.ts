// The parts of Az.js (npm "az") this feature uses; the package ships no types.
declare module 'az' {
  type Grammemes = string[];
  export interface AzTag {
    POS?: string;
    CAse?: string;
    GNdr?: string;
    NMbr?: string;
    toString(): string;
    [grammeme: string]: unknown;
  }
  export interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    normalize(keepPOS?: boolean): AzParse;
    inflect(grammemes: Grammemes | AzTag): AzParse | false;
  }
  interface Morph {
    (word: string, options?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (error: unknown) => void): void;
    init(callback: (error: unknown) => void): void;
  }
  const Az: { Morph: Morph };
  export default Az;
}
