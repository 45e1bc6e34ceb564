// Process name registry (see Registry.h).
#include "proc/Registry.h"

#include <mutex>
#include <unordered_map>

namespace athanor::rt {

namespace {
std::mutex mu;
std::unordered_map<ath_term, ath_term> &names() {
  static auto *m = new std::unordered_map<ath_term, ath_term>();
  return *m;
}
} // namespace

bool registerName(ath_term name, ath_term pid) {
  std::lock_guard<std::mutex> g(mu);
  return names().emplace(name, pid).second;
}

bool unregisterName(ath_term name) {
  std::lock_guard<std::mutex> g(mu);
  return names().erase(name) > 0;
}

ath_term whereisName(ath_term name) {
  std::lock_guard<std::mutex> g(mu);
  auto it = names().find(name);
  return it == names().end() ? 0 : it->second;
}

std::vector<ath_term> registeredNames() {
  std::lock_guard<std::mutex> g(mu);
  std::vector<ath_term> out;
  for (auto &kv : names())
    out.push_back(kv.first);
  return out;
}

} // namespace athanor::rt
