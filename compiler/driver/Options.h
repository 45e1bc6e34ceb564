// Command-line options of the athanor driver, independent of how they were parsed.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace athanor::driver {

/// The stage after which `--emit=` stops, in pipeline order.
enum class EmitStage { Tokens, Quoted, Ast, Core, Llvm, Asm, Obj, Exe };

std::optional<EmitStage> parseEmitStage(const std::string &name);

struct Options {
  enum class Command { Run, Build } command = Command::Build;
  std::string input;
  std::string output;                 // -o; empty = default
  EmitStage emit = EmitStage::Exe;
  int optLevel = 2;                   // -O0..-O3
  std::vector<std::string> programArgs; // `run FILE -- ARGS...`
  bool stdlibMode = false;            // compiling the standard library itself
  std::string manifestOut;            // --manifest-out (stdlib mode)
  std::vector<std::string> extraInputs; // further source files compiled with the first
  bool verbose = false;               // print the stages' timings and the link line
};

} // namespace athanor::driver
