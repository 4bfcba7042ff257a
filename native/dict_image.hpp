// The built state of cppjieba's dictionary and HMM model as one flat, position-independent image,
// usable straight from a read-only file mapping.
//
// Why: building cppjieba's DictTrie from jieba.dict.utf8 (350K words, a node and a hash map per
// trie node) takes about 0.6 s and 115 MB in every process. The image holds only what
// MixSegment::Tag reads: each word's weight and tag after cppjieba's own loading (the user-dict
// weight defaults, the minimum weight, the user dictionary's single characters) and the HMM
// tables. It is dumped from cppjieba's loaded objects, not parsed again, so it cannot disagree
// with them; mapping it takes a few milliseconds and the pages are shared by every process.
//
// Layout (native byte order; a file from another byte order fails the header check):
//   Header, then 8-aligned sections:
//   nodes[node_count + 1]  trie in breadth-first order: node 0 is the root; the children of node i
//                          are nodes[first_child(i) .. first_child(i + 1)), sorted by rune; the
//                          last entry is a sentinel whose first_child is node_count.
//   units[unit_count]      a word's weight and tag, for nodes that end a word.
//   tags[tag_count]        offset and length of each distinct tag in tag_text.
//   root_table[0x10000]    the root's child for each BMP rune (0: none), saving a binary search
//                          over the root's ~20K children for nearly every character of a text.
//   singles[single_count]  the user dictionary's single-character words, sorted (MixSegment keeps
//                          them from the HMM).
//   emit_runes[emit_count] runes with an HMM emission probability, sorted, and emit_probs[4 * n]
//                          their B, E, M, S probabilities (MIN_DOUBLE where a state has none,
//                          which is the default cppjieba's GetEmitProb returns).
#ifndef BAOGAO_DICT_IMAGE_HPP
#define BAOGAO_DICT_IMAGE_HPP

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <map>
#include <stdint.h>
#include <string>
#include <utility>
#include <vector>

#include "cppjieba/DictTrie.hpp"
#include "cppjieba/HMMModel.hpp"

namespace baogao {

// Bump when the layout or what the image captures changes: the cache file name includes it.
const uint32_t kImageVersion = 1;
const char kImageMagic[8] = {'B', 'G', 'J', 'I', 'E', 'B', 'A', '\n'};
const uint32_t kByteOrder = 0x01020304;
const uint32_t kNone = 0xffffffffu;
const uint32_t kRootTableSize = 0x10000;

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t byte_order;
  uint64_t file_size;
  uint64_t body_hash;  // of every byte after the header
  double min_weight;
  double start_prob[4];
  double trans_prob[4][4];
  uint32_t node_count, unit_count, tag_count, tag_bytes, single_count, emit_count;
  uint64_t nodes, units, tags, tag_text, root_table, singles, emit_runes, emit_probs;  // offsets
  uint64_t header_hash;  // of the header up to here
};

struct Node {
  uint32_t rune;
  uint32_t first_child;
  uint32_t unit;  // kNone: no word ends here
};

struct Unit {
  double weight;
  uint32_t tag;
  uint32_t reserved;
};

struct TagRef {
  uint32_t offset;
  uint32_t length;
};

// XXH64 (Yann Collet's algorithm, BSD): fast enough to check the whole image at every load.
inline uint64_t Rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
inline uint64_t Read64(const unsigned char* p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}
inline uint32_t Read32(const unsigned char* p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}
inline uint64_t Hash64(const void* data, size_t len, uint64_t seed = 0) {
  const uint64_t P1 = 0x9E3779B185EBCA87ULL, P2 = 0xC2B2AE3D27D4EB4FULL, P3 = 0x165667B19E3779F9ULL,
                 P4 = 0x85EBCA77C2B2AE63ULL, P5 = 0x27D4EB2F165667C5ULL;
  const unsigned char* p = static_cast<const unsigned char*>(data);
  const unsigned char* end = p + len;
  auto round = [&](uint64_t acc, uint64_t input) { return Rotl64(acc + input * P2, 31) * P1; };
  uint64_t h;
  if (len >= 32) {
    uint64_t v1 = seed + P1 + P2, v2 = seed + P2, v3 = seed, v4 = seed - P1;
    for (; p + 32 <= end; p += 32) {
      v1 = round(v1, Read64(p));
      v2 = round(v2, Read64(p + 8));
      v3 = round(v3, Read64(p + 16));
      v4 = round(v4, Read64(p + 24));
    }
    h = Rotl64(v1, 1) + Rotl64(v2, 7) + Rotl64(v3, 12) + Rotl64(v4, 18);
    for (uint64_t v : {v1, v2, v3, v4}) h = (h ^ round(0, v)) * P1 + P4;
  } else {
    h = seed + P5;
  }
  h += len;
  for (; p + 8 <= end; p += 8) h = Rotl64(h ^ round(0, Read64(p)), 27) * P1 + P4;
  if (p + 4 <= end) {
    h = Rotl64(h ^ (uint64_t(Read32(p)) * P1), 23) * P2 + P3;
    p += 4;
  }
  for (; p < end; p++) h = Rotl64(h ^ (*p * P5), 11) * P1;
  h ^= h >> 33;
  h *= P2;
  h ^= h >> 29;
  h *= P3;
  h ^= h >> 32;
  return h;
}

