// One cppjieba segmenter per dictionary set, shared by every thread of the process, and loaded
// from a cached image of the built dictionary that every process maps.
//
// Why this exists: nodejieba keeps its segmenter per addon instance, so each worker thread loads
// its own, and its load() also builds a TextRankExtractor with a second copy of the dictionary
// trie (about 110 MB each). A batch of N workers therefore held 2N tries. cppjieba's cutting and
// tagging are const and read-only, so one instance can serve all threads at once.
//
// Building cppjieba's DictTrie still took about 0.6 s and 115 MB per process. So the built state
// is dumped once into an image (dict_image.hpp), written to a cache file, and later processes map
// that file read-only (a few milliseconds; the pages are shared) and tag with cppjieba's own
// algorithms over it (image_segment.hpp). Where no cache file can be written the image is kept
// in memory. The dictionaries, algorithms and results are cppjieba's, as shipped in nodejieba.
#include <node_api.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "cppjieba/DictTrie.hpp"
#include "cppjieba/HMMModel.hpp"
#include "cppjieba/MixSegment.hpp"
#include "dict_image.hpp"
#include "image_segment.hpp"

// After cppjieba: <windows.h> would otherwise turn its min() calls into macros.
#ifdef _WIN32
#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <io.h>
#include <process.h>
#else
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

typedef std::vector<std::pair<std::string, std::string>> Tagged;

struct Engine {
  virtual ~Engine() {}
  virtual void Tag(const std::string& text, Tagged& words) const = 0;
};

// cppjieba's own objects, built from the dictionary files: what open() without a cache argument
// gives (the way it was before the image, kept to compare against).
struct CppjiebaEngine : Engine {
  cppjieba::DictTrie trie;
  cppjieba::HMMModel model;
  cppjieba::MixSegment segment;
  CppjiebaEngine(const std::string& dict, const std::string& hmm, const std::string& user)
      : trie(dict, user), model(hmm), segment(&trie, &model) {}
  void Tag(const std::string& text, Tagged& words) const override { segment.Tag(text, words); }
};

#ifdef _WIN32
std::wstring Wide(const std::string& s) {
  int n = MultiByteToWideChar(CP_UTF8, 0, s.data(), int(s.size()), nullptr, 0);
  std::wstring out(n, L'\0');
  if (n) MultiByteToWideChar(CP_UTF8, 0, s.data(), int(s.size()), &out[0], n);
  return out;
}
#endif

// A file's bytes, mapped read-only: shared with every other process mapping the same file. The
// cache is only ever replaced by rename, never rewritten in place, so a mapping stays valid.
class Mapping {
 public:
  Mapping() {}
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;
  ~Mapping() { Unmap(); }
  const char* data() const { return data_; }
  size_t size() const { return size_; }

  bool Map(const std::string& path) {
    Unmap();
#ifdef _WIN32
    HANDLE file = CreateFileW(Wide(path).c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) return false;
    LARGE_INTEGER size;
    HANDLE map = nullptr;
    if (GetFileSizeEx(file, &size) && size.QuadPart > 0 && uint64_t(size.QuadPart) < SIZE_MAX) {
      map = CreateFileMappingW(file, nullptr, PAGE_READONLY, 0, 0, nullptr);
    }
    if (map) {
      data_ = static_cast<const char*>(MapViewOfFile(map, FILE_MAP_READ, 0, 0, 0));
      if (data_) size_ = size_t(size.QuadPart);
      CloseHandle(map);  // the view keeps the mapping
    }
    CloseHandle(file);
#else
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      int flags = MAP_SHARED;
#ifdef MAP_POPULATE
      flags |= MAP_POPULATE;  // the whole image is hashed at once: fault it in with one call
#endif
      void* p = mmap(nullptr, size_t(st.st_size), PROT_READ, flags, fd, 0);
      if (p != MAP_FAILED) {
        data_ = static_cast<const char*>(p);
        size_ = size_t(st.st_size);
      }
    }
    close(fd);
#endif
    return data_ != nullptr;
  }

  void Unmap() {
    if (!data_) return;
#ifdef _WIN32
    UnmapViewOfFile(data_);
#else
    munmap(const_cast<char*>(data_), size_);
#endif
    data_ = nullptr;
    size_ = 0;
  }

 private:
  const char* data_ = nullptr;
  size_t size_ = 0;
};

