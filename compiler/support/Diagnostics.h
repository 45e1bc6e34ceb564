// Diagnostics are values: every stage reports into a DiagnosticEngine, and only the driver
// prints them. Rendering gives Elixir-like, clang-like output:
//
//   file.exs:3:5: error: undefined function foo/1
//       foo(1)
//       ^
//
// Errors make the compilation fail; warnings never do.
#pragma once

#include "support/Source.h"

#include <string>
#include <vector>

namespace athanor {

enum class Severity { Error, Warning, Note };

struct Diagnostic {
  Severity severity;
  SourceLoc loc;
  std::string message;
};

class DiagnosticEngine {
public:
  explicit DiagnosticEngine(const SourceManager &sm) : sm_(sm) {}

  void error(SourceLoc loc, std::string message);
  void warning(SourceLoc loc, std::string message);
  void note(SourceLoc loc, std::string message);

  bool hasErrors() const { return errorCount_ > 0; }
  unsigned errorCount() const { return errorCount_; }
  const std::vector<Diagnostic> &all() const { return diags_; }

  /// Renders one diagnostic with its source line and a caret under the column.
  std::string render(const Diagnostic &d) const;
  /// Renders every diagnostic collected so far, in order.
  std::string renderAll() const;
  /// Renders the diagnostics collected since the last call (for printing as stages finish).
  std::string renderNew();

  /// Stop collecting after this many errors (the rest are counted, not stored).
  static constexpr unsigned kMaxErrors = 50;

private:
  const SourceManager &sm_;
  std::vector<Diagnostic> diags_;
  unsigned errorCount_ = 0;
  size_t rendered_ = 0;
};

} // namespace athanor
