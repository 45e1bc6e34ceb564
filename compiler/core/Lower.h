// Lowering: sema::Program (clause ASTs) -> core::Program.
//
// Reads the collected program, resolves every name (variables with Elixir's scoping
// rules, local/imported/Kernel/remote calls, aliases, module attributes, structs), expands
// Elixir's built-in macros (if, unless, cond, with, for, |>, &&, ||, and, or, in, <>,
// captures, raise, put_in, ...) and produces Core functions. Reports undefined variables
// and functions, invalid patterns and guards, and unsupported constructs.
//
// The compiler core does no I/O: the manifest of the standard library comes in through
// sema::Program::externals, diagnostics go to the DiagnosticEngine.
#pragma once

#include "ast/Ast.h"
#include "core/Core.h"
#include "sema/Program.h"
#include "support/Diagnostics.h"

namespace athanor::core {

struct LowerOptions {
  /// Compiling the standard library: no script, and tailcc wrappers for every BIF.
  bool stdlibMode = false;
};

/// Lowers `prog`; returns nullptr if errors were reported.
Program *lowerProgram(const sema::Program &prog, ast::AstContext &astCtx, CoreContext &ctx,
                      DiagnosticEngine &diags, const LowerOptions &opts);

/// The atoms every program starts with (athanor/atoms.def), in index order.
const std::vector<std::string> &fixedAtoms();

/// Prints a Core program for `--emit=core`.
std::string printCore(const Program &prog);

} // namespace athanor::core
