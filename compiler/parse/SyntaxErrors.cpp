// SyntaxErrors: how a token is named in a syntax error. See SyntaxErrors.h.
#include <cstdio> // before the ANTLR headers, which #undef its EOF macro

#include "parse/SyntaxErrors.h"

#include "AthanorLexer.h"

namespace athanor::parse {

std::string describeToken(const antlr4::Token *t, antlr4::TokenStream &tokens) {
  using L = athanor_gen::AthanorLexer;
  const std::string &s = t->getText();
  switch (t->getType()) {
  case L::IDENTIFIER: case L::PAREN_IDENT: case L::BRACKET_IDENT: case L::OP_IDENT:
  case L::ALIAS: case L::DO: case L::FN: case L::END: case L::BLOCK_KW: case L::TRUE:
  case L::FALSE: case L::NIL: case L::UNARY_OP: case L::AND_OP: case L::OR_OP: case L::IN_OP:
  case L::WHEN_OP: case L::NOT_IN: case L::ATOM:
    return s;
  case L::KW_IDENTIFIER:
    return "'" + s + ":'";
  case L::INTEGER: case L::FLOAT: case L::CHAR:
    return "\"" + s + "\"";
  case L::EOE:
    return s == ";" ? "';'" : "newline";
  case L::BIN_STRING_START: case L::LIST_STRING_START: case L::KW_STRING_START: {
    // A string is shown by its text, as Elixir does.
    std::string q = s;
    std::string text;
    for (size_t k = t->getTokenIndex() + 1; k < tokens.size(); ++k) {
      const antlr4::Token *n = tokens.get(k);
      if (n->getType() != L::STR_TEXT)
        break;
      text += n->getText();
    }
    return q + text + q;
  }
  case L::BIN_HEREDOC_START: case L::LIST_HEREDOC_START:
    return "heredoc";
  case L::SIGIL_START:
    return "sigil";
  case L::ATOM_QUOTED_START:
    return "atom";
  default:
    return "'" + s + "'";
  }
}

} // namespace athanor::parse
