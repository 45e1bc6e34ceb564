// TokenFilter: raw ANTLR tokens -> the token stream the parser grammar reads.
//
// AthanorLexer only cuts text into tokens; Elixir's tokenizer (elixir_tokenizer.erl) also
// decides a token's kind from its neighbours and from the spacing around it. This pass does
// that part, so the parser grammar can stay (almost) LL(1):
//   * identifiers become PAREN_IDENT / BRACKET_IDENT when `(` / `[` follows directly, and
//     OP_IDENT in `f -1` (a space before a sign that has none after it);
//   * `+`/`-` become DUAL_PREFIX where no operand precedes them; `[` after an operand that
//     is not a spaced identifier opens an access (LBRACKET_ACCESS); `not in` is one token;
//   * keywords and operators after `.` are plain identifiers (`map.do`, `Kernel.+(1)`), and
//     operators followed by `/` are identifiers too (`&+/2`); `&` before an integer becomes
//     CAPTURE_INT (`&1` is one operand);
//   * newlines and `;` are merged into EOE tokens and dropped where Elixir ignores them:
//     after binary/unary operators, commas, openers, `do`, `fn`, `->`, `.` and keyword keys,
//     and before closers, `end`, block keywords, binary operators (`|>` at a line start),
//     `.` and `do`;
//   * brackets, `do`/`fn` ... `end`, strings and interpolations are matched on a stack, and
//     a mismatch or an unclosed opener is reported with Elixir's messages
//     (`missing terminator: end (for "do" starting at line 3)`, `unexpected token: ]`);
//   * Elixir's tokenizer errors are reported here: Unicode identifiers outside UAX #31 (no
//     uppercase start, no symbols), `a:b`, `1e3`, `foo@bar`, `;;`, `%(`, a lone `\r`, ...;
//   * the stack depth is limited (kMaxNesting), so absurd nesting is an error, not a crash.
// Errors go to the DiagnosticEngine; the first one stops the filter, as in Elixir.
#pragma once

#include "support/Diagnostics.h"

#include <cstdint>
#include <string>
#include <vector>

namespace athanor::parse {

/// One token as the lexer produced it. Positions are code point indices into the source
/// (for looking at neighbouring characters) plus the 1-based line and byte column.
struct RawToken {
  size_t type;
  std::string text;
  size_t start; // code point index of the first character
  size_t stop;  // code point index of the last character
  uint32_t line;
  uint32_t col;
};

/// One token of the filtered stream (what the parser and `--emit=tokens` see).
struct FilteredToken {
  size_t type;      // an AthanorLexer token type
  std::string text; // identifiers without decoration, strings' raw text, operators' text
  uint32_t line;
  uint32_t col;
};

/// Deepest bracket / block / interpolation nesting accepted. Elixir has no limit; ours keeps
/// the recursive-descent parser and the tree walkers far from the C++ stack's end.
constexpr size_t kMaxNesting = 400;

class TokenFilter {
public:
  /// `source` is the file as code points (the lexer's view); `eofLine/eofCol` locate the end
  /// of the file for "missing terminator" errors.
  TokenFilter(const std::u32string &source, uint32_t file, uint32_t eofLine, uint32_t eofCol,
              DiagnosticEngine &diags);

  /// Filters `raw` into `out` (which ends with an EOF token). Returns false after reporting
  /// the first error.
  bool run(const std::vector<RawToken> &raw, std::vector<FilteredToken> &out);

private:
  struct Open {
    enum Kind { Paren, Bracket, Brace, Bits, Do, Fn, Interp, Str } kind;
    uint32_t line;
    uint32_t col;
    std::string what;       // for strings: "string", "heredoc", "sigil ~s(", "atom"
    std::string terminator; // for strings: the closing delimiter
    bool keyword = false;   // for strings: opened as a quoted keyword key
  };

  char32_t charAt(size_t i) const { return i < src_.size() ? src_[i] : 0; }
  /// The first character after `i` that is not a space or tab.
  char32_t afterSpaces(size_t i) const;
  bool error(uint32_t line, uint32_t col, std::string message);
  bool errorAt(const RawToken &t, std::string message) { return error(t.line, t.col, message); }

  size_t prevType() const;
  /// Appends `t`, first deciding what to do with a pending run of newlines / `;`.
  void emit(size_t type, std::string text, uint32_t line, uint32_t col);
  bool push(Open::Kind kind, const RawToken &t, std::string what = {}, std::string term = {});
  bool pop(const RawToken &t, Open::Kind expected, const char *closer);
  /// Identifier-like token (identifier, keyword after `.`, operator used as a name): picks
  /// PAREN_IDENT / BRACKET_IDENT / OP_IDENT / IDENTIFIER from what follows.
  bool identifier(const RawToken &t, std::string name);
  bool stringToken(size_t i);

  const std::u32string &src_;
  uint32_t file_;
  uint32_t eofLine_, eofCol_;
  DiagnosticEngine &diags_;

  const std::vector<RawToken> *raw_ = nullptr;
  std::vector<FilteredToken> *out_ = nullptr;
  std::vector<Open> stack_;
  std::vector<size_t> matchingEnd_; // for string starts: index of the closing token
  size_t i_ = 0;
  bool pending_ = false;
  bool pendingSemi_ = false;
  uint32_t pendingLine_ = 0, pendingCol_ = 0;
  bool forcePrefix_ = false; // the next `+`/`-` follows an OP_IDENT
};

} // namespace athanor::parse
