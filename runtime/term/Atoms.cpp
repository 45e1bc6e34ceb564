// Atom table implementation: a fixed static part and a growable dynamic part.
#include "term/Atoms.h"

#include <atomic>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace athanor::rt {

namespace {

struct DynamicAtoms {
  std::mutex mu;
  std::unordered_map<std::string_view, uint32_t> index; // name -> atom index (all atoms)
  std::deque<std::string> names;                       // dynamic atom names, stable storage
  // Published count of dynamic atoms, read without the lock by atomName().
  std::atomic<uint32_t> published{0};
  std::deque<std::string_view> views; // views[i] = names[i], appended before publishing
  bool indexed = false;

  void buildIndexLocked() {
    if (indexed)
      return;
    index.reserve(ath_static_atom_count * 2 + 64);
    for (uint32_t i = 0; i < ath_static_atom_count; ++i)
      index.emplace(std::string_view(ath_static_atoms[i].name, ath_static_atoms[i].length), i);
    indexed = true;
  }
};

DynamicAtoms &dyn() {
  static DynamicAtoms d;
  return d;
}

} // namespace

std::string_view atomName(ath_term atom) {
  uint32_t i = ath_atom_index(atom);
  if (i < ath_static_atom_count)
    return {ath_static_atoms[i].name, ath_static_atoms[i].length};
  DynamicAtoms &d = dyn();
  uint32_t j = i - ath_static_atom_count;
  if (j < d.published.load(std::memory_order_acquire)) {
    std::lock_guard<std::mutex> g(d.mu); // deque::operator[] is safe, but keep it simple
    return d.views[j];
  }
  return "<bad atom>";
}

std::optional<ath_term> existingAtom(std::string_view name) {
  DynamicAtoms &d = dyn();
  std::lock_guard<std::mutex> g(d.mu);
  d.buildIndexLocked();
  auto it = d.index.find(name);
  if (it == d.index.end())
    return std::nullopt;
  return ath_make_atom(it->second);
}

ath_term internAtom(std::string_view name) {
  DynamicAtoms &d = dyn();
  std::lock_guard<std::mutex> g(d.mu);
  d.buildIndexLocked();
  auto it = d.index.find(name);
  if (it != d.index.end())
    return ath_make_atom(it->second);
  d.names.emplace_back(name);
  d.views.emplace_back(d.names.back());
  uint32_t idx = ath_static_atom_count + static_cast<uint32_t>(d.names.size() - 1);
  d.index.emplace(d.views.back(), idx);
  d.published.store(static_cast<uint32_t>(d.names.size()), std::memory_order_release);
  return ath_make_atom(idx);
}

uint32_t atomCount() {
  return ath_static_atom_count + dyn().published.load(std::memory_order_acquire);
}

} // namespace athanor::rt
