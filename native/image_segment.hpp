// cppjieba's MixSegment tagging over a DictImage.
//
// Adapted from cppjieba (https://github.com/yanyiwu/cppjieba) as shipped in nodejieba 3.5.8:
// MixSegment::Cut, MPSegment (Trie::Find's DAG, CalcDP, CutByDag), HMMSegment (Cut, the letter
// and number rules, Viterbi) and PosTagger (Tag, LookupTag, SpecialRule), with DictTrie and
// HMMModel replaced by the image. Every comparison, sum and tie-break is kept in cppjieba's
// order, so the words and tags are cppjieba's; test/segment/dict-image.test.ts checks that.
//
// cppjieba's licence:
//
// The MIT License (MIT)
//
// Copyright (c) 2013
//
// Permission is hereby granted, free of charge, to any person obtaining a copy of
// this software and associated documentation files (the "Software"), to deal in
// the Software without restriction, including without limitation the rights to
// use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
// the Software, and to permit persons to whom the Software is furnished to do so,
// subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
// FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
// COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
// IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
// CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
#ifndef BAOGAO_IMAGE_SEGMENT_HPP
#define BAOGAO_IMAGE_SEGMENT_HPP

#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "dict_image.hpp"  // first: cppjieba's PosTagger.hpp needs DictTrie declared
#include "cppjieba/PosTagger.hpp"
#include "cppjieba/PreFilter.hpp"
#include "cppjieba/SegmentBase.hpp"

namespace baogao {

class ImageSegment {
 public:
  explicit ImageSegment(const DictImage& dict) : dict_(dict) {
    // SegmentBase: text is first split at these separators.
    cppjieba::RuneStrArray runes;
    cppjieba::DecodeUTF8RunesInString(cppjieba::SPECIAL_SEPARATORS, runes);
    for (const cppjieba::RuneStr& r : runes) symbols_.insert(r.rune);
  }

  // MixSegment::Tag: PosTagger::Tag over MixSegment::Cut with the HMM. The tag is looked up on
  // the word's runes as cut, which is what PosTagger gets by decoding the word's string again.
  void Tag(const std::string& src, std::vector<std::pair<std::string, std::string>>& res) const {
    cppjieba::PreFilter pre_filter(symbols_, src);
    std::vector<cppjieba::WordRange> wrs;
    wrs.reserve(src.size() / 2);
    while (pre_filter.HasNext()) {
      cppjieba::PreFilter::Range range = pre_filter.Next();
      MixCut(range.begin, range.end, wrs);
    }
    res.reserve(res.size() + wrs.size());
    for (const cppjieba::WordRange& wr : wrs) {
      res.push_back(std::make_pair(cppjieba::GetStringFromRunes(src, wr.left, wr.right), LookupTag(wr)));
    }
  }

 private:
  typedef cppjieba::RuneStrArray::const_iterator It;

  struct Dag {
    limonp::LocalVector<std::pair<size_t, const Unit*>> nexts;
    const Unit* pInfo = nullptr;
    double weight = 0.0;
    size_t nextPos = 0;  // last rune of the chosen word: the image keeps no word lengths
  };

  // MixSegment::Cut (hmm = true): runs of single characters the dictionary does not know as
  // words are cut again by the HMM.
  void MixCut(It begin, It end, std::vector<cppjieba::WordRange>& res) const {
    std::vector<cppjieba::WordRange> words;
    words.reserve(end - begin);
    MpCut(begin, end, words);
    std::vector<cppjieba::WordRange> hmmRes;
    hmmRes.reserve(end - begin);
    for (size_t i = 0; i < words.size(); i++) {
      if (words[i].left != words[i].right || dict_.IsUserDictSingleChineseWord(words[i].left->rune)) {
        res.push_back(words[i]);
        continue;
      }
      size_t j = i;
      while (j < words.size() && words[j].left == words[j].right && !dict_.IsUserDictSingleChineseWord(words[j].left->rune)) {
        j++;
      }
      HmmCut(words[i].left, words[j - 1].left + 1, hmmRes);
      res.insert(res.end(), hmmRes.begin(), hmmRes.end());
      hmmRes.clear();
      i = j - 1;
    }
  }

  // MPSegment::Cut: the most probable path through the DAG of dictionary words.
  void MpCut(It begin, It end, std::vector<cppjieba::WordRange>& words) const {
    std::vector<Dag> dags;
    FindDag(begin, end, dags, cppjieba::MAX_WORD_LENGTH);
    CalcDP(dags);
    for (size_t i = 0; i < dags.size();) {  // CutByDag
      size_t last = dags[i].pInfo ? dags[i].nextPos : i;
      words.push_back(cppjieba::WordRange(begin + i, begin + last));
      i = last + 1;
    }
  }

  // Trie::Find, DAG form: for each start, the first rune (word or not) and every longer word.
  void FindDag(It begin, It end, std::vector<Dag>& res, size_t max_word_len) const {
    res.resize(end - begin);
    for (size_t i = 0; i < size_t(end - begin); i++) {
      uint32_t node = dict_.RootChild((begin + i)->rune);
      res[i].nexts.push_back(std::make_pair(i, node ? dict_.UnitAt(node) : static_cast<const Unit*>(nullptr)));
      for (size_t j = i + 1; node && j < size_t(end - begin) && (j - i + 1) <= max_word_len; j++) {
        node = dict_.Child(node, (begin + j)->rune);
        if (!node) break;
        if (const Unit* unit = dict_.UnitAt(node)) res[i].nexts.push_back(std::make_pair(j, unit));
      }
    }
  }

