// The parse stage driver: UTF-8 check -> AthanorLexer -> TokenFilter -> AthanorParser ->
// AstBuilder. See Parser.h.
//
// ANTLR is set up to stop at the first syntax error (Elixir reports one) and to predict
// with SLL: the grammar's ambiguities all resolve to the first, greedy alternative, which is
// what SLL picks. Only input that SLL rejects is parsed again with full LL prediction, and
// that attempt's error is the one reported. A rule-depth guard (kMaxRuleDepth) turns nesting
// that the token filter's bracket limit cannot see, such as a long chain of calls without
// parentheses (`a b c d ...`), into an error instead of a stack overflow; operator and
// prefix-operator runs are loops in the grammar and cost no depth. Those runs still build
// deep ASTs (`1 + 1 + ... + 1` is nested calls of +), which every later stage walks
// recursively, so the AST's depth is limited too (kMaxAstDepth). Nothing ANTLR throws
// escapes this file.
#include <cstdio> // before the ANTLR headers, which #undef its EOF macro

#include "parse/Parser.h"

#include "parse/AstBuilder.h"
#include "parse/Literals.h"
#include "parse/SyntaxErrors.h"
#include "parse/TokenFilter.h"

#include "AthanorLexer.h"
#include "AthanorParser.h"
#include "antlr4-runtime.h"

#include <memory>
#include <utility>
#include <vector>

