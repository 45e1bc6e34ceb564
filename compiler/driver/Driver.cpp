// Driver: runs the pipeline stages in order and owns all I/O — reading sources and the
// standard library's manifest, printing diagnostics and stage dumps, writing objects,
// invoking the system linker and, for `run`, the program.
#include "driver/Driver.h"

#include "ast/QuotedPrinter.h"
#include "backend/Backend.h"
#include "codegen/CodeGen.h"
#include "core/Lower.h"
#include "core/Manifest.h"
#include "driver/Process.h"
#include "parse/Parser.h"
#include "sema/Program.h"
#include "support/Diagnostics.h"
#include "support/Source.h"

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

// The compiler driver that links programs (a sanitizer build sets it to the compiler it was
// built with, and ATHANOR_LINK_FLAGS to its sanitizer flags).
#ifndef ATHANOR_LINKER
#define ATHANOR_LINKER "c++"
#endif

namespace athanor::driver {

namespace fs = std::filesystem;

namespace {

bool readFile(const std::string &path, std::string &out) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

bool writeFile(const std::string &path, const std::string &text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

std::string dirOf(const std::string &path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

std::string selfExecutableDir(const char *argv0) {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) {
    buf[n] = 0;
    return dirOf(buf);
  }
  return dirOf(argv0);
}

/// Prints the stages' durations with -v.
class StageTimer {
public:
  explicit StageTimer(bool enabled) : enabled_(enabled), last_(std::chrono::steady_clock::now()) {}
  void mark(const char *stage) {
    auto now = std::chrono::steady_clock::now();
    if (enabled_)
      std::fprintf(stderr, "athanor: %-8s %7.1f ms\n", stage,
                   std::chrono::duration<double, std::milli>(now - last_).count());
    last_ = now;
  }

private:
  bool enabled_;
  std::chrono::steady_clock::time_point last_;
};

} // namespace

Driver::Driver(Options opts, const char *argv0)
    : opts_(std::move(opts)), selfDir_(selfExecutableDir(argv0)) {}

std::string Driver::libDir() const { return selfDir_ + "/../lib/athanor"; }

int Driver::run() {
  StageTimer timer(opts_.verbose);
  SourceManager sm;
  DiagnosticEngine diags(sm);
  auto flushDiags = [&] {
    std::fputs(diags.renderNew().c_str(), stderr);
  };

  std::vector<std::string> inputs = {opts_.input};
  inputs.insert(inputs.end(), opts_.extraInputs.begin(), opts_.extraInputs.end());
  std::vector<uint32_t> files;
  for (const std::string &path : inputs) {
    std::string text;
    if (!readFile(path, text)) {
      std::fprintf(stderr, "athanor: error: cannot read '%s'\n", path.c_str());
      return 1;
    }
    files.push_back(sm.add(path, std::move(text)));
  }

  if (opts_.emit == EmitStage::Tokens) {
    std::string dump = parse::dumpTokens(sm, files[0], diags);
    flushDiags();
    if (diags.hasErrors())
      return 1;
    std::fputs(dump.c_str(), stdout);
    return 0;
  }

  ast::AstContext astCtx;
  std::vector<ast::Node *> roots;
  for (uint32_t f : files)
    roots.push_back(parse::parseFile(sm, f, astCtx, diags));
  for (ast::Node *r : roots)
    if (!r) {
      flushDiags();
      return 1;
    }
  timer.mark("parse");
  if (opts_.emit == EmitStage::Quoted) {
    flushDiags();
    std::printf("%s\n", ast::printQuoted(roots[0]).c_str());
    return 0;
  }

  sema::SnippetParser parseSnippet = [&](const std::string &source, const std::string &name)
      -> const ast::Node * { return parse::parseFile(sm, sm.add(name, source), astCtx, diags); };

  sema::Program sem;
  if (!opts_.stdlibMode) {
    std::string manifest, error;
    std::string path = libDir() + "/stdlib.manifest";
    if (!readFile(path, manifest) || !core::readManifest(manifest, sem, parseSnippet, error)) {
      std::fprintf(stderr, "athanor: error: cannot load the standard library manifest '%s'%s%s\n",
                   path.c_str(), error.empty() ? "" : ": ", error.c_str());
      return 1;
    }
  }
  for (ast::Node *r : roots)
    sema::collectProgram(r, astCtx, sem, diags, parseSnippet);
  timer.mark("sema");
  if (diags.hasErrors()) {
    flushDiags();
    return 1;
  }
  if (opts_.emit == EmitStage::Ast) {
    flushDiags();
    for (const auto &m : sem.modules) {
      std::printf("module %s\n", m->name.c_str());
      for (const auto &fd : m->functions) {
        std::printf("  %s %s/%u", fd->isPrivate ? "defp" : "def", fd->name.c_str(), fd->arity);
        if (fd->defaultsTarget)
          std::printf(" (defaults for /%u)", fd->defaultsTarget->arity);
        if (fd->injected)
          std::printf(" (injected)");
        std::printf("\n");
        for (const sema::Clause &c : fd->clauses) {
          std::printf("    clause at %u:%u:", c.def->loc.line, c.def->loc.col);
          for (const ast::Node *p : c.params)
            std::printf(" %s", ast::printQuoted(p).c_str());
          if (c.guard)
            std::printf(" when %s", ast::printQuoted(c.guard).c_str());
          std::printf("\n");
        }
      }
    }
    std::printf("script: %zu expressions\n", sem.script.size());
    return 0;
  }

  core::CoreContext coreCtx;
  core::LowerOptions lowerOpts;
  lowerOpts.stdlibMode = opts_.stdlibMode;
  core::Program *prog = core::lowerProgram(sem, astCtx, coreCtx, diags, lowerOpts);
  timer.mark("lower");
  flushDiags();
  if (!prog)
    return 1;
  if (opts_.emit == EmitStage::Core) {
    std::fputs(core::printCore(*prog).c_str(), stdout);
    return 0;
  }
  if (opts_.stdlibMode && !opts_.manifestOut.empty() &&
      !writeFile(opts_.manifestOut, core::writeManifest(sem, *prog))) {
    std::fprintf(stderr, "athanor: error: cannot write '%s'\n", opts_.manifestOut.c_str());
    return 1;
  }

  llvm::LLVMContext llctx;
  codegen::CodeGenOptions cgOpts;
  cgOpts.moduleName = opts_.input;
  std::unique_ptr<llvm::Module> mod = codegen::generate(*prog, llctx, cgOpts, diags);
  timer.mark("codegen");
  if (!mod) {
    flushDiags();
    return 70;
  }
  std::string error;
  if (!backend::prepareModule(*mod, error)) {
    std::fprintf(stderr, "athanor: error: %s\n", error.c_str());
    return 70;
  }
  backend::optimize(*mod, opts_.optLevel);
  timer.mark("optimize");
  if (opts_.emit == EmitStage::Llvm) {
    std::fputs(backend::printModule(*mod).c_str(), stdout);
    return 0;
  }
  if (opts_.emit == EmitStage::Asm) {
    std::string out = opts_.output.empty() ? "-" : opts_.output;
    if (!backend::emit(*mod, backend::OutputKind::Assembly, opts_.optLevel, out, error)) {
      std::fprintf(stderr, "athanor: error: %s\n", error.c_str());
      return 1;
    }
    return 0;
  }

  // Object, then (unless --emit=obj or stdlib mode) an executable.
  TempDir tmp;
  if (!tmp.ok()) {
    std::fprintf(stderr, "athanor: error: cannot create a temporary directory\n");
    return 1;
  }
  bool objectOnly = opts_.emit == EmitStage::Obj || opts_.stdlibMode;
  std::string objPath = objectOnly ? opts_.output : tmp.path() + "/program.o";
  if (objectOnly && objPath.empty()) {
    std::fprintf(stderr, "athanor: error: --emit=obj needs -o FILE\n");
    return 2;
  }
  if (!backend::emit(*mod, backend::OutputKind::Object, opts_.optLevel, objPath, error)) {
    std::fprintf(stderr, "athanor: error: %s\n", error.c_str());
    return 1;
  }
  timer.mark("emit");
  if (objectOnly)
    return 0;

  std::string exePath;
  if (opts_.command == Options::Command::Run) {
    exePath = tmp.path() + "/program";
  } else {
    exePath = opts_.output;
    if (exePath.empty()) {
      fs::path in(opts_.input);
      exePath = (in.parent_path() / in.stem()).string();
      if (exePath.empty() || exePath == opts_.input)
        exePath = "a.out";
    }
  }
  std::vector<std::string> link = {ATHANOR_LINKER, "-o", exePath, objPath,
                                   "-Wl,--start-group",
                                   libDir() + "/athanor_stdlib.o",
                                   libDir() + "/libathanor_rt.a",
                                   "-Wl,--end-group",
                                   "-lgmp", "-lutf8proc", "-lpthread", "-lm"};
#ifdef ATHANOR_LINK_FLAGS
  link.push_back(ATHANOR_LINK_FLAGS); // a sanitizer build's runtime needs the sanitizer
#endif
  if (opts_.verbose) {
    std::string line;
    for (const std::string &a : link)
      line += a + " ";
    std::fprintf(stderr, "athanor: %s\n", line.c_str());
  }
  int rc = runProcess(link);
  timer.mark("link");
  if (rc != 0) {
    std::fprintf(stderr, "athanor: error: linking failed (exit code %d)\n", rc);
    return 1;
  }
  if (opts_.command == Options::Command::Build)
    return 0;
  std::vector<std::string> argv = {exePath};
  argv.insert(argv.end(), opts_.programArgs.begin(), opts_.programArgs.end());
  std::fflush(stdout);
  std::fflush(stderr);
  return runProcess(argv);
}

} // namespace athanor::driver
