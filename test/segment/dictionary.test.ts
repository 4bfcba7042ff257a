import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_TAGS, categoryOf } from '../../src/segment/categories.js';
import { DICTIONARY, readDictionary } from './helpers.js';

const entries = readDictionary();
const tagOf = new Map(entries.map((e) => [e.word, e.tag]));

describe('dictionaries/political-terms.utf8', () => {
  it('holds at least 400 terms', () => {
    expect(entries.length).toBeGreaterThanOrEqual(400);
  });

  it('is UTF-8 without BOM, \\n line ends, no blank or comment lines', () => {
    const raw = readFileSync(DICTIONARY);
    expect(raw[0]).not.toBe(0xef);
    const text = raw.toString('utf8');
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
    for (const e of entries) {
      expect(e.line, `line ${e.lineNo}`).not.toBe('');
      expect(e.line.startsWith('#'), `line ${e.lineNo}: ${e.line}`).toBe(false);
    }
  });

  it('has well-formed lines: word, integer frequency, known category tag, single spaces', () => {
    const bad = entries.filter(
      (e) =>
        e.fields.length !== 3 ||
        !/^[^\s#]+$/.test(e.word) ||
        !/^[1-9]\d*$/.test(e.freq) ||
        categoryOf(e.tag) === undefined,
    );
    expect(bad.map((e) => `${e.lineNo}: ${e.line}`)).toEqual([]);
  });

  it('uses frequencies that beat jieba (20000–50000)', () => {
    const bad = entries.filter((e) => Number(e.freq) < 20000 || Number(e.freq) > 50000);
    expect(bad.map((e) => e.line)).toEqual([]);
  });

  it('has no duplicate terms', () => {
    const seen = new Set<string>();
    const dups = entries.filter((e) => (seen.has(e.word) ? true : (seen.add(e.word), false)));
    expect(dups.map((e) => e.line)).toEqual([]);
  });

  it('groups terms by category (nfm, nin, ncp, nth, nwk) and sorts within each', () => {
    const order = entries.map((e) => e.tag).filter((t, i, all) => i === 0 || all[i - 1] !== t);
    expect(order).toEqual([...CATEGORY_TAGS]);
    for (const tag of CATEGORY_TAGS) {
      const words = entries.filter((e) => e.tag === tag).map((e) => e.word);
      expect(words, tag).toEqual([...words].sort());
    }
  });

  it('has a fair share in every category', () => {
    const counts = Object.fromEntries(CATEGORY_TAGS.map((t) => [t, entries.filter((e) => e.tag === t).length]));
    for (const tag of CATEGORY_TAGS) expect(counts[tag], tag).toBeGreaterThanOrEqual(50);
  });

  it.each([
    ['nfm', '四个意识 四个自信 两个维护 两个确立 三会一课 一岗双责 四种形态 中央八项规定精神 八项规定 四风 两个责任 三不 三个区分开来 三个务必 六稳 六保 十四五 四强党支部 两优一先 国之大者 放管服 一把手 七个有之 五位一体 四个全面 第二个百年奋斗目标 全面从严治党 主体责任 监督责任 共同富裕 中国式现代化 高质量发展 新发展理念 新发展格局'],
    ['nin', '党委理论学习中心组 理论学习中心组 中心组学习 民主生活会 组织生活会 主题党日 党员大会 支部委员会 党小组会 党委会 青年理论学习小组 纪委 党总支 党支部 机关党委 巡视 巡察 述职评议 谈心谈话 专题读书班'],
    ['ncp', '党史学习教育 我为群众办实事 主题教育 不忘初心 牢记使命 不忘初心牢记使命 不忘初心牢记使命主题教育 两学一做 学习强国 双报到 光荣在党50年 党员先锋岗'],
    ['nth', '习近平新时代中国特色社会主义思想 党的二十大精神 党的十九大 十九届六中全会 十九届五中全会 二十届三中全会 党的十八大以来 习近平法治思想 习近平生态文明思想 习近平强军思想 伟大建党精神 中国共产党章程 中国共产党纪律处分条例 政府工作报告'],
    ['nwk', '乡村振兴 脱贫攻坚 营商环境 疫情防控 意识形态工作责任制 党风廉政建设 形式主义 官僚主义 城镇调查失业率 国内生产总值 居民消费价格 城镇新增就业 赤字率 专项债'],
  ])('holds the core %s terms', (tag, words) => {
    const missing = words.split(' ').filter((w) => tagOf.get(w) !== tag);
    expect(missing).toEqual([]);
  });

  it('names every congress 十八大–二十大 and every plenum 十八届一中全会–二十届四中全会, with their 精神 forms', () => {
    const expected: string[] = [];
    for (const c of ['十八大', '十九大', '二十大']) expected.push(c, `党的${c}`, `${c}精神`, `党的${c}精神`);
    const nums = ['一', '二', '三', '四', '五', '六', '七'];
    for (const [session, n] of [['十八届', 7], ['十九届', 7], ['二十届', 4]] as const) {
      for (const x of nums.slice(0, n)) expected.push(`${session}${x}中全会`, `${session}${x}中全会精神`);
    }
    expect(expected.filter((w) => tagOf.get(w) !== 'nth')).toEqual([]);
  });

  it('does not glue a verb to its object', () => {
    const verbs = /^(召开|开展|举办|举行|讲|落实|推进|加强|深化|学习贯彻|贯彻落实|参加|完成|发展党员|优化|巩固拓展)/;
    // Names of a campaign and a document that happen to start with a verb.
    const allowed = new Set(['学习贯彻习近平新时代中国特色社会主义思想主题教育', '发展党员工作细则']);
    const glued = entries.filter((e) => verbs.test(e.word) && !allowed.has(e.word)).map((e) => e.word);
    expect(glued).toEqual([]);
    for (const w of ['召开党委会', '开展工作', '讲党课', '召开民主生活会', '开展主题党日']) expect(tagOf.has(w), w).toBe(false);
  });
});
