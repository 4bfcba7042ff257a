/**
 * TF-IDF vectors (natural's TfIdf, imported alone) and cosine similarity. IDF is computed over
 * the units being compared, so words every sentence of this pair of reports shares weigh little.
 */
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';

export type Vector = Map<string, number>;

export class TermSpace {
  private readonly tfidf = new TfIdf();
  private count = 0;

  /** Adds a unit's terms; returns its index. */
  add(terms: string[]): number {
    // natural lowercases and filters English stopwords only for strings; arrays are kept as given.
    this.tfidf.addDocument(terms.length ? terms : ['\u0000'], String(this.count));
    return this.count++;
  }

  vector(index: number): Vector {
    const v: Vector = new Map();
    for (const { term, tfidf } of this.tfidf.listTerms(index)) if (term !== '\u0000' && tfidf > 0) v.set(term, tfidf);
    return v;
  }

  /** Weight of a term in a query that is not one of the units (a plan item matched against a report). */
  idf(term: string): number {
    return this.tfidf.idf(term);
  }

  queryVector(terms: string[], boost: Map<string, number> = new Map()): Vector {
    const v: Vector = new Map();
    for (const t of terms) v.set(t, (v.get(t) ?? 0) + (boost.get(t) ?? 1));
    for (const [t, tf] of v) v.set(t, tf * this.idf(t));
    return v;
  }
}

export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const o = b.get(t);
    if (o !== undefined) dot += w * o;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Terms two vectors share, strongest first: the explanation of a match. */
export function sharedTerms(a: Vector, b: Vector, limit = 6): string[] {
  return [...a.keys()]
    .filter((t) => b.has(t))
    .sort((x, y) => a.get(y)! * b.get(y)! - a.get(x)! * b.get(x)! || x.localeCompare(y))
    .slice(0, limit);
}
