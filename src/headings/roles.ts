/**
 * Roles of top-level sections: what a part of the report does.
 *   achievements  主要工作 / 工作成效 / 工作总结 / 工作回顾 …
 *   problems      存在的不足 / 问题 / 差距 …
 *   plans         工作打算 / 工作计划 / 下一步 / 工作要点 / 20XX年的任务 …
 *   other         基本情况 / 经验体会 …
 * A role title names the part it heads, so its keyword ends the title (`2022年工作打算`) or a plan
 * cue starts it (`下一步…`). A keyword inside a thematic title (`巩固拓展主题教育成效`,
 * `实施“红色领航”计划，提升支部组织力`) names work, not a part. Thematic titles take the role of
 * the part they belong to: plans in a plan document or after a plan part began, else achievements.
 */
import type { Role } from '../tree/types.js';
import { firstYear } from '../text/numerals.js';

// Optional period words before the keyword are allowed by matching at the end of the title.
const END = '(?:[和与及、].{0,8})?$';
// `主要问题` names the part only as a whole title; inside a longer string it is too common to cut at.
const PROBLEMS_NAME = '(存在的?(主要|突出)?(问题|不足|差距|短板|困难)|(问题|不足|差距|短板)(和|与|及|、)(不足|差距|问题|短板|原因|困难|挑战)|不足之处|薄弱环节)';
const PROBLEMS = new RegExp(`(${PROBLEMS_NAME}|^(主要|突出)?(问题|不足|差距))${END}`);
const PLANS_START = /^(下一步|下步|下一阶段|下阶段|今后|明年|新的一年|展望)/;
// `“红领”计划` is a programme's name: a plan keyword right after a closing quote does not count.
const PLANS_NAME = '(工作(打算|计划|思路|安排|要点|目标|任务|建议)|(主要|重点|目标)任务|总体要求|预期目标|政策取向|的建议|(?<![”"’」])(打算|计划|要点|安排|思路)(建议)?)';
const PLANS = new RegExp(`${PLANS_NAME}${END}`);
const ACHIEVEMENTS_NAME = '(主要工作|工作(成效|成绩|总结|回顾|情况|开展情况|完成情况|进展)|主要(成效|成绩|做法)|取得的(成效|成绩)|开展情况|完成情况|进展情况|回顾)';
const ACHIEVEMENTS = new RegExp(`${ACHIEVEMENTS_NAME}${END}`);
const OTHER_NAME = '(基本情况|概况|体会|启示|经验|背景|名词解释|附件)';
const OTHER = new RegExp(`${OTHER_NAME}${END}`);

/** The name of a part anywhere in a string, for finding where a part's title ends. */
const PART_NAME = new RegExp(`${PROBLEMS_NAME}|${PLANS_NAME}|${ACHIEVEMENTS_NAME}|${OTHER_NAME}`, 'g');

/**
 * Where the name of a report part ends in `s` (`2021年主要工作2021年，局党委…` → after 主要工作), when
 * a title that stops there names a part; the last such end, so `存在的问题和不足` keeps both; or -1.
 * For a title whose end was lost, as on a page scraped onto one line.
 */
export function partNameEnd(s: string): number {
  let end = -1;
  PART_NAME.lastIndex = 0;
  for (let m = PART_NAME.exec(s); m; m = PART_NAME.exec(s)) {
    const at = m.index + m[0].length;
    if (roleOfName(s.slice(0, at)) !== null) end = Math.max(end, at);
    PART_NAME.lastIndex = m.index + 1; // names overlap: 存在的问题, 问题和不足
  }
  return end;
}

/**
 * A title without surrounding space and the punctuation that may close it (`总体要求：` → 总体要求).
 * (Read up to its last other character: `[。；：:;，,]+$` would rescan a run of marks from each mark in it.)
 */
export const bareTitle = (title: string) => /^[\s\S]*[^。；：:;，,]/.exec(title.trim())?.[0] ?? '';

/** The role a title names by itself, or null for a thematic title. */
export function roleOfTitle(title: string): Role | null {
  const t = bareTitle(title);
  const named = roleOfName(t);
  if (named !== null || t.length <= LONG_TITLE) return named;
  // A title that runs into its body (`基本情况xx区委区政府高度重视…`, as a scraped page or a run-in
  // heading leaves it) names its part at its start.
  const end = partNameEnd(t.slice(0, NAME_AT_START));
  return end > 0 ? roleOfName(t.slice(0, end)) : null;
}

/** Longer than a part's title: the body ran into it. */
const LONG_TITLE = 20;
/** A part's name at the start of such a title ends within this many characters (`2021年主要工作`). */
const NAME_AT_START = 12;

function roleOfName(t: string): Role | null {
  const plans = PLANS_START.test(t) || PLANS.test(t);
  // `存在的问题和下一步打算` heads both: it is the plan part, and plan items skip its problems half.
  if (PROBLEMS.test(t)) return plans && !PLANS_START.test(t) && /(打算|计划|安排|思路|要点)$/.test(t) ? 'plans' : 'problems';
  if (plans) return 'plans';
  if (ACHIEVEMENTS.test(t)) return 'achievements';
  if (OTHER.test(t)) return 'other';
  return null;
}

/**
 * The role a section names: by its title, and always `plans` for an unnumbered closing part (a
 * plan cue). Given the report's year, a title about a later year plans it (`二、2024年重点工作` in a
 * 2023 summary, `三、2026年主要工作` in a review of 2025).
 */
export function namedRole(section: { title: string; ordinal: number | null }, reportYear: number | null = null): Role | null {
  const named = roleOfTitle(section.title) ?? (section.ordinal === null ? 'plans' : null);
  // Work of a later year is planned, whatever the title calls it (`三、2026年主要工作` in a review of 2025).
  if (reportYear !== null && named !== 'problems' && (firstYear(section.title) ?? 0) > reportYear) return 'plans';
  return named;
}

/**
 * Words that open the paragraph where a review turns to its problems (`我们也清醒认识到…`,
 * `成绩固然可喜，问题也不容忽视`, `…还面临不少困难和挑战`), in reports that give their problems no
 * heading of their own.
 */
const PROBLEMS_OPENING = /清醒地?认识到|不容忽视|(存在|面临)(的|着)?(一些|不少|诸多)?(困难|问题|挑战|短板|不足)|差距和不足|问题和不足/;

/** True when a paragraph opens on the review's problems (the cue within its first sentence or two). */
export function opensProblems(paragraph: string): boolean {
  return PROBLEMS_OPENING.test(paragraph.slice(0, 40));
}

/**
 * The lead-in of an item marker at `at`: the words between the last sentence end and the marker,
 * when they end in a colon (`存在的不足：一是…`, `2024年工作打算：一是…`); else ''. In a report
 * numbered only with top-level items, a lead-in names the part its items form.
 */
export function leadIn(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 40), at);
  // After the last sentence end, found from the start: `[^…]*$` would rescan the rest from every character.
  // A line end (CR alone too) ends the clause as a sentence end does.
  const clause = before.slice(/^[\s\S]*[。；;！!？?\r\n]/.exec(before)?.[0].length ?? 0).trim();
  return /[：:]$/.test(clause) ? clause : '';
}

