// One cppjieba segmenter per dictionary set, shared by every thread of the process.
//
// Why this exists: nodejieba keeps its segmenter per addon instance, so each worker thread loads
// its own, and its load() also builds a TextRankExtractor with a second copy of the dictionary
// trie (about 110 MB each). A batch of N workers therefore held 2N tries. cppjieba's cutting and
// tagging are const and read-only, so one instance can serve all threads at once.
//
// The code, dictionaries and results are cppjieba's, as shipped inside the nodejieba package.
#include <node_api.h>

#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "cppjieba/DictTrie.hpp"
#include "cppjieba/HMMModel.hpp"
#include "cppjieba/MixSegment.hpp"

namespace {

struct Engine {
  cppjieba::DictTrie trie;
  cppjieba::HMMModel model;
  cppjieba::MixSegment segment;
  Engine(const std::string& dict, const std::string& hmm, const std::string& user)
      : trie(dict, user), model(hmm), segment(&trie, &model) {}
};

std::mutex registry_mutex;
std::map<std::string, std::weak_ptr<Engine>> registry;
// Dictionaries built since the process started: what tests and benchmarks check sharing by.
uint32_t builds = 0;

bool Readable(const std::string& path) {
  std::ifstream in(path.c_str());
  return in.is_open();
}

std::string GetString(napi_env env, napi_value value) {
  size_t length = 0;
  napi_get_value_string_utf8(env, value, nullptr, 0, &length);
  std::string out(length, '\0');
  napi_get_value_string_utf8(env, value, &out[0], length + 1, &length);
  return out;
}

napi_value Throw(napi_env env, const std::string& message) {
  napi_throw_error(env, "EENGINE", message.c_str());
  return nullptr;
}

void Release(napi_env, void* data, void*) { delete static_cast<std::shared_ptr<Engine>*>(data); }

// open(key, dictPath, hmmPath, userDictPath) -> handle. Same key, same engine.
napi_value Open(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  if (argc < 4) return Throw(env, "open(key, dict, hmm, userDict) takes four strings");
  std::string key = GetString(env, argv[0]);
  std::string dict = GetString(env, argv[1]);
  std::string hmm = GetString(env, argv[2]);
  std::string user = GetString(env, argv[3]);
  // cppjieba aborts the process on a file it cannot open: check first.
  for (const std::string& path : {dict, hmm, user}) {
    if (!path.empty() && !Readable(path)) return Throw(env, "cannot open dictionary file " + path);
  }
  std::shared_ptr<Engine> engine;
  {
    std::lock_guard<std::mutex> lock(registry_mutex);
    for (auto it = registry.begin(); it != registry.end();) it = it->second.expired() ? registry.erase(it) : std::next(it);
    engine = registry[key].lock();
    if (!engine) {
      engine = std::make_shared<Engine>(dict, hmm, user);
      registry[key] = engine;
      builds++;
    }
  }
  napi_value handle;
  auto* holder = new std::shared_ptr<Engine>(engine);
  if (napi_create_external(env, holder, Release, nullptr, &handle) != napi_ok) {
    delete holder;
    return Throw(env, "cannot create a segmenter handle");
  }
  return handle;
}

// tag(handle, text) -> [word, tag, word, tag, ...]
napi_value Tag(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  void* data = nullptr;
  if (argc < 2 || napi_get_value_external(env, argv[0], &data) != napi_ok || !data) {
    return Throw(env, "tag(handle, text): not a segmenter handle");
  }
  const Engine& engine = **static_cast<std::shared_ptr<Engine>*>(data);
  std::string text = GetString(env, argv[1]);
  std::vector<std::pair<std::string, std::string>> words;
  engine.segment.Tag(text, words);
  napi_value out;
  napi_create_array_with_length(env, words.size() * 2, &out);
  uint32_t i = 0;
  for (const auto& w : words) {
    napi_value word, tag;
    napi_create_string_utf8(env, w.first.data(), w.first.size(), &word);
    napi_create_string_utf8(env, w.second.data(), w.second.size(), &tag);
    napi_set_element(env, out, i++, word);
    napi_set_element(env, out, i++, tag);
  }
  return out;
}

// stats() -> { builds, live }: dictionaries built so far, and how many are in use now.
napi_value Stats(napi_env env, napi_callback_info) {
  uint32_t live = 0, built = 0;
  {
    std::lock_guard<std::mutex> lock(registry_mutex);
    for (const auto& entry : registry) live += entry.second.expired() ? 0 : 1;
    built = builds;
  }
  napi_value out, value;
  napi_create_object(env, &out);
  napi_create_uint32(env, built, &value);
  napi_set_named_property(env, out, "builds", value);
  napi_create_uint32(env, live, &value);
  napi_set_named_property(env, out, "live", value);
  return out;
}

napi_value Init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
      {"open", nullptr, Open, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"tag", nullptr, Tag, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"stats", nullptr, Stats, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, 3, props);
  return exports;
}

}  // namespace

NAPI_MODULE_INIT() { return Init(env, exports); }