namespace athanor::parse {

namespace {

using L = athanor_gen::AthanorLexer;

/// Deepest parse-rule nesting accepted (about six rules per bracket level, so this is well
/// above kMaxNesting brackets). Each ANTLR rule frame costs a few hundred bytes of stack.
constexpr size_t kMaxRuleDepth = 4000;

/// Deepest AST accepted. Real code stays below 50; lowering, the deepest recursion over
/// the AST, takes up to about 5 KiB of stack per level in an ASan build (a few hundred
/// bytes in a release build), so 1000 levels fit an 8 MiB main-thread stack with room.
constexpr size_t kMaxAstDepth = 1000;

/// The first node deeper than kMaxAstDepth (nullptr if none), found without recursion.
const ast::Node *tooDeep(const ast::Node *root) {
  std::vector<std::pair<const ast::Node *, size_t>> stack{{root, 1}};
  while (!stack.empty()) {
    auto [n, depth] = stack.back();
    stack.pop_back();
    if (depth > kMaxAstDepth)
      return n;
    if (n->callee)
      stack.push_back({n->callee, depth + 1});
    for (const ast::Node *c : n->items)
      if (c)
        stack.push_back({c, depth + 1});
  }
  return nullptr;
}

struct Abort {};

struct DepthExceeded {
  const antlr4::Token *at;
};

class GuardedParser : public athanor_gen::AthanorParser {
public:
  using AthanorParser::AthanorParser;
  void enterRule(antlr4::ParserRuleContext *localctx, size_t state, size_t ruleIndex) override {
    size_t depth = 0;
    for (antlr4::tree::ParseTree *c = localctx; c && depth <= kMaxRuleDepth; c = c->parent)
      ++depth;
    if (depth > kMaxRuleDepth)
      throw DepthExceeded{getCurrentToken()};
    AthanorParser::enterRule(localctx, state, ruleIndex);
  }
};

/// Reports the first error and stops: no single-token insertion or deletion, no resync.
class FirstErrorStrategy : public antlr4::DefaultErrorStrategy {
public:
  void recover(antlr4::Parser *, std::exception_ptr) override { throw Abort{}; }
  antlr4::Token *recoverInline(antlr4::Parser *recognizer) override {
    throw antlr4::InputMismatchException(recognizer);
  }
  void sync(antlr4::Parser *) override {}
};

/// Records the first syntax error (reported only if the final parse attempt fails).
class ErrorCollector : public antlr4::BaseErrorListener {
public:
  explicit ErrorCollector(uint32_t file) : file_(file) {}
  void syntaxError(antlr4::Recognizer *r, antlr4::Token *t, size_t, size_t, const std::string &,
                   std::exception_ptr) override {
    if (reported_ || !t)
      return;
    reported_ = true;
    loc_ = {file_, static_cast<uint32_t>(t->getLine()),
            static_cast<uint32_t>(t->getCharPositionInLine() + 1)};
    if (t->getType() == antlr4::Token::EOF)
      message_ = "syntax error: expression is incomplete";
    else if (t->getType() == L::END)
      message_ = "syntax error before: end. \"end\" is a reserved word in Elixir and "
                 "therefore its usage is limited. For instance, it can't be used as a "
                 "variable or be defined nor invoked as a regular function";
    else
      message_ = "syntax error before: " +
                 describeToken(t, *static_cast<antlr4::Parser *>(r)->getTokenStream());
  }
  bool reported() const { return reported_; }
  void flush(DiagnosticEngine &diags) const {
    diags.error(reported_ ? loc_ : SourceLoc{file_, 1, 1},
                reported_ ? message_ : std::string("syntax error"));
  }

private:
  uint32_t file_;
  bool reported_ = false;
  SourceLoc loc_;
  std::string message_;
};

/// The source as code points (what the lexer sees), with the byte offset of each one so that
/// columns can be reported in bytes.
struct Decoded {
  std::u32string cps;
  std::vector<size_t> byteOf;   // byteOf[i] = byte offset of code point i; one extra at end
  std::vector<size_t> lineByte; // byte offset of each line's start (index line - 1)
  uint32_t eofLine = 1, eofCol = 1;
};

bool decode(const std::string &text, Decoded &d, DiagnosticEngine &diags, uint32_t file) {
  std::vector<uint32_t> cps;
  d.lineByte.push_back(0);
  // Validate first: ANTLR's own UTF-8 decoder throws on malformed input.
  size_t i = 0;
  uint32_t line = 1;
  size_t lineStart = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3
                                                    : (c & 0xF8) == 0xF0 ? 4 : 0;
    std::vector<uint32_t> one;
    if (len == 0 || i + len > text.size() ||
        !decodeUtf8(std::string_view(text).substr(i, len), one)) {
      diags.error({file, line, static_cast<uint32_t>(i - lineStart + 1)},
                  "invalid UTF-8 in source file (byte 0x" +
                      std::string(1, "0123456789ABCDEF"[c >> 4]) +
                      std::string(1, "0123456789ABCDEF"[c & 15]) + ")");
      return false;
    }
    d.cps.push_back(static_cast<char32_t>(one[0]));
    d.byteOf.push_back(i);
    if (c == '\n') {
      ++line;
      lineStart = i + 1;
      d.lineByte.push_back(lineStart);
    }
    i += len;
  }
  d.byteOf.push_back(text.size());
  d.eofLine = line;
  d.eofCol = static_cast<uint32_t>(text.size() - lineStart + 1);
  return true;
}

/// Lexes and filters `file`. Returns false after reporting an error.
bool lexAndFilter(const SourceManager &sm, uint32_t file, DiagnosticEngine &diags,
                  std::vector<FilteredToken> &out) {
  const std::string &text = sm.text(file);
  Decoded d;
  if (!decode(text, d, diags, file))
    return false;
  try {
    antlr4::ANTLRInputStream input(text);
    L lexer(&input);
    lexer.removeErrorListeners();
    std::vector<RawToken> raw;
    for (;;) {
      std::unique_ptr<antlr4::Token> t = lexer.nextToken();
      if (t->getType() == antlr4::Token::EOF)
        break;
      size_t start = t->getStartIndex(), stop = t->getStopIndex();
      uint32_t line = static_cast<uint32_t>(t->getLine());
      size_t lineByte = line - 1 < d.lineByte.size() ? d.lineByte[line - 1] : 0;
      size_t byte = start < d.byteOf.size() ? d.byteOf[start] : text.size();
      raw.push_back({t->getType(), t->getText(), start, stop, line,
                     static_cast<uint32_t>(byte - lineByte + 1)});
    }
    TokenFilter filter(d.cps, file, d.eofLine, d.eofCol, diags);
    return filter.run(raw, out);
  } catch (const std::exception &e) {
    diags.error({file, 1, 1}, std::string("internal lexer error: ") + e.what());
    return false;
  }
}

} // namespace

