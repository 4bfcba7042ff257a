// word-extractor 1.0.4 ships no types, and @types/word-extractor lacks getBody's options.
declare module 'word-extractor' {
  interface ExtractedDocument {
    /** The main body; `filterUnicode` (default true) turns curly quotes and dashes into ASCII. */
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<ExtractedDocument>;
  }
}

// The OLE sector allocation table, whose chain walk doc.ts replaces.
declare module 'word-extractor/lib/ole-allocation-table.js' {
  export default class AllocationTable {
    getSecIdChain(startSecId: number): number[];
  }
}
