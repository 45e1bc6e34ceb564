// Placeholder parse stage (replaced by the full ANTLR front end).
#include "parse/Parser.h"

namespace athanor::parse {

ast::Node *parseFile(const SourceManager &, uint32_t file, ast::AstContext &,
                     DiagnosticEngine &diags) {
  diags.error({file, 1, 1}, "the parser is not built yet");
  return nullptr;
}

std::string dumpTokens(const SourceManager &, uint32_t file, DiagnosticEngine &diags) {
  diags.error({file, 1, 1}, "the lexer is not built yet");
  return {};
}

} // namespace athanor::parse