// A checked, read-only view of an image. Open() refuses anything whose header, hashes or
// structure are off, so lookups need no bounds checks afterwards.
class DictImage {
 public:
  bool Open(const char* data, size_t size) {
    if (size < sizeof(Header) || reinterpret_cast<uintptr_t>(data) % 8) return false;
    const Header& h = *reinterpret_cast<const Header*>(data);
    if (memcmp(h.magic, kImageMagic, 8) || h.version != kImageVersion || h.byte_order != kByteOrder) return false;
    if (h.file_size != size || h.header_hash != Hash64(&h, offsetof(Header, header_hash))) return false;
    if (h.body_hash != Hash64(data + sizeof(Header), size - sizeof(Header))) return false;
    if (!Section(h, h.nodes, uint64_t(h.node_count) + 1, sizeof(Node), size) ||
        !Section(h, h.units, h.unit_count, sizeof(Unit), size) || !Section(h, h.tags, h.tag_count, sizeof(TagRef), size) ||
        !Section(h, h.tag_text, h.tag_bytes, 1, size) || !Section(h, h.root_table, kRootTableSize, 4, size) ||
        !Section(h, h.singles, h.single_count, 4, size) || !Section(h, h.emit_runes, h.emit_count, 4, size) ||
        !Section(h, h.emit_probs, uint64_t(h.emit_count) * 4, 8, size)) {
      return false;
    }
    header_ = &h;
    nodes_ = reinterpret_cast<const Node*>(data + h.nodes);
    units_ = reinterpret_cast<const Unit*>(data + h.units);
    tags_ = reinterpret_cast<const TagRef*>(data + h.tags);
    tag_text_ = data + h.tag_text;
    root_table_ = reinterpret_cast<const uint32_t*>(data + h.root_table);
    singles_ = reinterpret_cast<const uint32_t*>(data + h.singles);
    emit_runes_ = reinterpret_cast<const uint32_t*>(data + h.emit_runes);
    emit_probs_ = reinterpret_cast<const double*>(data + h.emit_probs);
    return CheckStructure();
  }

  // The root's child for `rune`, or 0.
  uint32_t RootChild(uint32_t rune) const {
    return rune < kRootTableSize ? root_table_[rune] : Child(0, rune);
  }
  // The child of `node` for `rune`, or 0 (the root is nobody's child).
  uint32_t Child(uint32_t node, uint32_t rune) const {
    const Node* first = nodes_ + nodes_[node].first_child;
    const Node* last = nodes_ + nodes_[node + 1].first_child;
    if (last - first <= 8) {
      for (const Node* n = first; n != last; n++) if (n->rune == rune) return uint32_t(n - nodes_);
      return 0;
    }
    const Node* n = std::lower_bound(first, last, rune, [](const Node& a, uint32_t r) { return a.rune < r; });
    return n != last && n->rune == rune ? uint32_t(n - nodes_) : 0;
  }
  // The word ending at `node`, or null.
  const Unit* UnitAt(uint32_t node) const {
    uint32_t u = nodes_[node].unit;
    return u == kNone ? nullptr : units_ + u;
  }
  std::string TagOf(const Unit& unit) const {
    const TagRef& t = tags_[unit.tag];
    return std::string(tag_text_ + t.offset, t.length);
  }
  bool IsUserDictSingleChineseWord(uint32_t rune) const {
    return std::binary_search(singles_, singles_ + header_->single_count, rune);
  }
  double MinWeight() const { return header_->min_weight; }
  double StartProb(size_t y) const { return header_->start_prob[y]; }
  double TransProb(size_t from, size_t to) const { return header_->trans_prob[from][to]; }
  // B, E, M, S emission probabilities of `rune`, or null where the model has none.
  const double* EmitProbs(uint32_t rune) const {
    const uint32_t* end = emit_runes_ + header_->emit_count;
    const uint32_t* it = std::lower_bound(emit_runes_, end, rune);
    return it != end && *it == rune ? emit_probs_ + 4 * (it - emit_runes_) : nullptr;
  }
  uint32_t NodeCount() const { return header_->node_count; }
  uint32_t UnitCount() const { return header_->unit_count; }

