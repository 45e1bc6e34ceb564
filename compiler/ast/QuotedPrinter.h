// Prints an AST as Elixir prints the quoted term with `inspect(q, limit: :infinity,
// printable_limit: :infinity, charlists: :as_lists)` after stripping all metadata; the
// reference is `elixir ../shared/tools/quoted.exs FILE`.
#pragma once

#include "ast/Ast.h"

#include <string>

namespace athanor::ast {

std::string printQuoted(const Node *node);

/// Elixir's inspect of an atom name: `:ok`, `:"with space"`, `Foo.Bar` for "Elixir.Foo.Bar",
/// `:+`, `true`, `nil`.
std::string inspectAtom(const std::string &name);

/// Elixir's inspect of a binary as a string literal ("a\nb", with #{ escaped).
std::string inspectString(const std::string &bytes);

} // namespace athanor::ast
