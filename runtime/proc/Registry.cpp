// Process name registry (see Registry.h).
//
// Lookups are lock-free: the pid registered under an atom sits in a slot indexed by the
// atom's index, in one big MAP_NORESERVE array (pages appear only where names are
// used), read with an acquire load — GenServer.call on a named server looks its name up
// every time. Changes (register/unregister, rare) take a mutex, which also keeps the
// list of names for Process.registered/0. Atoms past the array (an absurd number of
// dynamic atoms) fall back to the map, under the mutex.
#include "proc/Registry.h"

#include <sys/mman.h>

#include <atomic>
#include <cstdlib>
#include <mutex>
#include <unordered_map>

namespace athanor::rt {

namespace {

constexpr uint64_t kDirectAtoms = uint64_t(1) << 22;

struct Names {
  std::mutex mu;
  std::unordered_map<ath_term, ath_term> map; // every registration (under mu)
  std::atomic<ath_term> *direct = nullptr;    // atom index -> pid (0 = none)

  Names() {
    void *mem = mmap(nullptr, kDirectAtoms * sizeof(ath_term), PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mem == MAP_FAILED)
      std::abort();
    direct = static_cast<std::atomic<ath_term> *>(mem);
  }
  std::atomic<ath_term> *slot(ath_term name) {
    uint32_t i = ath_atom_index(name);
    return i < kDirectAtoms ? &direct[i] : nullptr;
  }
};

Names &names() {
  static auto *n = new Names();
  return *n;
}

} // namespace

bool registerName(ath_term name, ath_term pid) {
  Names &n = names();
  std::lock_guard<std::mutex> g(n.mu);
  if (!n.map.emplace(name, pid).second)
    return false;
  if (auto *s = n.slot(name))
    s->store(pid, std::memory_order_release);
  return true;
}

bool unregisterName(ath_term name) {
  Names &n = names();
  std::lock_guard<std::mutex> g(n.mu);
  if (n.map.erase(name) == 0)
    return false;
  if (auto *s = n.slot(name))
    s->store(0, std::memory_order_release);
  return true;
}

ath_term whereisName(ath_term name) {
  Names &n = names();
  if (auto *s = n.slot(name))
    return s->load(std::memory_order_acquire);
  std::lock_guard<std::mutex> g(n.mu);
  auto it = n.map.find(name);
  return it == n.map.end() ? 0 : it->second;
}

std::vector<ath_term> registeredNames() {
  Names &n = names();
  std::lock_guard<std::mutex> g(n.mu);
  std::vector<ath_term> out;
  for (auto &kv : n.map)
    out.push_back(kv.first);
  return out;
}

} // namespace athanor::rt
