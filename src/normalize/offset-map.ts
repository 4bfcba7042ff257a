/**
 * Where each character of the normalised text came from in the text as read.
 *
 * Normalisation substitutes characters one for one (widths, scripts: offsets do not move) and
 * edits layout (line breaks joined, page furniture and stray spaces deleted, breaks inserted
 * before run-in headings). Only layout edits move offsets, so the map records, for each
 * character of the normalised text, the index of its source character; a character that was
 * inserted points at the source character after it and is flagged. Without layout edits the map
 * is the identity and costs nothing.
 */
export class OffsetMap {
  private constructor(
    /** Length of the source text. */
    readonly sourceLength: number,
    private readonly index: Int32Array | null,
    private readonly inserted: Uint8Array | null,
  ) {}

  static identity(length: number): OffsetMap {
    return new OffsetMap(length, null, null);
  }

  /** @param index source index of every target character; @param inserted 1 where the character has none. */
  static fromIndex(sourceLength: number, index: Int32Array, inserted: Uint8Array): OffsetMap {
    return new OffsetMap(sourceLength, index, inserted);
  }

  get isIdentity(): boolean {
    return this.index === null;
  }

  /** Source offset of a start offset (a character's own position). */
  start(offset: number): number {
    const index = this.index;
    if (!index) return offset;
    return offset < index.length ? index[offset]! : this.sourceLength;
  }

  /** Source offset of an end offset: just after the source character of the span's last character. */
  end(offset: number): number {
    const index = this.index;
    if (!index) return offset;
    if (offset <= 0) return this.start(0);
    const last = offset - 1;
    if (last >= index.length) return this.sourceLength;
    return this.inserted![last] ? index[last]! : index[last]! + 1;
  }

  /** A half-open span in source offsets; an empty span stays empty. */
  span(start: number, end: number): { start: number; end: number } {
    const s = this.start(start);
    return end > start ? { start: s, end: Math.max(s, this.end(end)) } : { start: s, end: s };
  }

  /**
   * The source's characters behind [start, end) of the normalised text: the words as written
   * (traditional characters, full-width digits), without what normalisation took out as layout
   * (the line breaks of a wrapped line, a page number between two pages, spaces inside a word).
   */
  quote(source: string, start: number, end: number): string {
    const index = this.index;
    if (!index) return source.slice(start, end);
    let out = '';
    let runStart = -1;
    let runEnd = -1;
    for (let j = start; j < end && j < index.length; j++) {
      if (this.inserted![j]) continue;
      const i = index[j]!;
      if (i === runEnd) runEnd++;
      else {
        if (runStart >= 0) out += source.slice(runStart, runEnd);
        runStart = i;
        runEnd = i + 1;
      }
    }
    if (runStart >= 0) out += source.slice(runStart, runEnd);
    return out;
  }
}

/**
 * Builds a normalised text by copying source characters, skipping some and inserting others,
 * in order; the map follows along.
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private index: Int32Array;
  private inserted: Uint8Array;
  /** Where the next uncopied source character is. */
  private at = 0;

  constructor(private readonly source: string) {
    this.index = new Int32Array(source.length + 16);
    this.inserted = new Uint8Array(source.length + 16);
  }

  /** Copies source characters up to (not including) `to`. */
  copyTo(to: number): void {
    if (to <= this.at) return;
    this.ensure(this.length + (to - this.at));
    this.parts.push(this.source.slice(this.at, to));
    for (let i = this.at; i < to; i++) this.index[this.length++] = i;
    this.at = to;
  }

  /** Skips source characters up to `to` (they are layout, not content). */
  skipTo(to: number): void {
    if (to > this.at) this.at = to;
  }

  /** Inserts text that has no source: it maps to the next source character. */
  insert(text: string): void {
    this.ensure(this.length + text.length);
    this.parts.push(text);
    for (let k = 0; k < text.length; k++) {
      this.index[this.length] = this.at;
      this.inserted[this.length++] = 1;
    }
  }

  /** Finishes: the rest of the source is copied. */
  finish(): { text: string; map: OffsetMap } {
    this.copyTo(this.source.length);
    return {
      text: this.parts.join(''),
      map: OffsetMap.fromIndex(this.source.length, this.index.subarray(0, this.length), this.inserted.subarray(0, this.length)),
    };
  }

  private ensure(size: number): void {
    if (size <= this.index.length) return;
    const grown = Math.max(size, this.index.length * 2);
    const index = new Int32Array(grown);
    index.set(this.index);
    const inserted = new Uint8Array(grown);
    inserted.set(this.inserted);
    this.index = index;
    this.inserted = inserted;
  }
}