// Writes `bytes` to a temporary file beside `path` and renames it over `path`, so a reader sees
// either no file, an older file or the whole new one. No fsync: a file cut short by a crash fails
// the image's length or hash check and is rebuilt.
bool WriteAtomically(const std::string& path, const std::string& bytes) {
  static std::atomic<uint32_t> counter(0);
#ifdef _WIN32
  unsigned long pid = (unsigned long)_getpid();
#else
  unsigned long pid = (unsigned long)getpid();
#endif
  std::string tmp = path + "." + std::to_string(pid) + "." + std::to_string(std::hash<std::thread::id>()(std::this_thread::get_id()) % 100000) +
                    "." + std::to_string(counter++) + ".tmp";
  bool ok = false;
#ifdef _WIN32
  std::wstring wtmp = Wide(tmp), wpath = Wide(path);
  FILE* out = _wfopen(wtmp.c_str(), L"wb");
  if (!out) return false;
  ok = fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
  ok = fclose(out) == 0 && ok;
  ok = ok && MoveFileExW(wtmp.c_str(), wpath.c_str(), MOVEFILE_REPLACE_EXISTING);
  if (!ok) _wremove(wtmp.c_str());
#else
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  ok = true;
  for (size_t done = 0; ok && done < bytes.size();) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n > 0) {
      done += size_t(n);
    } else if (n < 0 && errno != EINTR) {
      ok = false;
    }
  }
  ok = close(fd) == 0 && ok;
  ok = ok && rename(tmp.c_str(), path.c_str()) == 0;
  if (!ok) unlink(tmp.c_str());
#endif
  return ok;
}

// cppjieba's MixSegment over an image: mapped from the cache file, or held in memory.
struct ImageEngine : Engine {
  Mapping mapping;
  std::string memory;
  baogao::DictImage image;
  std::unique_ptr<baogao::ImageSegment> segment;
  void Tag(const std::string& text, Tagged& words) const override { segment->Tag(text, words); }
  bool UseMapping(const std::string& path) {
    if (mapping.Map(path) && image.Open(mapping.data(), mapping.size())) return true;
    mapping.Unmap();
    return false;
  }
};

std::mutex registry_mutex;
std::map<std::string, std::weak_ptr<Engine>> registry;
// Since the process started: dictionaries built from the text files, cache files mapped and
// written. What tests and benchmarks check sharing and caching by.
uint32_t builds = 0, mapped = 0, written = 0;

// The engine for an image: the cache file's if it is valid; else built from the dictionary
// files, written to the cache file (when given and writable) and mapped back from it, or kept in
// memory. Called with registry_mutex held, so threads of one process build once.
std::shared_ptr<Engine> OpenImage(const std::string& dict, const std::string& hmm, const std::string& user, const std::string& cache) {
  std::shared_ptr<ImageEngine> engine = std::make_shared<ImageEngine>();
  if (!cache.empty() && engine->UseMapping(cache)) {
    mapped++;
  } else {
    {
      cppjieba::DictTrie trie(dict, user);
      cppjieba::HMMModel model(hmm);
      engine->memory = baogao::BuildImage(trie, model);
      builds++;
    }
#ifdef __GLIBC__
    malloc_trim(0);  // hand the trie's ~100 MB of small blocks back to the system
#endif
    if (!cache.empty() && WriteAtomically(cache, engine->memory)) {
      written++;
      if (engine->UseMapping(cache)) {
        mapped++;
        std::string().swap(engine->memory);
      }
    }
    if (engine->memory.size() && !engine->image.Open(engine->memory.data(), engine->memory.size())) return nullptr;
  }
  engine->segment.reset(new baogao::ImageSegment(engine->image));
  return engine;
}

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

