// DiagnosticEngine: collection and rendering of diagnostics.
#include "support/Diagnostics.h"

namespace athanor {

void DiagnosticEngine::error(SourceLoc loc, std::string message) {
  ++errorCount_;
  if (errorCount_ <= kMaxErrors)
    diags_.push_back({Severity::Error, loc, std::move(message)});
}

void DiagnosticEngine::warning(SourceLoc loc, std::string message) {
  diags_.push_back({Severity::Warning, loc, std::move(message)});
}

void DiagnosticEngine::note(SourceLoc loc, std::string message) {
  diags_.push_back({Severity::Note, loc, std::move(message)});
}

std::string DiagnosticEngine::render(const Diagnostic &d) const {
  std::string out;
  if (d.loc.file < sm_.fileCount())
    out += sm_.name(d.loc.file);
  else
    out += "<unknown>";
  if (d.loc.line) {
    out += ":" + std::to_string(d.loc.line);
    if (d.loc.col)
      out += ":" + std::to_string(d.loc.col);
  }
  switch (d.severity) {
  case Severity::Error:
    out += ": error: ";
    break;
  case Severity::Warning:
    out += ": warning: ";
    break;
  case Severity::Note:
    out += ": note: ";
    break;
  }
  out += d.message;
  out += "\n";
  if (d.loc.line && d.loc.file < sm_.fileCount()) {
    std::string_view line = sm_.lineText(d.loc.file, d.loc.line);
    out += "    ";
    out += line;
    out += "\n    ";
    uint32_t col = d.loc.col ? d.loc.col : 1;
    for (uint32_t i = 1; i < col && i - 1 < line.size(); ++i)
      out += line[i - 1] == '\t' ? '\t' : ' ';
    out += "^\n";
  }
  return out;
}

std::string DiagnosticEngine::renderAll() const {
  std::string out;
  for (const Diagnostic &d : diags_)
    out += render(d);
  if (errorCount_ > kMaxErrors)
    out += "(" + std::to_string(errorCount_ - kMaxErrors) + " more errors not shown)\n";
  return out;
}

std::string DiagnosticEngine::renderNew() {
  std::string out;
  for (; rendered_ < diags_.size(); ++rendered_)
    out += render(diags_[rendered_]);
  return out;
}

} // namespace athanor
