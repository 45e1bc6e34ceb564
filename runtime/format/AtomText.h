// Private helpers of the formatting library: how Elixir 1.14 writes an atom in source form
// (Macro.inspect_atom/2), in its three flavours: as a literal (`:ok`, `:"a b"`, `Foo.Bar`,
// `nil`), as a keyword key (`ok:`, `"a b":`) and as a remote function name (`map`, `+`,
// `"a b"`). Written here because the compiler-facing Quote.h did not exist yet; the two
// should eventually share one implementation.
#pragma once

#include <string>
#include <string_view>

namespace athanor::format::detail {

/// Macro.inspect_atom(:literal, atom), appended to `out`; `name` is the atom's UTF-8 text.
void appendAtomLiteral(std::string_view name, std::string &out);

/// Macro.inspect_atom(:key, atom): the key of a keyword pair, including the trailing ':'.
void appendAtomKey(std::string_view name, std::string &out);

/// Macro.inspect_atom(:remote_call, atom): a function name after `Module.`.
void appendAtomRemoteCall(std::string_view name, std::string &out);

/// Code.Identifier.extract_anonymous_fun_parent/1: the name of an anonymous function,
/// "-parent/2-fun-0-", names the function it is defined in ("parent", arity "2").
bool extractAnonymousFunParent(std::string_view name, std::string_view &parent,
                               std::string_view &arity);

/// True if the atom's name starts with "Elixir." (Inspect.List.keyword?/1 rejects these).
inline bool isElixirAliasName(std::string_view name) { return name.starts_with("Elixir."); }

} // namespace athanor::format::detail
