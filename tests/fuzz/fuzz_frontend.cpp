// libFuzzer target over the compiler's front end: the input bytes are one source file, run
// through the parse stage (UTF-8 check, lexer, token filter, parser, AST builder), the
// quoted-form printer, sema (Collect, with `use`/defstruct injections) and lowering to Core
// IR, exactly as the driver runs them for `athanor build`. Diagnostics are rendered (with
// their source line and caret) and discarded.
//
// Anything the front end does for an input other than returning with or without
// diagnostics is a bug: a crash, an ASan/UBSan report, a leak, an escaping C++ exception,
// a stack overflow (deep nesting must be a diagnostic) or a hang.
//
// The standard library manifest (what lowering resolves Enum.map/2 etc. against) is read
// once from $ATHANOR_FUZZ_MANIFEST or, by default, from the fuzz build's
// lib/athanor/stdlib.manifest (ATHANOR_FUZZ_DEFAULT_MANIFEST); without one, every remote
// call to the standard library is simply an undefined-module diagnostic.
//
// Built only with -DATHANOR_FUZZ=ON and clang; see scripts/fuzz.sh.
#include "ast/QuotedPrinter.h"
#include "core/Lower.h"
#include "core/Manifest.h"
#include "parse/Parser.h"
#include "sema/Program.h"
#include "support/Diagnostics.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

using namespace athanor;

namespace {

/// The manifest, parsed once; every input starts from a copy of its externals.
struct Stdlib {
  SourceManager sm;
  std::unique_ptr<DiagnosticEngine> diags;
  ast::AstContext astCtx; // the struct defaults' ASTs, which the copies point into
  sema::Program sem;
  bool loaded = false;
};

Stdlib *stdlib() {
  static Stdlib *lib = [] {
    auto *l = new Stdlib();
    l->diags = std::make_unique<DiagnosticEngine>(l->sm);
    const char *path = std::getenv("ATHANOR_FUZZ_MANIFEST");
#ifdef ATHANOR_FUZZ_DEFAULT_MANIFEST
    if (!path)
      path = ATHANOR_FUZZ_DEFAULT_MANIFEST;
#endif
    if (!path || !*path)
      return l;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "fuzz_frontend: no manifest at %s: fuzzing without the stdlib\n",
                   path);
      return l;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    sema::SnippetParser parseSnippet = [l](const std::string &source,
                                           const std::string &name) -> const ast::Node * {
      return parse::parseFile(l->sm, l->sm.add(name, source), l->astCtx, *l->diags);
    };
    std::string error;
    if (!core::readManifest(ss.str(), l->sem, parseSnippet, error)) {
      std::fprintf(stderr, "fuzz_frontend: bad manifest %s: %s\n", path, error.c_str());
      std::abort();
    }
    l->loaded = true;
    std::fprintf(stderr, "fuzz_frontend: manifest %s (%zu modules)\n", path,
                 l->sem.externals.size());
    return l;
  }();
  return lib;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  stdlib();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  SourceManager sm;
  DiagnosticEngine diags(sm);
  uint32_t file = sm.add("fuzz.exs", std::string(reinterpret_cast<const char *>(data), size));
  ast::AstContext astCtx;

  ast::Node *root = parse::parseFile(sm, file, astCtx, diags);
  if (root) {
    std::string quoted = ast::printQuoted(root);
    (void)quoted;

    sema::SnippetParser parseSnippet = [&](const std::string &source,
                                           const std::string &name) -> const ast::Node * {
      return parse::parseFile(sm, sm.add(name, source), astCtx, diags);
    };
    sema::Program sem;
    const Stdlib *lib = stdlib();
    sem.externals = lib->sem.externals;
    sem.externalAtoms = lib->sem.externalAtoms;
    sema::collectProgram(root, astCtx, sem, diags, parseSnippet);
    if (!diags.hasErrors()) {
      core::CoreContext coreCtx;
      core::LowerOptions opts;
      if (core::Program *prog = core::lowerProgram(sem, astCtx, coreCtx, diags, opts)) {
        std::string core = core::printCore(*prog);
        (void)core;
      }
    }
  }
  std::string rendered = diags.renderAll();
  (void)rendered;
  return 0;
}
