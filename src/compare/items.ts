/**
 * Was each plan task carried out? A task is split into its sentences (the title and each sentence
 * of its body: one concrete commitment each); every commitment is matched against the review's
 * sentences by TF-IDF cosine over content terms. The task's score is the mean of its two best
 * commitment matches (one lucky overlap is not enough), and its evidence the best sentences.
 * Deterministic: same inputs, same scores, ties broken by position.
 */
import type { Segmenter } from '../segment/segmenter.js';
import { splitSentences } from '../parse/sentences.js';
import { contentTerms, isSpecific } from '../segment/content-terms.js';
import { cosine, sharedTerms, TermSpace, type Vector } from '../segment/tfidf.js';
import type { PlanTask, TextUnit } from './units.js';

export type Status = 'done' | 'partial' | 'not-found';

export interface Evidence {
  start: number;
  end: number;
  text: string;
  score: number;
  /** The terms the task and the sentence share, strongest first. */
  terms: string[];
}

export interface ItemResult {
  task: PlanTask;
  status: Status;
  score: number;
  evidence: Evidence[];
}

export interface MatchOptions {
  /** Task score at or above which a task counts as done. */
  done?: number;
  /** Task score at or above which a task counts as partly done. */
  partial?: number;
  /** Evidence sentences kept per task. */
  maxEvidence?: number;
}

export const DEFAULT_THRESHOLDS = { done: 0.3, partial: 0.18, maxEvidence: 3 } as const;

/** A commitment needs this many content terms to say anything specific (a title: one specific term). */
const MIN_TERMS = 2;


const round = (x: number) => Math.round(x * 1000) / 1000;

export function matchTasks(tasks: PlanTask[], review: TextUnit[], segmenter: Segmenter, options: MatchOptions = {}): ItemResult[] {
  const { done, partial, maxEvidence } = { ...DEFAULT_THRESHOLDS, ...options };
  const space = new TermSpace();
  const sentenceVectors = review.map((u) => space.vector(space.add(contentTerms(segmenter, u.text))));

  return tasks.map((task) => {
    const commitments = splitSentences(task.text, 0, task.text.length)
      .map((s) => contentTerms(segmenter, task.text.slice(s.start, s.end)))
      .filter((terms, i) => terms.length >= MIN_TERMS || (i === 0 && terms.some(isSpecific)))
      .map((terms) => space.queryVector(terms));
    // A witness shares one of the task's own terms (its keywords, or a dictionary term), or three
    // terms at least: not only a word or two that every task has (发展, 重大, 提出).
    const own = new Set(task.item.keywords);
    const witnesses = (query: Vector, v: Vector) => {
      const shared = sharedTerms(query, v, 10);
      return shared.length >= 3 || shared.some((t) => own.has(t) || isSpecific(t));
    };
    // Best review sentence for each commitment.
    const bestPerCommitment: Array<{ score: number; k: number; query: Vector }> = commitments.map((query) => {
      let best = { score: 0, k: -1, query };
      sentenceVectors.forEach((v, k) => {
        if (!witnesses(query, v)) return;
        // One shared common word is a coincidence more often than a match: halve such scores.
        const shared = sharedTerms(query, v, 2);
        const score = cosine(query, v) * (shared.length >= 2 || shared.some(isSpecific) ? 1 : 0.5);
        if (score > best.score) best = { score, k, query };
      });
      return best;
    });
    const ranked = bestPerCommitment.filter((b) => b.k >= 0).sort((a, b) => b.score - a.score || a.k - b.k);
    const top = ranked.slice(0, 2);
    // Mean of the two best commitments (a task with one commitment stands on it alone).
    const score = top.length ? top.reduce((s, b) => s + b.score, 0) / Math.min(commitments.length, 2) : 0;
    // Done needs a strong witness: a dictionary term in common, or three shared terms.
    const strong = top.some((b) => {
      const witness = sharedTerms(b.query, sentenceVectors[b.k]!, 10);
      return witness.length >= 3 || witness.some(isSpecific);
    });
    const status: Status = score >= done && strong ? 'done' : score >= partial ? 'partial' : 'not-found';
    const evidence: Evidence[] = [];
    if (status !== 'not-found') {
      // Further evidence must hold its own beside the best: at least half its score.
      const floor = Math.max(partial, (ranked[0]?.score ?? 0) / 2);
      for (const b of ranked) {
        if (evidence.length >= maxEvidence || b.score < floor) break;
        const unit = review[b.k]!;
        const seen = evidence.find((e) => e.start === unit.start);
        if (seen) {
          // Two commitments met by one sentence: it explains both.
          for (const t of sharedTerms(b.query, sentenceVectors[b.k]!)) if (!seen.terms.includes(t)) seen.terms.push(t);
          continue;
        }
        evidence.push({ start: unit.start, end: unit.end, text: unit.text, score: round(b.score), terms: sharedTerms(b.query, sentenceVectors[b.k]!) });
      }
    }
    return { task, status, score: round(score), evidence };
  });
}