ast::Node *parseFile(const SourceManager &sm, uint32_t file, ast::AstContext &ctx,
                     DiagnosticEngine &diags) {
  std::vector<FilteredToken> filtered;
  if (!lexAndFilter(sm, file, diags, filtered))
    return nullptr;
  try {
    std::vector<std::unique_ptr<antlr4::Token>> tokens;
    for (size_t k = 0; k < filtered.size(); ++k) {
      const FilteredToken &f = filtered[k];
      auto t = std::make_unique<antlr4::CommonToken>(f.type, f.text);
      t->setLine(f.line);
      t->setCharPositionInLine(f.col - 1);
      t->setTokenIndex(k);
      tokens.push_back(std::move(t));
    }
    antlr4::ListTokenSource source(std::move(tokens));
    antlr4::CommonTokenStream stream(&source);
    GuardedParser parser(&stream);
    parser.removeErrorListeners();
    parser.setErrorHandler(std::make_shared<FirstErrorStrategy>());
    // SLL first: it is fast, and right whenever it succeeds. Only if it fails is the input
    // parsed again with full-context LL prediction, whose verdict (and error) is final.
    athanor_gen::AthanorParser::FileContext *tree = nullptr;
    for (auto mode : {antlr4::atn::PredictionMode::SLL, antlr4::atn::PredictionMode::LL}) {
      ErrorCollector errors(file);
      parser.reset();
      parser.addErrorListener(&errors);
      parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(mode);
      bool failed = false;
      try {
        tree = parser.file();
        failed = errors.reported() || parser.getNumberOfSyntaxErrors() > 0;
      } catch (const Abort &) {
        failed = true;
      } catch (const DepthExceeded &d) {
        SourceLoc loc{file, 1, 1};
        if (d.at)
          loc = {file, static_cast<uint32_t>(d.at->getLine()),
                 static_cast<uint32_t>(d.at->getCharPositionInLine() + 1)};
        diags.error(loc, "expression nested too deeply (the parser's limit is " +
                             std::to_string(kMaxRuleDepth) + " grammar levels)");
        return nullptr;
      }
      parser.removeErrorListeners();
      if (!failed)
        break;
      if (mode == antlr4::atn::PredictionMode::LL) {
        errors.flush(diags);
        return nullptr;
      }
    }
    ast::Node *root = buildAst(tree, stream, ctx, diags, file);
    if (root)
      if (const ast::Node *deep = tooDeep(root)) {
        diags.error(deep->loc, "expression nested too deeply (the compiler's limit is " +
                                   std::to_string(kMaxAstDepth) + " levels of nested calls, "
                                   "operators and containers)");
        return nullptr;
      }
    return root;
  } catch (const std::exception &e) {
    diags.error({file, 1, 1}, std::string("internal parser error: ") + e.what());
    return nullptr;
  }
}

std::string dumpTokens(const SourceManager &sm, uint32_t file, DiagnosticEngine &diags) {
  std::vector<FilteredToken> filtered;
  if (!lexAndFilter(sm, file, diags, filtered))
    return {};
  antlr4::ANTLRInputStream none("");
  L lexer(&none);
  const antlr4::dfa::Vocabulary &vocab = lexer.getVocabulary();
  std::string out;
  for (const FilteredToken &t : filtered) {
    std::string name = t.type == antlr4::Token::EOF ? "EOF" : vocab.getSymbolicName(t.type);
    std::string text;
    for (char c : t.text) {
      switch (c) {
      case '\n': text += "\\n"; break;
      case '\t': text += "\\t"; break;
      case '\r': text += "\\r"; break;
      case '\\': text += "\\\\"; break;
      case '\'': text += "\\'"; break;
      default: text += c;
      }
    }
    out += std::to_string(t.line) + ":" + std::to_string(t.col) + " " + name + " '" + text +
           "'\n";
  }
  return out;
}

} // namespace athanor::parse
