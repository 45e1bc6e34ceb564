// The driver: the only part of the compiler that does I/O. It reads the source, runs the
// stages in order (parse, sema, core, codegen, optimize, emit, link), prints diagnostics
// and dumps, invokes the system linker and, for `run`, the program.
#pragma once

#include "driver/Options.h"

#include <string>

namespace athanor::driver {

class Driver {
public:
  Driver(Options opts, const char *argv0);
  /// Runs the command; returns the process exit code.
  int run();

private:
  /// Where the runtime library, the standard library object and its manifest live:
  /// lib/athanor next to the bin/ directory holding athanor (build and install trees alike).
  std::string libDir() const;

  Options opts_;
  std::string selfDir_; // directory of the athanor executable
};

} // namespace athanor::driver
