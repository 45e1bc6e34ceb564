// The LLVM back end: the optimization pipeline (new pass manager), and emitting assembly
// or an object file for the host through a TargetMachine. This is the only translation
// unit that includes PassBuilder and TargetMachine (they are costly to compile).
#pragma once

#include <string>

namespace llvm {
class Module;
}

namespace athanor::backend {

enum class OutputKind { Assembly, Object };

/// Sets the module's target triple and data layout for the host.
bool prepareModule(llvm::Module &m, std::string &error);

/// Runs the -O<level> pipeline (0..3) over the module.
void optimize(llvm::Module &m, int optLevel);

/// Writes assembly or an object file to `path` ("-" for stdout, assembly only).
bool emit(llvm::Module &m, OutputKind kind, int optLevel, const std::string &path,
          std::string &error);

/// The module as LLVM IR text.
std::string printModule(const llvm::Module &m);

} // namespace athanor::backend
