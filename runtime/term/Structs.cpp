// Struct metadata lookup over the compiler-emitted ath_struct_table.
#include "term/Structs.h"

#include "term/Map.h"

#include <mutex>
#include <unordered_map>

namespace athanor::rt {

const ath_struct_info *structInfo(Term module) {
  static std::once_flag once;
  static std::unordered_map<Term, const ath_struct_info *> *byModule;
  std::call_once(once, [] {
    byModule = new std::unordered_map<Term, const ath_struct_info *>();
    for (uint32_t i = 0; i < ath_struct_count; ++i)
      (*byModule)[ath_struct_table[i].module] = &ath_struct_table[i];
  });
  auto it = byModule->find(module);
  return it == byModule->end() ? nullptr : it->second;
}

Term structModule(Term t) {
  if (!isMap(t))
    return 0;
  auto mod = mapGet(t, ATH_ATOM(__struct__));
  if (!mod || !isAtom(*mod))
    return 0;
  return *mod;
}

} // namespace athanor::rt
