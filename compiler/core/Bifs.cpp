// The BIF table (see Bifs.h).
#include "core/Bifs.h"

#include <map>
#include <tuple>

namespace athanor::core {

const std::vector<BifInfo> &allBifs() {
  static const std::vector<BifInfo> table = {
#define BIF(m, n, a, s) {m, n, a, #s, false},
#define GUARD_BIF(m, n, a, s) {m, n, a, #s, true},
#include "athanor/bifs.def"
#undef BIF
#undef GUARD_BIF
  };
  return table;
}

const BifInfo *findBif(const std::string &module, const std::string &name, uint32_t arity) {
  static const auto index = [] {
    std::map<std::tuple<std::string, std::string, uint32_t>, const BifInfo *> m;
    for (const BifInfo &b : allBifs())
      m.emplace(std::make_tuple(std::string(b.module), std::string(b.name), b.arity), &b);
    return m;
  }();
  auto it = index.find(std::make_tuple(module, name, arity));
  return it == index.end() ? nullptr : it->second;
}

const BifInfo *findBifBySymbol(const std::string &cSymbol) {
  static const auto index = [] {
    std::map<std::string, const BifInfo *> m;
    for (const BifInfo &b : allBifs())
      m.emplace(b.cSymbol(), &b);
    return m;
  }();
  auto it = index.find(cSymbol);
  return it == index.end() ? nullptr : it->second;
}

} // namespace athanor::core
