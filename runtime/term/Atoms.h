// The atom table: the static atoms the compiler emitted (ath_static_atoms) followed by
// atoms created at run time (String.to_atom). Indices never change once given out.
// Thread-safe: lookups of static atoms are lock-free; creating or finding a dynamic atom
// takes a mutex (rare: String.to_atom and friends).
#pragma once

#include "athanor/rt.h"

#include <optional>
#include <string_view>

namespace athanor::rt {

/// The name of an atom (valid for the program's lifetime).
std::string_view atomName(ath_term atom);

/// The atom with this name if it exists (String.to_existing_atom).
std::optional<ath_term> existingAtom(std::string_view name);

/// The atom with this name, created if needed (String.to_atom).
ath_term internAtom(std::string_view name);

/// Number of atoms (static + dynamic).
uint32_t atomCount();

} // namespace athanor::rt
