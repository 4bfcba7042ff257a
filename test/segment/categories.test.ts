import { describe, expect, it } from 'vitest';
import { CATEGORY_BY_TAG, CATEGORY_TAGS, TAG_BY_CATEGORY, categoryOf, isCategoryTag, isNounTag } from '../../src/segment/categories.js';

describe('categories', () => {
  it('maps the tag codes to categories and back', () => {
    expect(categoryOf('nfm')).toBe('formulation');
    expect(categoryOf('nin')).toBe('institution');
    expect(categoryOf('ncp')).toBe('campaign');
    expect(categoryOf('nth')).toBe('thought');
    expect(categoryOf('nwk')).toBe('policy');
    expect(CATEGORY_TAGS).toEqual(['nfm', 'nin', 'ncp', 'nth', 'nwk']);
    for (const [tag, category] of CATEGORY_BY_TAG) expect(TAG_BY_CATEGORY.get(category)).toBe(tag);
  });

  it('returns undefined for jieba tags and odd strings', () => {
    for (const tag of ['n', 'nz', 'v', 'x', 'eng', '', 'NFM', 'constructor', 'toString', '__proto__']) {
      expect(categoryOf(tag), tag).toBeUndefined();
      expect(isCategoryTag(tag), tag).toBe(false);
    }
  });

  it('treats jieba noun tags and category tags as nouns', () => {
    for (const tag of ['n', 'nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz', 'ng', 'vn', 'an', ...CATEGORY_TAGS]) expect(isNounTag(tag), tag).toBe(true);
    for (const tag of ['v', 'vd', 'a', 'ad', 'd', 'm', 'q', 'p', 'c', 'u', 'uj', 'x', 'eng', 'j', 'l', 'i', 'r', '']) expect(isNounTag(tag), tag).toBe(false);
  });
});
