// Function table index (see Functions.h).
#include "bif/Functions.h"

#include "term/Atoms.h"

#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace athanor::rt {

namespace {

struct Key {
  ath_term module, name;
  uint32_t arity;
  bool operator==(const Key &o) const {
    return module == o.module && name == o.name && arity == o.arity;
  }
};
struct KeyHash {
  size_t operator()(const Key &k) const {
    return std::hash<uint64_t>()(k.module * 31 + k.name * 7 + k.arity);
  }
};

struct Index {
  std::unordered_map<Key, const ath_fun_entry *, KeyHash> exported;
  std::unordered_set<ath_term> modules;
  std::unordered_set<std::string> bifs; // "module.name/arity"
};

const Index &index() {
  static Index *idx;
  static std::once_flag once;
  std::call_once(once, [] {
    idx = new Index();
    auto add = [](const ath_fun_entry *table, uint32_t n) {
      for (uint32_t i = 0; i < n; ++i) {
        idx->modules.insert(table[i].module);
        if (table[i].exported)
          idx->exported.emplace(Key{table[i].module, table[i].name, table[i].arity}, &table[i]);
      }
    };
    add(ath_program_functions, ath_program_function_count);
    add(ath_stdlib_functions, ath_stdlib_function_count);
#define BIF(m, n, a, sym) idx->bifs.insert(std::string(m) + "." + n + "/" + #a);
#define GUARD_BIF BIF
#include "athanor/bifs.def"
#undef BIF
#undef GUARD_BIF
  });
  return *idx;
}

} // namespace

const ath_fun_entry *findExportedFunction(ath_term module, ath_term name, uint32_t arity) {
  const Index &idx = index();
  auto it = idx.exported.find(Key{module, name, arity});
  return it == idx.exported.end() ? nullptr : it->second;
}

bool moduleExists(ath_term module) { return index().modules.count(module) > 0; }

bool isBif(ath_term module, ath_term name, uint32_t arity) {
  if (!ath_is_atom(module) || !ath_is_atom(name))
    return false;
  std::string key = std::string(atomName(module)) + "." + std::string(atomName(name)) + "/" +
                    std::to_string(arity);
  return index().bifs.count(key) > 0;
}

} // namespace athanor::rt
