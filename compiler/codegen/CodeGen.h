// Code generation: core::Program -> one LLVM module (the program's or the standard
// library's object).
//
// Output, per function of the Core program, one LLVM function in the calling convention of
// athanor/rt.h: `tailcc i64 @"Elixir.Mod.fun/N"(ptr %p, i64 ...)`, closures with the
// closure as an extra last argument; the script becomes the C-convention
// `ath_program_main`. Plus static data: every compound constant as a static term, the
// ath_fun_info of every closure, and the tables the runtime reads (atoms, structs,
// functions by name). In stdlib mode it also emits ath_apply_code and ath_apply_fun.
//
//   CodeGen.cpp      module setup, function declarations, driving FunctionGen
//   GenConst.cpp     static terms and tables
//   GenExpr.cpp      expressions (FunctionGen)
//   GenMatch.cpp     patterns, case, receive, try (FunctionGen)
//   GenApply.cpp     ath_apply_code / ath_apply_fun (stdlib mode)
//   RuntimeAbi.*     declarations of the runtime's entry points and PCB offsets
#pragma once

#include "core/Core.h"
#include "support/Diagnostics.h"

#include <memory>

namespace llvm {
class LLVMContext;
class Module;
} // namespace llvm

namespace athanor::codegen {

struct CodeGenOptions {
  std::string moduleName = "program";
};

/// Builds the module; nullptr (with a diagnostic) on an internal error.
std::unique_ptr<llvm::Module> generate(const core::Program &prog, llvm::LLVMContext &ctx,
                                       const CodeGenOptions &opts, DiagnosticEngine &diags);

} // namespace athanor::codegen
