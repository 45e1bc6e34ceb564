// Struct metadata: for each module that defines a struct, its fields in definition order
// (inspect prints them in that order) and whether it is an exception. The compiler emits
// the table (ath_struct_table) into every program.
#pragma once

#include "term/Term.h"

namespace athanor::rt {

/// nullptr if `module` defines no struct.
const ath_struct_info *structInfo(Term module);

/// If `t` is a map with an atom under the __struct__ key, that atom; otherwise 0.
Term structModule(Term t);

} // namespace athanor::rt
