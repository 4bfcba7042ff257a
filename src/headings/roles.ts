/**
 * Roles of top-level sections: what a part of the report does.
 *   achievements  主要工作 / 工作成效 / 工作总结 / 工作回顾 …
 *   problems      存在的不足 / 问题 / 差距 …
 *   plans         工作打算 / 工作计划 / 下一步 / 工作要点 / 20XX年的任务 …
 *   other         基本情况 / 经验体会 …
 * A title that names none of these (a thematic heading such as `深化党的政治建设`) takes the role of
 * the part it belongs to: plans in a plan document or after a plan part began, else achievements.
 */
import type { Role } from '../tree/types.js';

const PROBLEMS = /存在的?(主要|突出)?(问题|不足|差距|短板|困难)|(问题|不足|差距|短板)(和|与|及|、)(不足|差距|问题|短板|原因|困难|挑战)|^(主要|突出)?(问题|不足|差距)$|不足之处|薄弱环节$/;
const PLANS = /打算|计划|要点|下一步|下步|下一阶段|下阶段|今后|明年|展望|工作思路|工作安排|工作目标|工作任务|主要任务|重点任务|总体要求|预期目标|(\d{4}|明)年.{0,12}(任务|安排|部署|目标|要求|思路|取向)/;
const ACHIEVEMENTS = /主要工作|工作成效|工作成绩|工作总结|工作回顾|回顾|成效|成绩|完成情况|工作情况|开展情况|进展情况|主要做法|做法|工作开展/;
const OTHER = /基本情况|概况|体会|启示|经验|背景/;

/** The role a title names by itself, or null for a thematic title. */
export function roleOfTitle(title: string): Role | null {
  if (PROBLEMS.test(title)) return 'problems';
  if (PLANS.test(title)) return 'plans';
  if (ACHIEVEMENTS.test(title)) return 'achievements';
  if (OTHER.test(title)) return 'other';
  return null;
}
