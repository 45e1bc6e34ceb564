// Driver: runs the pipeline stages in order and owns all I/O.
#include "driver/Driver.h"

#include "ast/QuotedPrinter.h"
#include "parse/Parser.h"
#include "support/Diagnostics.h"
#include "support/Source.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

namespace athanor::driver {

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

} // namespace

Driver::Driver(Options opts, const char *argv0)
    : opts_(std::move(opts)), selfDir_(selfExecutableDir(argv0)) {}

int Driver::run() {
  std::string text;
  if (!readFile(opts_.input, text)) {
    std::fprintf(stderr, "athanor: error: cannot read '%s'\n", opts_.input.c_str());
    return 1;
  }
  SourceManager sm;
  uint32_t file = sm.add(opts_.input, std::move(text));
  DiagnosticEngine diags(sm);
  auto flushDiags = [&] { std::fputs(diags.renderAll().c_str(), stderr); };

  if (opts_.emit == EmitStage::Tokens) {
    std::string dump = parse::dumpTokens(sm, file, diags);
    flushDiags();
    if (diags.hasErrors())
      return 1;
    std::fputs(dump.c_str(), stdout);
    return 0;
  }

  ast::AstContext ctx;
  ast::Node *root = parse::parseFile(sm, file, ctx, diags);
  if (!root || diags.hasErrors()) {
    flushDiags();
    return 1;
  }
  if (opts_.emit == EmitStage::Quoted) {
    flushDiags();
    std::printf("%s\n", ast::printQuoted(root).c_str());
    return 0;
  }

  flushDiags();
  std::fprintf(stderr, "athanor: error: the stages after parsing are not built yet\n");
  return 1;
}

} // namespace athanor::driver
