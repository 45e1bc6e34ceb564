// The runtime's built-in functions as the compiler sees them: runtime/include/athanor/
// bifs.def read through an X-macro, indexed by module, name and arity.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace athanor::core {

struct BifInfo {
  const char *module; // "erlang", "Elixir.String", ...
  const char *name;
  uint32_t arity;
  const char *symbol; // the C function's name suffix: ath_bif_<symbol>
  bool guard;         // allowed in guards
  std::string cSymbol() const { return std::string("ath_bif_") + symbol; }
};

/// The BIF module.name/arity, or nullptr.
const BifInfo *findBif(const std::string &module, const std::string &name, uint32_t arity);

/// The BIF whose C function is `cSymbol` (ath_bif_...), or nullptr.
const BifInfo *findBifBySymbol(const std::string &cSymbol);

/// Every BIF, in bifs.def order.
const std::vector<BifInfo> &allBifs();

} // namespace athanor::core
