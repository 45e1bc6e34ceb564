// The registry of process names (Process.register/unregister/whereis/registered).
// Lock-free lookups by atom; changes (rare) under one mutex (see Registry.cpp).
#pragma once

#include "athanor/rt.h"

#include <vector>

namespace athanor::rt {

/// false if the name is taken.
bool registerName(ath_term name, ath_term pid);
/// false if the name was not registered.
bool unregisterName(ath_term name);
/// The pid registered under `name`, or 0.
ath_term whereisName(ath_term name);
std::vector<ath_term> registeredNames();

} // namespace athanor::rt
