// SyntaxErrors: Elixir's spelling of the token a syntax error stops at, shared by the
// parser's error listener and AstBuilder (`syntax error before: "2"`, `before: ')'`,
// `before: foo`, `before: "text"` for a string).
#pragma once

#include <string>

namespace antlr4 {
class Token;
class TokenStream;
} // namespace antlr4

namespace athanor::parse {

std::string describeToken(const antlr4::Token *t, antlr4::TokenStream &tokens);

} // namespace athanor::parse
