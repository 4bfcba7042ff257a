/**
 * Word 97–2003 (.doc) → text, with word-extractor (pure JavaScript: it reads the OLE compound file
 * and Word's piece table itself). Only the main body is taken: headers, footers, footnotes,
 * endnotes, comments and text boxes are other stories of the file and are left out.
 *
 * A damaged file must fail, not take the process down, so two of word-extractor's blind spots are
 * covered here: header sizes are checked against the file before it allocates by them, and its
 * sector-chain walk, which loops forever (growing an array until memory runs out) on a chain that
 * comes back on itself, is replaced by one that stops.
 */
import { ReadError } from './errors.js';

type WordExtractorClass = typeof import('word-extractor').default;

let loading: Promise<WordExtractorClass> | undefined;

export async function docText(path: string, bytes: Buffer): Promise<string> {
  const bad = checkOleHeader(bytes);
  if (bad) throw new ReadError('DOC', path, `cannot read as .doc (damaged: ${bad})`);
  let body: string;
  try {
    // Loaded on the first .doc: few archives hold any.
    loading ??= loadWordExtractor();
    const WordExtractor = await loading;
    const document = await new WordExtractor().extract(bytes);
    // filterUnicode would turn “ ” ‘ ’ — into ASCII quotes and hyphens: the text is kept as written.
    body = document.getBody({ filterUnicode: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ReadError('DOC', path, `cannot read as .doc (${message})`, { cause: error });
  }
  // Paragraphs are lines; Word ends them with \r, which word-extractor mostly turns into \n already.
  const text = body.replace(/\r\n?/g, '\n');
  if (!/\S/u.test(text)) throw new ReadError('EMPTY', path, 'document contains no text');
  return text.endsWith('\n') ? text : text + '\n';
}

async function loadWordExtractor(): Promise<WordExtractorClass> {
  const [{ default: WordExtractor }, { default: AllocationTable }] = await Promise.all([
    import('word-extractor'),
    import('word-extractor/lib/ole-allocation-table.js'),
  ]);
  AllocationTable.prototype.getSecIdChain = function (this: { _table: number[] }, start: number): number[] {
    const chain: number[] = [];
    const seen = new Set<number>();
    // Negative ids end a chain (free, end of chain, table sectors); so does an id past the table.
    for (let id = start; id >= 0 && id < this._table.length; id = this._table[id]) {
      if (seen.has(id)) throw new Error('damaged: a sector chain loops');
      seen.add(id);
      chain.push(id);
    }
    return chain;
  };
  return WordExtractor;
}

/** What is wrong with an OLE header that word-extractor would otherwise trust, or undefined. */
function checkOleHeader(bytes: Buffer): string | undefined {
  if (bytes.length < 512) return 'shorter than its 512-byte header';
  const sectorShift = bytes.readUInt16LE(0x1e);
  const miniSectorShift = bytes.readUInt16LE(0x20);
  // The format has 512- or 4096-byte sectors and 64-byte mini sectors.
  if ((sectorShift !== 9 && sectorShift !== 12) || miniSectorShift !== 6) return 'impossible sector sizes';
  const sectors = Math.ceil(bytes.length / 2 ** sectorShift);
  // Sector counts of the allocation tables (FAT, mini FAT, DIFAT): none can exceed the file.
  for (const at of [0x2c, 0x40, 0x48]) {
    if (bytes.readUInt32LE(at) > sectors) return 'allocation tables larger than the file';
  }
  return undefined;
}