// open(key, dictPath, hmmPath, userDictPath[, cacheFile]) -> handle. Same key, same engine.
// With cacheFile (a path, or '' for no file) the image; without it, cppjieba's own objects.
napi_value Open(napi_env env, napi_callback_info info) {
  size_t argc = 5;
  napi_value argv[5];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  if (argc < 4) return Throw(env, "open(key, dict, hmm, userDict[, cacheFile]) takes four or five strings");
  std::string key = GetString(env, argv[0]);
  std::string dict = GetString(env, argv[1]);
  std::string hmm = GetString(env, argv[2]);
  std::string user = GetString(env, argv[3]);
  napi_valuetype type = napi_undefined;
  if (argc == 5) napi_typeof(env, argv[4], &type);
  bool image = type == napi_string;
  std::string cache = image ? GetString(env, argv[4]) : std::string();
  // cppjieba aborts the process on a file it cannot open: check first (also when the cache is
  // expected to serve, since it may turn out invalid).
  for (const std::string& path : {dict, hmm, user}) {
    if (!path.empty() && !Readable(path)) return Throw(env, "cannot open dictionary file " + path);
  }
  std::shared_ptr<Engine> engine;
  try {
    std::lock_guard<std::mutex> lock(registry_mutex);
    for (auto it = registry.begin(); it != registry.end();) it = it->second.expired() ? registry.erase(it) : std::next(it);
    std::string slot = (image ? "image:" : "cppjieba:") + key;
    engine = registry[slot].lock();
    if (!engine && image) engine = OpenImage(dict, hmm, user, cache);
    if (!engine) {
      engine = std::make_shared<CppjiebaEngine>(dict, hmm, user);
      builds++;
    }
    registry[slot] = engine;
  } catch (const std::exception& e) {
    return Throw(env, std::string("cannot load the dictionary: ") + e.what());
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
  Tagged words;
  engine.Tag(text, words);
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

// hashFile(path) -> hex hash of the file's bytes (XXH64), or undefined where it cannot be read.
// Names the cache file after the dictionary's content at a fraction of the cost of reading the
// 5 MB into JavaScript and hashing it there.
napi_value HashFile(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  napi_value out;
  napi_get_undefined(env, &out);
  if (argc < 1) return out;
  Mapping file;
  if (!file.Map(GetString(env, argv[0]))) return out;
  char hex[17];
  snprintf(hex, sizeof hex, "%016llx", (unsigned long long)baogao::Hash64(file.data(), file.size()));
  napi_create_string_utf8(env, hex, 16, &out);
  return out;
}

// stats() -> { builds, mapped, written, live }: dictionaries built from text, cache files
// mapped and written so far, and how many engines are in use now.
napi_value Stats(napi_env env, napi_callback_info) {
  uint32_t counts[4] = {0, 0, 0, 0};
  {
    std::lock_guard<std::mutex> lock(registry_mutex);
    for (const auto& entry : registry) counts[3] += entry.second.expired() ? 0 : 1;
    counts[0] = builds;
    counts[1] = mapped;
    counts[2] = written;
  }
  const char* names[4] = {"builds", "mapped", "written", "live"};
  napi_value out, value;
  napi_create_object(env, &out);
  for (int i = 0; i < 4; i++) {
    napi_create_uint32(env, counts[i], &value);
    napi_set_named_property(env, out, names[i], value);
  }
  return out;
}

napi_value Init(napi_env env, napi_value exports) {
  // The image format's version: part of the cache file's name.
  napi_value version;
  napi_create_uint32(env, baogao::kImageVersion, &version);
  napi_property_descriptor props[] = {
      {"open", nullptr, Open, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"tag", nullptr, Tag, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"stats", nullptr, Stats, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"hashFile", nullptr, HashFile, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"formatVersion", nullptr, nullptr, nullptr, nullptr, version, napi_enumerable, nullptr},
  };
  napi_define_properties(env, exports, 5, props);
  return exports;
}

}  // namespace

NAPI_MODULE_INIT() { return Init(env, exports); }
