// natural is imported module by module (its index loads storage back-ends and prints to stdout).
declare module 'natural/lib/natural/tfidf/tfidf.js' {
  export default class TfIdf {
    addDocument(document: string[] | Record<string, number>, key?: string): void;
    idf(term: string): number;
    tfidf(terms: string[], d: number): number;
    listTerms(d: number): Array<{ term: string; tf: number; idf: number; tfidf: number }>;
  }
}
declare module 'natural/lib/natural/distance/dice_coefficient.js' {
  export default function DiceCoefficient(a: string, b: string): number;
}
