// TokenFilter: Elixir's context-dependent tokenizer decisions. See TokenFilter.h.
#include <algorithm>
#include <cstdio> // before the ANTLR headers, which #undef its EOF macro

#include "parse/TokenFilter.h"

#include "parse/Literals.h"

#include "AthanorLexer.h"

#include <utf8proc.h>

namespace athanor::parse {

namespace {

using L = athanor_gen::AthanorLexer;

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr size_t kEof = antlr4::Token::EOF;

bool isBinaryOp(size_t t) {
  switch (t) {
  case L::MATCH_OP: case L::DUAL_OP: case L::MULT_OP: case L::POWER_OP: case L::CONCAT_OP:
  case L::RANGE_OP: case L::TERNARY_OP: case L::XOR_OP: case L::AND_OP: case L::OR_OP:
  case L::IN_OP: case L::NOT_IN: case L::IN_MATCH_OP: case L::TYPE_OP: case L::WHEN_OP:
  case L::PIPE_OP: case L::COMP_OP: case L::REL_OP: case L::ARROW_OP: case L::ASSOC_OP:
  case L::STAB_OP:
    return true;
  default:
    return false;
  }
}

bool isPrefixOp(size_t t) {
  return t == L::DUAL_PREFIX || t == L::UNARY_OP || t == L::AT_OP || t == L::CAPTURE_OP ||
         t == L::CAPTURE_INT;
}

/// Tokens that can end an operand: after them `+`/`-` is binary and `[` opens an access
/// (unless the operand is a plain identifier, which makes `f [x]` a call).
bool endsOperand(size_t t) {
  switch (t) {
  case L::IDENTIFIER: case L::BRACKET_IDENT: case L::ALIAS: case L::INTEGER: case L::FLOAT:
  case L::CHAR: case L::ATOM: case L::TRUE: case L::FALSE: case L::NIL: case L::END:
  case L::RPAREN: case L::RBRACKET: case L::RBRACE: case L::GT_GT: case L::STRING_END:
  case L::HEREDOC_END: case L::SIGIL_END: case L::RANGE_NULLARY:
    return true;
  default:
    return false;
  }
}

/// Elixir's grammar accepts a newline after these (`op_eol`, `open_paren eol`, `do_eoe`,
/// `kw_eol`, ...); the tokenizer folds newlines after a comma into the comma.
bool absorbsNewline(size_t t) {
  if (isBinaryOp(t) || isPrefixOp(t))
    return true;
  switch (t) {
  case L::COMMA: case L::LPAREN: case L::LBRACKET: case L::LBRACKET_ACCESS: case L::LBRACE:
  case L::MAP_OPEN: case L::LT_LT: case L::DO: case L::FN: case L::DOT: case L::DOT_CALL:
  case L::KW_IDENTIFIER: case L::STRING_END_KW: case L::BLOCK_KW: case L::INTERP_START:
    return true;
  default:
    return false;
  }
}

/// Where the grammar accepts a full end-of-expression (`;` included): `do_eoe`, `fn_eoe`,
/// `open_paren ';'`, `block_eoe` and the start of an interpolation (a whole program).
bool absorbsSemicolon(size_t t) {
  return t == L::DO || t == L::FN || t == L::LPAREN || t == L::BLOCK_KW ||
         t == L::INTERP_START;
}

/// Tokens Elixir's tokenizer adds with add_token_with_eol/2: a newline right before them is
/// dropped, so `|>`, `.`, `when` or `do` at the start of a line continue the expression.
bool gluesToPrevious(size_t t) {
  return (isBinaryOp(t) && t != L::DUAL_OP) || t == L::DO || t == L::DOT ||
         t == L::DOT_CALL;
}

bool closesBeforeNewline(size_t t) {
  return t == L::RPAREN || t == L::RBRACKET || t == L::RBRACE || t == L::GT_GT ||
         t == L::END || t == L::BLOCK_KW || t == L::INTERP_END || t == kEof;
}

bool closesBeforeSemicolon(size_t t) {
  return t == L::RPAREN || t == L::END || t == L::BLOCK_KW || t == L::INTERP_END ||
         t == kEof;
}

bool isIdentChar(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_';
}

/// Unicode identifiers follow UAX #31 as Elixir's String.Tokenizer does: they start with a
/// letter (uppercase ones only in atoms and keyword keys: `:Élan`, but `Élan = 1` is an
/// error) or `_`, and continue with letters, digits, combining marks and connectors.
/// Returns the index of the first code point that breaks the rule, or npos.
size_t badIdentifierChar(const std::u32string &src, size_t start, size_t stop, bool upperStart) {
  for (size_t i = start; i <= stop && i < src.size(); ++i) {
    char32_t c = src[i];
    if (c < 0x80)
      continue;
    utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    bool letter = cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LM ||
                  cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_NL;
    bool upper = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
    bool cont = cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC ||
                cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_PC;
    bool first = i == start;
    if (letter || (upper && (!first || upperStart)) || (cont && !first))
      continue;
    return i;
  }
  return std::u32string::npos;
}

std::string describeChar(char32_t c, uint32_t col) {
  char buf[96];
  const char *name = nullptr;
  switch (c) {
  case 0: name = "null byte"; break;
  case 7: name = "alert"; break;
  case 8: name = "backspace"; break;
  case 127: name = "delete"; break;
  case 27: name = "escape"; break;
  case 12: name = "form feed"; break;
  case '\n': name = "newline"; break;
  case '\r': name = "carriage return"; break;
  case ' ': name = "space"; break;
  case '\t': name = "tab"; break;
  case 11: name = "vertical tab"; break;
  default: break;
  }
  if (name) {
    std::snprintf(buf, sizeof buf, "%s (column %u, code point U+%04X)", name, col,
                  static_cast<unsigned>(c));
    return buf;
  }
  std::string ch;
  appendUtf8(ch, static_cast<uint32_t>(c));
  std::snprintf(buf, sizeof buf, "\" (column %u, code point U+%04X)", col,
                static_cast<unsigned>(c));
  return "\"" + ch + buf;
}

const char *openerText(int kind) {
  switch (kind) {
  case 0: return "(";
  case 1: return "[";
  case 2: return "{";
  case 3: return "<<";
  case 4: return "do";
  case 5: return "fn";
  default: return "";
  }
}

const char *closerText(int kind) {
  switch (kind) {
  case 0: return ")";
  case 1: return "]";
  case 2: return "}";
  case 3: return ">>";
  default: return "end";
  }
}

bool isStringStart(size_t t) {
  return t == L::BIN_STRING_START || t == L::LIST_STRING_START || t == L::BIN_HEREDOC_START ||
         t == L::LIST_HEREDOC_START || t == L::ATOM_QUOTED_START || t == L::SIGIL_START;
}

bool isStringEnd(size_t t) {
  return t == L::STRING_END || t == L::STRING_END_KW || t == L::HEREDOC_END ||
         t == L::SIGIL_END;
}

} // namespace

TokenFilter::TokenFilter(const std::u32string &source, uint32_t file, uint32_t eofLine,
                         uint32_t eofCol, DiagnosticEngine &diags)
    : src_(source), file_(file), eofLine_(eofLine), eofCol_(eofCol), diags_(diags) {}

char32_t TokenFilter::afterSpaces(size_t i) const {
  while (charAt(i) == ' ' || charAt(i) == '\t')
    ++i;
  return charAt(i);
}

bool TokenFilter::error(uint32_t line, uint32_t col, std::string message) {
  diags_.error({file_, line, col}, std::move(message));
  return false;
}

size_t TokenFilter::prevType() const { return out_->empty() ? kNone : out_->back().type; }

void TokenFilter::emit(size_t type, std::string text, uint32_t line, uint32_t col) {
  if (pending_) {
    size_t prev = prevType();
    bool drop;
    if (prev == kNone)
      drop = true;
    else if (pendingSemi_)
      drop = absorbsSemicolon(prev) || closesBeforeSemicolon(type);
    else
      drop = absorbsNewline(prev) || gluesToPrevious(type) || closesBeforeNewline(type);
    if (!drop)
      out_->push_back({L::EOE, pendingSemi_ ? ";" : "\n", pendingLine_, pendingCol_});
    pending_ = pendingSemi_ = false;
  }
  out_->push_back({type, std::move(text), line, col});
}

bool TokenFilter::push(Open::Kind kind, const RawToken &t, std::string what, std::string term) {
  if (stack_.size() >= kMaxNesting)
    return errorAt(t, "nesting too deep: more than " + std::to_string(kMaxNesting) +
                          " nested brackets, blocks, strings or interpolations");
  stack_.push_back({kind, t.line, t.col, std::move(what), std::move(term)});
  return true;
}

bool TokenFilter::pop(const RawToken &t, Open::Kind expected, const char *closer) {
  bool isEnd = expected == Open::Do;
  std::string head = isEnd ? "unexpected reserved word: " : "unexpected token: ";
  head += closer;
  // An interpolation is tokenized as a fresh program: its enclosing openers are invisible.
  if (stack_.empty() || stack_.back().kind == Open::Interp || stack_.back().kind == Open::Str)
    return errorAt(t, head);
  const Open &top = stack_.back();
  bool ok = isEnd ? (top.kind == Open::Do || top.kind == Open::Fn) : top.kind == expected;
  if (!ok)
    return errorAt(t, head + ". The \"" + openerText(top.kind) + "\" at line " +
                          std::to_string(top.line) + " is missing terminator \"" +
                          closerText(top.kind) + "\"");
  stack_.pop_back();
  return true;
}

bool TokenFilter::identifier(const RawToken &t, std::string name) {
  if (t.type == L::IDENTIFIER && (name == "__aliases__" || name == "__block__"))
    return errorAt(t, "reserved token: " + name);
  size_t next = t.stop + 1;
  char32_t c = charAt(next);
  size_t type = L::IDENTIFIER;
  if (c == '@' && t.type == L::IDENTIFIER) {
    // Elixir's identifier tokenizer takes `@` in, then rejects it (only atoms may hold `@`).
    std::string whole = name;
    for (size_t j = next; isIdentChar(charAt(j)) || charAt(j) == '@' || charAt(j) >= 0x80; ++j)
      appendUtf8(whole, static_cast<uint32_t>(charAt(j)));
    return errorAt(t, "invalid character \"@\" (code point U+0040) in identifier: " + whole);
  }
  if (c == '(') {
    type = L::PAREN_IDENT;
  } else if (c == '[') {
    type = L::BRACKET_IDENT;
  } else if (c == ':' && charAt(next + 1) != ':') {
    return errorAt(t, "keyword argument must be followed by space after: " + name + ":");
  } else if (c == ' ' || c == '\t') {
    // elixir_tokenizer's handle_space_sensitive_tokens: `f -1` calls f with -1.
    size_t j = next;
    while (charAt(j) == ' ' || charAt(j) == '\t')
      ++j;
    char32_t sign = charAt(j), marker = charAt(j + 1);
    if ((sign == '+' || sign == '-') && marker != 0 && marker != ' ' && marker != '\t' &&
        marker != '\r' && marker != '\n' && marker != '(' && marker != '[' && marker != '<' &&
        marker != '{' && marker != '%' && marker != '+' && marker != '-' && marker != '/' &&
        marker != '>' && marker != ':') {
      type = L::OP_IDENT;
      forcePrefix_ = true;
    }
  }
  emit(type, std::move(name), t.line, t.col);
  return true;
}

bool TokenFilter::stringToken(size_t i) {
  const std::vector<RawToken> &raw = *raw_;
  const RawToken &t = raw[i];
  size_t end = matchingEnd_[i];

  // `Mod."fun"(x)`: a quoted function name after a dot.
  if (prevType() == L::DOT && (t.type == L::BIN_STRING_START || t.type == L::LIST_STRING_START) &&
      end != kNone) {
    std::string text;
    for (size_t k = i + 1; k < end; ++k) {
      if (raw[k].type != L::STR_TEXT)
        return errorAt(t, "interpolation is not allowed when calling function/macro. Found "
                          "interpolation in a call starting with: " + t.text);
      text += raw[k].text;
    }
    std::string name, err;
    if (!unescape(text, name, err))
      return errorAt(t, err);
    RawToken whole = t;
    whole.stop = raw[end].stop;
    i_ = end;
    return identifier(whole, name);
  }

  std::string what = "string", term = t.text.substr(0, 1);
  size_t type = t.type;
  if (t.type == L::BIN_HEREDOC_START || t.type == L::LIST_HEREDOC_START) {
    what = "heredoc";
    term = t.text.substr(0, 3);
  } else if (t.type == L::ATOM_QUOTED_START) {
    what = "atom";
    term = t.text.substr(1, 1);
  } else if (t.type == L::SIGIL_START) {
    if (t.text.size() > 4) { // ~s""" + newline
      what = "heredoc";
      term = t.text.substr(2, 3);
    } else {
      char open = t.text[2];
      char close = open == '(' ? ')' : open == '[' ? ']' : open == '{' ? '}' : open == '<' ? '>'
                                                                                           : open;
      what = "sigil " + t.text.substr(0, 3);
      term = std::string(1, close);
    }
  } else if (end != kNone && raw[end].type == L::STRING_END_KW) {
    type = L::KW_STRING_START;
  }
  if (!push(Open::Str, t, what, term))
    return false;
  stack_.back().keyword = type == L::KW_STRING_START;
  emit(type, t.text, t.line, t.col);
  return true;
}

bool TokenFilter::run(const std::vector<RawToken> &raw, std::vector<FilteredToken> &out) {
  raw_ = &raw;
  out_ = &out;

  // Pair every string start with its closing token (the lexer's modes nest them properly).
  matchingEnd_.assign(raw.size(), kNone);
  {
    std::vector<size_t> starts;
    for (size_t k = 0; k < raw.size(); ++k) {
      if (isStringStart(raw[k].type)) {
        starts.push_back(k);
      } else if (isStringEnd(raw[k].type) && !starts.empty()) {
        matchingEnd_[starts.back()] = k;
        starts.pop_back();
      }
    }
  }

  for (i_ = 0; i_ < raw.size(); ++i_) {
    const RawToken &t = raw[i_];
    size_t type = t.type;
    char32_t next = charAt(t.stop + 1);

    if (type == L::NEWLINE || type == L::SEMI) {
      if (!pending_) {
        pending_ = true;
        pendingLine_ = t.line;
        pendingCol_ = t.col;
      }
      if (type == L::SEMI) {
        // The tokenizer folds newlines into a `;` but never adds a second `;`.
        if (pendingSemi_)
          return errorAt(t, "unexpected token: " + describeChar(';', t.col));
        pendingSemi_ = true;
      }
      continue;
    }

    // After `.` keywords and operators are function names (`map.do`, `Kernel.+(1)`).
    bool afterDot = prevType() == L::DOT;

    if (type == L::IDENTIFIER || type == L::KW_IDENTIFIER || type == L::ATOM) {
      size_t from = type == L::ATOM ? t.start + 1 : t.start;
      size_t bad = badIdentifierChar(src_, from, t.stop, type != L::IDENTIFIER);
      if (bad != std::u32string::npos) {
        // Columns are bytes: count the bytes of the code points before the bad one.
        uint32_t col = t.col;
        for (size_t k = t.start; k < bad; ++k) {
          std::string tmp;
          appendUtf8(tmp, static_cast<uint32_t>(src_[k]));
          col += static_cast<uint32_t>(tmp.size());
        }
        return error(t.line, col, "unexpected token: " + describeChar(src_[bad], col));
      }
    }

    switch (type) {
    case L::CONTINUATION:
      // A backslash line continuation needs a line to continue on.
      if (t.stop + 1 >= src_.size())
        return errorAt(t, "invalid escape \\ at end of file");
      break;
    case L::ERROR_CHAR:
      if (t.text == "\\" && t.stop + 1 >= src_.size())
        return errorAt(t, "invalid escape \\ at end of file");
      return errorAt(t, "unexpected token: " + describeChar(charAt(t.start), t.col));
    case L::BAD_SIGIL: {
      char32_t d = charAt(t.stop + 1);
      std::string ch;
      appendUtf8(ch, static_cast<uint32_t>(d));
      char buf[64];
      std::snprintf(buf, sizeof buf, "\" (column %u, code point U+%04X)", t.col + 2,
                    static_cast<unsigned>(d));
      return errorAt(t, "invalid sigil delimiter: \"" + ch + buf +
                            ". The available delimiters are: //, ||, \"\", '', (), [], {}, <>");
    }
    case L::BAD_HEREDOC:
      return errorAt(t, "heredoc allows only zero or more whitespace characters followed by a "
                        "new line after " + t.text);

    case L::IDENTIFIER:
    case L::ELLIPSIS_OP:
      if (!identifier(t, t.text))
        return false;
      break;

    case L::TRUE: case L::FALSE: case L::NIL: case L::DO: case L::END: case L::FN:
    case L::NOT: case L::AND: case L::OR: case L::WHEN: case L::IN: case L::AFTER:
    case L::ELSE: case L::CATCH: case L::RESCUE: {
      if (afterDot || (next == ':' && charAt(t.stop + 2) != ':')) {
        if (!identifier(t, t.text))
          return false;
        break;
      }
      bool operatorKeyword = type == L::NOT || type == L::AND || type == L::OR ||
                             type == L::WHEN || type == L::IN;
      if (operatorKeyword && afterSpaces(t.stop + 1) == '/') { // `&and/2`
        emit(L::IDENTIFIER, t.text, t.line, t.col);
        break;
      }
      switch (type) {
      case L::DO: {
        size_t prev = prevType();
        if (prev == L::FN && !pending_)
          return errorAt(t, "unexpected reserved word: do. Anonymous functions are written "
                            "as:\n\n    fn pattern -> expression end");
        if (prev == L::COMMA || (pending_ && pendingSemi_))
          return errorAt(
              t, "unexpected reserved word: do. In case you wanted to write a \"do\" "
                 "expression, you must either use do-blocks or separate the keyword argument "
                 "with comma. For example, you should either write:\n\n    if some_condition? "
                 "do\n      :this\n    else\n      :that\n    end\n\nor the equivalent "
                 "construct:\n\n    if(some_condition?, do: :this, else: :that)\n\nwhere "
                 "\"some_condition?\" is the first argument and the second argument is a "
                 "keyword list.\n\nYou may see this error if you forget a trailing comma "
                 "before the \"do\" in a \"do\" block");
        if (!push(Open::Do, t))
          return false;
        emit(L::DO, t.text, t.line, t.col);
        break;
      }
      case L::FN:
        if (!push(Open::Fn, t))
          return false;
        emit(L::FN, t.text, t.line, t.col);
        break;
      case L::END:
        if (!pop(t, Open::Do, "end"))
          return false;
        emit(L::END, t.text, t.line, t.col);
        break;
      case L::NOT:
        if (i_ + 1 < raw.size() && raw[i_ + 1].type == L::IN &&
            afterSpaces(raw[i_ + 1].stop + 1) != '/') {
          emit(L::NOT_IN, "not in", t.line, t.col);
          ++i_;
        } else {
          emit(L::UNARY_OP, t.text, t.line, t.col);
        }
        break;
      case L::AND: emit(L::AND_OP, t.text, t.line, t.col); break;
      case L::OR: emit(L::OR_OP, t.text, t.line, t.col); break;
      case L::WHEN: emit(L::WHEN_OP, t.text, t.line, t.col); break;
      case L::IN: emit(L::IN_OP, t.text, t.line, t.col); break;
      case L::AFTER: case L::ELSE: case L::CATCH: case L::RESCUE:
        emit(L::BLOCK_KW, t.text, t.line, t.col);
        break;
      default:
        emit(type, t.text, t.line, t.col);
        break;
      }
      break;
    }

    case L::ALIAS:
      if (next == '(')
        return error(t.line, t.col + static_cast<uint32_t>(t.text.size()),
                     "unexpected ( after alias " + t.text +
                         ". Function names and identifiers in Elixir start with lowercase "
                         "characters or underscore. For example:\n\n    hello_world()\n    "
                         "_starting_with_underscore()\n    numb3rs_are_allowed()\n    "
                         "may_finish_with_question_mark?()\n    "
                         "may_finish_with_exclamation_mark!()\n\nUnexpected token: (");
      if (next == ':' && charAt(t.stop + 2) != ':')
        return errorAt(t, "keyword argument must be followed by space after: " + t.text + ":");
      emit(L::ALIAS, t.text, t.line, t.col);
      break;

    case L::ATOM:
    case L::ATOM_OP:
      emit(L::ATOM, t.text.substr(1), t.line, t.col);
      break;

    case L::INTEGER:
    case L::FLOAT:
      if (isIdentChar(next) && !(next >= '0' && next <= '9')) {
        std::string ch(1, static_cast<char>(next));
        return errorAt(t, "invalid character \"" + ch + "\" after number " + t.text +
                              ". If you intended to write a number, make sure to separate "
                              "the number from the character (using comma, space, etc). If "
                              "you meant to write a function name or a variable, note that "
                              "identifiers in Elixir cannot start with numbers. Unexpected "
                              "token: " + ch);
      }
      if (type == L::FLOAT) {
        double v;
        if (!floatLiteralValue(t.text, v))
          return errorAt(t, "invalid float number " + t.text);
      }
      emit(type, t.text, t.line, t.col);
      break;

    case L::CHAR:
      emit(L::CHAR, t.text, t.line, t.col);
      break;

    case L::KW_IDENTIFIER:
      emit(L::KW_IDENTIFIER, t.text.substr(0, t.text.size() - 1), t.line, t.col);
      break;

    case L::COMP_OP: case L::REL_OP: case L::AND_OP: case L::OR_OP: case L::ARROW_OP:
    case L::XOR_OP: case L::CONCAT_OP: case L::RANGE_OP: case L::POWER_OP: case L::MULT_OP:
    case L::DUAL_OP: case L::UNARY_OP: case L::AT_OP: case L::CAPTURE_OP: case L::MATCH_OP:
    case L::PIPE_OP: case L::TYPE_OP: case L::STAB_OP: case L::IN_MATCH_OP: case L::ASSOC_OP:
    case L::TERNARY_OP: {
      bool nameable = type != L::STAB_OP && type != L::ASSOC_OP && type != L::TERNARY_OP;
      // `+: 1`, `|>: 2`: an operator directly followed by `:` and a space is a keyword key.
      if (type != L::ASSOC_OP && type != L::TERNARY_OP && i_ + 1 < raw.size() &&
          raw[i_ + 1].type == L::ERROR_CHAR && raw[i_ + 1].text == ":" &&
          raw[i_ + 1].start == t.stop + 1) {
        char32_t after = charAt(raw[i_ + 1].stop + 1);
        if (after == ' ' || after == '\t' || after == '\n' || after == '\r') {
          emit(L::KW_IDENTIFIER, t.text, t.line, t.col);
          ++i_;
          break;
        }
      }

      if (afterDot && nameable) {
        if (!identifier(t, t.text))
          return false;
        break;
      }
      if (type == L::RANGE_OP && i_ + 1 < raw.size() && raw[i_ + 1].type == L::TERNARY_OP &&
          raw[i_ + 1].start == t.stop + 1) {
        // `..//` is only a name (`&..///3`), never an operator.
        if (afterSpaces(raw[i_ + 1].stop + 1) != '/')
          return errorAt(t, "unexpected token: " + describeChar('.', t.col));
        emit(L::IDENTIFIER, "..//", t.line, t.col);
        ++i_;
        break;
      }
      // An operator followed by `/` names the operator's function (`&+/2`, `&&&/2`).
      char32_t slash = afterSpaces(t.stop + 1);
      if (type == L::CAPTURE_OP) {
        if (slash == '/') {
          size_t j = t.stop + 1;
          while (charAt(j) == ' ' || charAt(j) == '\t')
            ++j;
          if (afterSpaces(j + 1) != '/') {
            emit(L::IDENTIFIER, t.text, t.line, t.col);
            break;
          }
        }
        // `&1`: the capture of an argument is one operand (`access_expr -> capture_op int`).
        size_t k = i_ + 1;
        while (k < raw.size() && raw[k].type == L::NEWLINE)
          ++k;
        bool capInt = k < raw.size() && raw[k].type == L::INTEGER;
        emit(capInt ? L::CAPTURE_INT : L::CAPTURE_OP, t.text, t.line, t.col);
        break;
      }
      if (nameable && slash == '/') {
        emit(L::IDENTIFIER, t.text, t.line, t.col);
        break;
      }
      if (type == L::RANGE_OP && !endsOperand(prevType())) {
        emit(L::RANGE_NULLARY, t.text, t.line, t.col);
        break;
      }
      if (type == L::TERNARY_OP && !endsOperand(prevType())) {
        // Without a left operand `//` is unary (`&//2`); AstBuilder gives it its shape.
        emit(L::UNARY_OP, t.text, t.line, t.col);
        break;
      }
      if (type == L::DUAL_OP) {
        bool prefix = forcePrefix_ || pending_ || !endsOperand(prevType());
        forcePrefix_ = false;
        emit(prefix ? L::DUAL_PREFIX : L::DUAL_OP, t.text, t.line, t.col);
        break;
      }
      emit(type, t.text, t.line, t.col);
      break;
    }

    case L::LPAREN:
      if (prevType() == L::DOT)
        out.back().type = L::DOT_CALL;
      if (!push(Open::Paren, t))
        return false;
      emit(L::LPAREN, t.text, t.line, t.col);
      break;
    case L::RPAREN:
      if (!pop(t, Open::Paren, ")"))
        return false;
      emit(L::RPAREN, t.text, t.line, t.col);
      break;
    case L::LBRACKET: {
      size_t prev = prevType();
      bool access = !pending_ && endsOperand(prev) && prev != L::IDENTIFIER;
      if (!push(Open::Bracket, t))
        return false;
      emit(access ? L::LBRACKET_ACCESS : L::LBRACKET, t.text, t.line, t.col);
      break;
    }
    case L::RBRACKET:
      if (!pop(t, Open::Bracket, "]"))
        return false;
      emit(L::RBRACKET, t.text, t.line, t.col);
      break;
    case L::LBRACE:
    case L::MAP_OPEN:
      if (!push(Open::Brace, t))
        return false;
      emit(type, t.text, t.line, t.col);
      break;
    case L::RBRACE:
      if (!stack_.empty() && stack_.back().kind == Open::Interp) {
        stack_.pop_back();
        emit(L::INTERP_END, t.text, t.line, t.col);
        break;
      }
      if (!pop(t, Open::Brace, "}"))
        return false;
      emit(L::RBRACE, t.text, t.line, t.col);
      break;
    case L::LT_LT:
      if (!push(Open::Bits, t))
        return false;
      emit(L::LT_LT, t.text, t.line, t.col);
      break;
    case L::GT_GT:
      if (!pop(t, Open::Bits, ">>"))
        return false;
      emit(L::GT_GT, t.text, t.line, t.col);
      break;
    case L::COMMA:
      emit(L::COMMA, t.text, t.line, t.col);
      break;
    case L::DOT:
      emit(L::DOT, t.text, t.line, t.col);
      break;
    case L::PERCENT:
      if (next == '(' || next == '[') {
        std::string got = "%";
        got += static_cast<char>(next);
        return errorAt(t, "expected %{ to define a map, got: " + got);
      }
      emit(L::PERCENT, t.text, t.line, t.col);
      break;

    case L::BIN_STRING_START: case L::LIST_STRING_START: case L::BIN_HEREDOC_START:
    case L::LIST_HEREDOC_START: case L::ATOM_QUOTED_START: case L::SIGIL_START:
      if (!stringToken(i_))
        return false;
      break;
    case L::STR_TEXT:
      out.push_back({L::STR_TEXT, t.text, t.line, t.col});
      break;
    case L::INTERP_START:
      if (!push(Open::Interp, t))
        return false;
      emit(L::INTERP_START, t.text, t.line, t.col);
      break;
    case L::STRING_END: case L::STRING_END_KW: case L::HEREDOC_END: case L::SIGIL_END:
      if (!stack_.empty() && stack_.back().kind == Open::Str) {
        // Only `"..."` and `'...'` make keyword keys; in `:"a": 1` the colon is stray.
        if (type == L::STRING_END_KW && !stack_.back().keyword)
          return errorAt(t, "unexpected token: \":\" (column " +
                                std::to_string(t.col + 1) + ", code point U+003A)");
        stack_.pop_back();
      }
      out.push_back({type, t.text, t.line, t.col});
      break;

    default:
      return errorAt(t, "unexpected token: " + t.text);
    }
  }

  if (!stack_.empty()) {
    const Open &top = stack_.back();
    if (top.kind == Open::Str)
      return error(eofLine_, eofCol_,
                   "missing terminator: " + top.terminator + " (for " + top.what +
                       " starting at line " + std::to_string(top.line) + ")");
    if (top.kind == Open::Interp) {
      std::string what = "string";
      uint32_t line = top.line;
      if (stack_.size() >= 2 && stack_[stack_.size() - 2].kind == Open::Str) {
        what = stack_[stack_.size() - 2].what;
        line = stack_[stack_.size() - 2].line;
      }
      return error(eofLine_, eofCol_,
                   "missing interpolation terminator: \"}\" (for " + what + " starting at line " +
                       std::to_string(line) + ")");
    }
    return error(eofLine_, eofCol_,
                 std::string("missing terminator: ") + closerText(top.kind) + " (for \"" +
                     openerText(top.kind) + "\" starting at line " + std::to_string(top.line) +
                     ")");
  }

  // EOF sits just after the last token, where Elixir reports an incomplete expression.
  uint32_t line = 1, col = 1;
  if (!out.empty()) {
    const FilteredToken &last = out.back();
    line = last.line;
    col = last.col + static_cast<uint32_t>(last.text.size());
    size_t nl = last.text.rfind('\n');
    if (nl != std::string::npos) {
      line += static_cast<uint32_t>(std::count(last.text.begin(), last.text.end(), '\n'));
      col = static_cast<uint32_t>(last.text.size() - nl);
    }
  }
  pending_ = false;
  out.push_back({kEof, "<EOF>", line, col});
  return true;
}

} // namespace athanor::parse
