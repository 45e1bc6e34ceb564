// The interface manifest of a separately compiled library (the standard library): its
// atom table (the indices its object code uses), its modules with their exported
// functions, and its structs with their fields and default values. Written when the
// standard library is compiled, read by every program compilation.
//
// Format (text, one record per line):
//   athanor-manifest 1
//   atom <byte length> <name>
//   module <name>
//   fn <name> <arity>
//   struct <exception 0|1>            (for the module named by the last `module` line)
//   field <name> <default as Elixir source>
#pragma once

#include "core/Core.h"
#include "sema/Program.h"

#include <string>

namespace athanor::core {

std::string writeManifest(const sema::Program &sem, const Program &prog);

/// Reads a manifest into `sem.externals` and `sem.externalAtoms`; default values are
/// parsed with `parseSnippet`. Returns false with `error` set on a malformed manifest.
bool readManifest(const std::string &text, sema::Program &sem,
                  const sema::SnippetParser &parseSnippet, std::string &error);

} // namespace athanor::core
