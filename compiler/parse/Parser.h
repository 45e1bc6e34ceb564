// The parse stage: source text -> AST (Elixir's quoted form, see ast/Ast.h).
//
// This is the only stage that sees ANTLR: the lexer, the token filter and the parser are
// private to compiler/parse, and AstBuilder is the only parse-tree visitor. Syntax errors
// are reported to the DiagnosticEngine as `file:line:col: error: ...`; the parser never
// throws past this interface.
#pragma once

#include "ast/Ast.h"
#include "support/Diagnostics.h"

#include <string>

namespace athanor::parse {

/// Parses one file. Returns the file's quoted form (a `__block__` call when the file has
/// several top-level expressions, the expression itself when it has one, and `{:__block__,
/// [], []}` when it is empty), or nullptr after reporting syntax errors.
ast::Node *parseFile(const SourceManager &sm, uint32_t file, ast::AstContext &ctx,
                     DiagnosticEngine &diags);

/// The token stream after the lexer and the token filter, one token per line
/// (`line:col KIND 'text'`), for `--emit=tokens`.
std::string dumpTokens(const SourceManager &sm, uint32_t file, DiagnosticEngine &diags);

} // namespace athanor::parse
