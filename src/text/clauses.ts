/**
 * Clause marks: where a clause of Chinese prose ends. Metric attribution reads within a clause,
 * the metrics plugin segments clause by clause, and comparison quotes the clause of a target.
 */
export const CLAUSE_MARKS = '，,；;。！？!?：:';

const MARK = new RegExp(`[${CLAUSE_MARKS}]`);

export const isClauseMark = (ch: string): boolean => MARK.test(ch);

/** A token made of clause marks only (`，`, `。”` is not). */
export const CLAUSE_MARK_TOKEN = new RegExp(`^[${CLAUSE_MARKS}]+$`);
