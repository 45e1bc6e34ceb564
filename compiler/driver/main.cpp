// athanor: the command-line driver. This file only parses the command line (CLI11 is
// costly to compile, so it lives in exactly this translation unit) and hands an Options
// value to the Driver. Exit codes: 0 success, 1 compile errors, 2 usage errors,
// 70 internal compiler error; `run` passes the program's own code through.
#include "driver/Driver.h"
#include "driver/Options.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

using athanor::driver::EmitStage;
using athanor::driver::Options;

namespace {

void addCommonOptions(CLI::App &cmd, Options &opts, std::string &emit) {
  cmd.add_option("-O", opts.optLevel, "Optimization level 0-3 (default 2)")
      ->check(CLI::Range(0, 3));
  cmd.add_option("--emit", emit,
                 "Stop after a stage: tokens|quoted|ast|core|llvm|asm|obj (text to stdout, "
                 "obj to -o)");
  cmd.add_flag("-v,--verbose", opts.verbose, "Print stage timings and the link command");
}

} // namespace

int main(int argc, char **argv) {
  CLI::App app{"athanor: an ahead-of-time compiler for an Elixir subset"};
  app.set_version_flag("--version", std::string("athanor ") + ATHANOR_VERSION);
  app.require_subcommand(1);

  Options opts;
  std::string emit;

  CLI::App *run = app.add_subcommand("run", "Compile FILE into a temporary executable and run it");
  run->add_option("file", opts.input, "Source file (.ex or .exs)")->required();
  run->add_option("args", opts.programArgs, "Arguments for the program (after --)");
  addCommonOptions(*run, opts, emit);

  CLI::App *build = app.add_subcommand("build", "Compile FILE into a native executable");
  build->add_option("file", opts.input, "Source file (.ex or .exs)")->required();
  build->add_option("-o,--output", opts.output, "Output path (default: FILE without extension)");
  build->add_option("--also", opts.extraInputs, "Further source files compiled with FILE");
  build->add_flag("--stdlib", opts.stdlibMode,
                  "Compile the standard library itself (internal; used by the build)");
  build->add_option("--manifest-out", opts.manifestOut,
                    "With --stdlib: where to write the library's interface manifest");
  addCommonOptions(*build, opts, emit);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp &e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp &e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion &e) {
    return app.exit(e);
  } catch (const CLI::ParseError &e) {
    app.exit(e);
    return 2;
  }

  opts.command = *run ? Options::Command::Run : Options::Command::Build;
  if (!emit.empty()) {
    auto stage = athanor::driver::parseEmitStage(emit);
    if (!stage) {
      std::fprintf(stderr,
                   "athanor: error: unknown --emit stage '%s' (expected "
                   "tokens|quoted|ast|core|llvm|asm|obj)\n",
                   emit.c_str());
      return 2;
    }
    opts.emit = *stage;
    if (opts.command == Options::Command::Run) {
      std::fprintf(stderr, "athanor: error: --emit is an option of 'build', not 'run'\n");
      return 2;
    }
  }

  try {
    return athanor::driver::Driver(std::move(opts), argv[0]).run();
  } catch (const std::exception &e) {
    std::fprintf(stderr,
                 "athanor: internal compiler error: %s\n"
                 "Please report this, with the input file, to the Athanor developers.\n",
                 e.what());
    return 70;
  } catch (...) {
    std::fprintf(stderr, "athanor: internal compiler error (unknown exception)\n"
                         "Please report this, with the input file, to the Athanor developers.\n");
    return 70;
  }
}
