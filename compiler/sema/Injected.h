// The definitions Elixir's `use` and `defstruct`/`defexception` inject into a module,
// as Elixir source text that Collect parses and adds as overridable definitions. They
// mirror Elixir 1.14's `__using__` macros; `__use_opts__` stands for the options
// given to `use` (a keyword list).
#pragma once

#include <string>
#include <vector>

namespace athanor::sema {

/// The source injected by `use Module` ("Elixir.GenServer", ...); empty if unsupported.
std::string useInjection(const std::string &module);

/// The source injected by defstruct (`__struct__/0`) or defexception (`exception/1`,
/// `message/1` when the struct has a message field).
std::string structInjection(bool isException, const std::vector<std::string> &fields);

} // namespace athanor::sema