 private:
  static bool Section(const Header&, uint64_t offset, uint64_t count, uint64_t width, size_t size) {
    return offset >= sizeof(Header) && offset % 8 == 0 && offset <= size && count <= (size - offset) / width;
  }

  // Every index in bounds, children sorted: what the lookups above rely on.
  bool CheckStructure() const {
    const Header& h = *header_;
    if (h.node_count == 0 || nodes_[0].first_child != 1 || nodes_[h.node_count].first_child != h.node_count) return false;
    for (uint32_t i = 0; i < h.node_count; i++) {
      uint32_t first = nodes_[i].first_child, last = nodes_[i + 1].first_child;
      if (first <= i || last < first || last > h.node_count) return false;
      if (nodes_[i].unit != kNone && nodes_[i].unit >= h.unit_count) return false;
      for (uint32_t c = first + 1; c < last; c++) if (nodes_[c].rune <= nodes_[c - 1].rune) return false;
    }
    for (uint32_t r = 0; r < kRootTableSize; r++) {
      uint32_t n = root_table_[r];
      if (n && (n < nodes_[0].first_child || n >= nodes_[1].first_child || nodes_[n].rune != r)) return false;
    }
    for (uint32_t i = 0; i < h.unit_count; i++) if (units_[i].tag >= h.tag_count) return false;
    for (uint32_t i = 0; i < h.tag_count; i++) {
      if (tags_[i].offset > h.tag_bytes || tags_[i].length > h.tag_bytes - tags_[i].offset) return false;
    }
    return std::is_sorted(singles_, singles_ + h.single_count) && std::is_sorted(emit_runes_, emit_runes_ + h.emit_count);
  }

  const Header* header_ = nullptr;
  const Node* nodes_ = nullptr;
  const Unit* units_ = nullptr;
  const TagRef* tags_ = nullptr;
  const char* tag_text_ = nullptr;
  const uint32_t* root_table_ = nullptr;
  const uint32_t* singles_ = nullptr;
  const uint32_t* emit_runes_ = nullptr;
  const double* emit_probs_ = nullptr;
};

// Reading cppjieba's private members (the trie's root, the user dictionary's single characters)
// without editing its headers: an explicit template instantiation may name a private member
// ([temp.explicit]: access is not checked there), and the friend it defines hands out the
// member pointer. Standard C++, unlike `#define private public` around the includes.
template <typename Tag, typename Tag::type Member>
struct Expose {
  friend typename Tag::type Get(Tag) { return Member; }
};
struct DictTrieTrie {
  typedef cppjieba::Trie* cppjieba::DictTrie::*type;
  friend type Get(DictTrieTrie);
};
struct DictTrieSingles {
  typedef std::unordered_set<cppjieba::Rune> cppjieba::DictTrie::*type;
  friend type Get(DictTrieSingles);
};
struct TrieRoot {
  typedef cppjieba::TrieNode* cppjieba::Trie::*type;
  friend type Get(TrieRoot);
};
template struct Expose<DictTrieTrie, &cppjieba::DictTrie::trie_>;
template struct Expose<DictTrieSingles, &cppjieba::DictTrie::user_dict_single_chinese_word_>;
template struct Expose<TrieRoot, &cppjieba::Trie::root_>;

// Appends `count` values of T at an 8-aligned offset; returns the offset.
template <typename T>
uint64_t Append(std::string& out, const T* values, size_t count) {
  out.resize((out.size() + 7) & ~size_t(7), '\0');
  uint64_t offset = out.size();
  if (count) out.append(reinterpret_cast<const char*>(values), count * sizeof(T));
  return offset;
}

