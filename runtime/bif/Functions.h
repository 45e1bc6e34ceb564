// The program's and the standard library's function tables (rt.h: ath_program_functions,
// ath_stdlib_functions), indexed by (module, name, arity) for apply/3, spawn/3,
// function_exported/3 and :undef messages. Built once, on first use, and read-only after.
#pragma once

#include "athanor/rt.h"

namespace athanor::rt {

/// The exported function module.name/arity, or nullptr.
const ath_fun_entry *findExportedFunction(ath_term module, ath_term name, uint32_t arity);

/// True if any function of `module` is in the tables.
bool moduleExists(ath_term module);

/// True if module.name/arity is a BIF (bifs.def), which counts as exported.
bool isBif(ath_term module, ath_term name, uint32_t arity);

} // namespace athanor::rt