  void CalcDP(std::vector<Dag>& dags) const {
    for (std::vector<Dag>::reverse_iterator rit = dags.rbegin(); rit != dags.rend(); rit++) {
      rit->pInfo = nullptr;
      rit->weight = cppjieba::MIN_DOUBLE;
      for (const std::pair<size_t, const Unit*>* it = rit->nexts.begin(); it != rit->nexts.end(); it++) {
        size_t nextPos = it->first;
        const Unit* p = it->second;
        double val = 0.0;
        if (nextPos + 1 < dags.size()) val += dags[nextPos + 1].weight;
        if (p) {
          val += p->weight;
        } else {
          val += dict_.MinWeight();
        }
        if (val > rit->weight) {
          rit->pInfo = p;
          rit->weight = val;
          rit->nextPos = nextPos;
        }
      }
    }
  }

  // HMMSegment::Cut: ASCII letters and numbers make words by rule, other runs go to Viterbi.
  void HmmCut(It begin, It end, std::vector<cppjieba::WordRange>& res) const {
    It left = begin;
    It right = begin;
    while (right != end) {
      if (right->rune < 0x80) {
        if (left != right) InternalCut(left, right, res);
        left = right;
        do {
          right = SequentialLetterRule(left, end);
          if (right != left) break;
          right = NumbersRule(left, end);
          if (right != left) break;
          right++;
        } while (false);
        res.push_back(cppjieba::WordRange(left, right - 1));
        left = right;
      } else {
        right++;
      }
    }
    if (left != right) InternalCut(left, right, res);
  }

  It SequentialLetterRule(It begin, It end) const {
    cppjieba::Rune x = begin->rune;
    if (('a' <= x && x <= 'z') || ('A' <= x && x <= 'Z')) {
      begin++;
    } else {
      return begin;
    }
    while (begin != end) {
      x = begin->rune;
      if (('a' <= x && x <= 'z') || ('A' <= x && x <= 'Z') || ('0' <= x && x <= '9')) {
        begin++;
      } else {
        break;
      }
    }
    return begin;
  }

  It NumbersRule(It begin, It end) const {
    cppjieba::Rune x = begin->rune;
    if ('0' <= x && x <= '9') {
      begin++;
    } else {
      return begin;
    }
    while (begin != end) {
      x = begin->rune;
      if (('0' <= x && x <= '9') || x == '.') {
        begin++;
      } else {
        break;
      }
    }
    return begin;
  }

  void InternalCut(It begin, It end, std::vector<cppjieba::WordRange>& res) const {
    std::vector<size_t> status;
    Viterbi(begin, end, status);
    It left = begin;
    for (size_t i = 0; i < status.size(); i++) {
      if (status[i] % 2) {  // E or S ends a word
        It right = begin + i + 1;
        res.push_back(cppjieba::WordRange(left, right - 1));
        left = right;
      }
    }
  }

  double Emit(const double* probs, size_t y) const { return probs ? probs[y] : cppjieba::MIN_DOUBLE; }

  void Viterbi(It begin, It end, std::vector<size_t>& status) const {
    const size_t Y = cppjieba::HMMModel::STATUS_SUM;
    const size_t X = end - begin;
    std::vector<int> path(X * Y);
    std::vector<double> weight(X * Y);
    const double* emit = dict_.EmitProbs(begin->rune);
    for (size_t y = 0; y < Y; y++) {
      weight[0 + y * X] = dict_.StartProb(y) + Emit(emit, y);
      path[0 + y * X] = -1;
    }
    for (size_t x = 1; x < X; x++) {
      emit = dict_.EmitProbs((begin + x)->rune);
      for (size_t y = 0; y < Y; y++) {
        size_t now = x + y * X;
        weight[now] = cppjieba::MIN_DOUBLE;
        path[now] = cppjieba::HMMModel::E;
        double emitProb = Emit(emit, y);
        for (size_t preY = 0; preY < Y; preY++) {
          size_t old = x - 1 + preY * X;
          double tmp = weight[old] + dict_.TransProb(preY, y) + emitProb;
          if (tmp > weight[now]) {
            weight[now] = tmp;
            path[now] = int(preY);
          }
        }
      }
    }
    double endE = weight[X - 1 + cppjieba::HMMModel::E * X];
    double endS = weight[X - 1 + cppjieba::HMMModel::S * X];
    size_t stat = endE >= endS ? cppjieba::HMMModel::E : cppjieba::HMMModel::S;
    status.resize(X);
    for (int x = int(X) - 1; x >= 0; x--) {
      status[x] = stat;
      stat = path[x + stat * X];
    }
  }

  // PosTagger::LookupTag: the dictionary's tag, else x / m / eng by the word's ASCII.
  std::string LookupTag(const cppjieba::WordRange& wr) const {
    uint32_t node = dict_.RootChild(wr.left->rune);
    for (It it = wr.left + 1; node && it <= wr.right; ++it) node = dict_.Child(node, it->rune);
    const Unit* unit = node ? dict_.UnitAt(node) : nullptr;
    if (unit) {
      std::string tag = dict_.TagOf(*unit);
      if (!tag.empty()) return tag;
    }
    size_t m = 0, eng = 0, size = wr.Length();
    for (size_t i = 0; i < size && eng < size / 2; i++) {
      cppjieba::Rune r = (wr.left + i)->rune;
      if (r < 0x80) {
        eng++;
        if ('0' <= r && r <= '9') m++;
      }
    }
    if (eng == 0) return cppjieba::POS_X;
    if (m == eng) return cppjieba::POS_M;
    return cppjieba::POS_ENG;
  }

  const DictImage& dict_;
  std::unordered_set<cppjieba::Rune> symbols_;
};

}  // namespace baogao

#endif