// The image of a loaded DictTrie and HMMModel. The trie is walked as cppjieba built it: each
// node's word (the last entry loaded for that key wins, as in cppjieba) with its weight and tag.
inline std::string BuildImage(const cppjieba::DictTrie& dict, const cppjieba::HMMModel& model) {
  Header h;
  memset(&h, 0, sizeof h);
  memcpy(h.magic, kImageMagic, 8);
  h.version = kImageVersion;
  h.byte_order = kByteOrder;
  h.min_weight = dict.GetMinWeight();
  for (size_t i = 0; i < 4; i++) {
    h.start_prob[i] = model.startProb[i];
    for (size_t j = 0; j < 4; j++) h.trans_prob[i][j] = model.transProb[i][j];
  }

  std::vector<Node> nodes;
  std::vector<Unit> units;
  std::vector<TagRef> tags;
  std::string tag_text;
  std::map<std::string, uint32_t> tag_ids;
  std::vector<uint32_t> root_table(kRootTableSize, 0);
  // Breadth-first: a node's children are appended together, sorted by rune.
  std::vector<const cppjieba::TrieNode*> queue(1, (dict.*Get(DictTrieTrie()))->*Get(TrieRoot()));
  nodes.push_back(Node{0, 0, kNone});
  std::vector<std::pair<cppjieba::Rune, const cppjieba::TrieNode*>> children;
  for (size_t i = 0; i < queue.size(); i++) {
    const cppjieba::TrieNode* node = queue[i];
    nodes[i].first_child = uint32_t(nodes.size());
    if (const cppjieba::DictUnit* value = node->ptValue) {
      auto tag = tag_ids.find(value->tag);
      if (tag == tag_ids.end()) {
        tag = tag_ids.insert(std::make_pair(value->tag, uint32_t(tags.size()))).first;
        tags.push_back(TagRef{uint32_t(tag_text.size()), uint32_t(value->tag.size())});
        tag_text += value->tag;
      }
      nodes[i].unit = uint32_t(units.size());
      units.push_back(Unit{value->weight, tag->second, 0});
    }
    if (!node->next) continue;
    children.assign(node->next->begin(), node->next->end());
    std::sort(children.begin(), children.end(),
              [](const std::pair<cppjieba::Rune, const cppjieba::TrieNode*>& a,
                 const std::pair<cppjieba::Rune, const cppjieba::TrieNode*>& b) { return a.first < b.first; });
    for (const auto& child : children) {
      if (i == 0 && child.first < kRootTableSize) root_table[child.first] = uint32_t(nodes.size());
      nodes.push_back(Node{child.first, 0, kNone});
      queue.push_back(child.second);
    }
  }
  h.node_count = uint32_t(nodes.size());
  nodes.push_back(Node{0, h.node_count, kNone});  // sentinel: ends the last node's child range

  const std::unordered_set<cppjieba::Rune>& single_set = dict.*Get(DictTrieSingles());
  std::vector<uint32_t> singles(single_set.begin(), single_set.end());
  std::sort(singles.begin(), singles.end());

  std::vector<uint32_t> emit_runes;
  for (const cppjieba::EmitProbMap* m : model.emitProbVec) {
    for (const auto& e : *m) emit_runes.push_back(e.first);
  }
  std::sort(emit_runes.begin(), emit_runes.end());
  emit_runes.erase(std::unique(emit_runes.begin(), emit_runes.end()), emit_runes.end());
  std::vector<double> emit_probs;
  for (uint32_t rune : emit_runes) {
    for (const cppjieba::EmitProbMap* m : model.emitProbVec) emit_probs.push_back(model.GetEmitProb(m, rune, cppjieba::MIN_DOUBLE));
  }

  h.unit_count = uint32_t(units.size());
  h.tag_count = uint32_t(tags.size());
  h.tag_bytes = uint32_t(tag_text.size());
  h.single_count = uint32_t(singles.size());
  h.emit_count = uint32_t(emit_runes.size());
  std::string out(sizeof(Header), '\0');
  out.reserve(sizeof(Header) + 8 * 8 + nodes.size() * sizeof(Node) + units.size() * sizeof(Unit) + tags.size() * sizeof(TagRef) +
              tag_text.size() + 4 * (root_table.size() + singles.size() + emit_runes.size()) + 8 * emit_probs.size());
  h.nodes = Append(out, nodes.data(), nodes.size());
  h.units = Append(out, units.data(), units.size());
  h.tags = Append(out, tags.data(), tags.size());
  h.tag_text = Append(out, tag_text.data(), tag_text.size());
  h.root_table = Append(out, root_table.data(), root_table.size());
  h.singles = Append(out, singles.data(), singles.size());
  h.emit_runes = Append(out, emit_runes.data(), emit_runes.size());
  h.emit_probs = Append(out, emit_probs.data(), emit_probs.size());
  out.resize((out.size() + 7) & ~size_t(7), '\0');
  h.file_size = out.size();
  h.body_hash = Hash64(out.data() + sizeof(Header), out.size() - sizeof(Header));
  h.header_hash = Hash64(&h, offsetof(Header, header_hash));
  memcpy(&out[0], &h, sizeof h);
  return out;
}

}  // namespace baogao

#endif
