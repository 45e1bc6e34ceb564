// AstBuilder: parse tree -> quoted-form AST. See AstBuilder.h.
#include "parse/AstBuilder.h"

#include "parse/Literals.h"
#include "parse/SyntaxErrors.h"

#include "AthanorParser.h"

#include <unordered_set>

namespace athanor::parse {

namespace {

using P = athanor_gen::AthanorParser;
using antlr4::Token;
using antlr4::tree::ParseTree;
using ast::Kind;
using ast::Node;

/// Thrown after an error was reported; caught by buildAst.
struct BuildError {};

// ---------------------------------------------------------------------------------------
// Elixir's operator table (elixir_parser.yrl, Code.Identifier.binary_op/1 in 1.14).

enum class Assoc { Left, Right };

struct BinaryInfo {
  int prec;
  Assoc assoc;
};

BinaryInfo binaryInfo(size_t type, const std::string &text) {
  switch (type) {
  case P::IN_MATCH_OP: return {40, Assoc::Left};   // <-  \\.
  case P::WHEN_OP: return {50, Assoc::Right};
  case P::TYPE_OP: return {60, Assoc::Right};      // ::
  case P::PIPE_OP: return {70, Assoc::Right};      // |
  case P::MATCH_OP: return {100, Assoc::Right};    // =
  case P::OR_OP: return {120, Assoc::Left};        // || ||| or
  case P::AND_OP: return {130, Assoc::Left};       // && &&& and
  case P::COMP_OP: return {140, Assoc::Left};      // == != =~ === !==
  case P::REL_OP: return {150, Assoc::Left};       // < > <= >=
  case P::ARROW_OP: return {160, Assoc::Left};     // |> <<< >>> <<~ ~>> <~ ~> <~> <|>
  case P::IN_OP: case P::NOT_IN: return {170, Assoc::Left};
  case P::XOR_OP: return {180, Assoc::Left};       // ^^^
  case P::TERNARY_OP: return {190, Assoc::Right};  // //
  case P::CONCAT_OP: case P::RANGE_OP: return {200, Assoc::Right}; // ++ -- +++ --- <> ..
  case P::DUAL_OP: return {210, Assoc::Left};      // + -
  case P::MULT_OP: return {220, Assoc::Left};      // * /
  case P::POWER_OP: return {230, Assoc::Left};     // **
  default: (void)text; return {0, Assoc::Left};
  }
}

/// Unary operators are non-associative: their operand absorbs binary operators of higher
/// precedence only (`&foo/1` is `&(foo / 1)`, `-a * b` is `(-a) * b`).
int prefixPrec(size_t type) {
  switch (type) {
  case P::CAPTURE_OP: return 90;
  case P::AT_OP: return 320;
  default: return 300; // + - ! ^ not ~~~
  }
}

bool isUnaryNot(const Node *n) {
  return n->kind == Kind::Call && !n->callee && !n->argsNil && n->items.size() == 1 &&
         (n->text == "not" || n->text == "!");
}

class Builder {
public:
  Builder(antlr4::TokenStream &tokens, ast::AstContext &ctx, DiagnosticEngine &diags,
          uint32_t file)
      : tokens_(tokens), ctx_(ctx), diags_(diags), file_(file) {}

  Node *file(P::FileContext *f) {
    std::vector<Node *> exprs;
    SourceLoc loc{file_, 1, 1};
    if (f->exprList()) {
      exprs = exprList(f->exprList());
      loc = locOf(f->exprList()->getStart());
    }
    return block(loc, exprs);
  }

private:
  // -------------------------------------------------------------------------------------
  // Helpers

  SourceLoc locOf(const Token *t) const {
    return {file_, static_cast<uint32_t>(t->getLine()),
            static_cast<uint32_t>(t->getCharPositionInLine() + 1)};
  }

  [[noreturn]] void fail(const Token *t, std::string message) {
    diags_.error(locOf(t), std::move(message));
    throw BuildError{};
  }
  const Token *nextToken(const Token *t) {
    size_t k = t->getTokenIndex() + 1;
    return k < tokens_.size() ? tokens_.get(k) : t;
  }
  const Token *prevToken(const Token *t) {
    size_t k = t->getTokenIndex();
    return k > 0 ? tokens_.get(k - 1) : t;
  }
  [[noreturn]] void syntaxErrorBefore(const Token *t) {
    fail(t, "syntax error before: " + describeToken(t, tokens_));
  }

  Node *atom(SourceLoc loc, std::string name) { return ctx_.atom(loc, std::move(name)); }
  Node *call(SourceLoc loc, std::string name, std::vector<Node *> args) {
    return ctx_.call(loc, std::move(name), std::move(args));
  }
  Node *callOn(SourceLoc loc, Node *callee, std::vector<Node *> args) {
    return ctx_.callExpr(loc, callee, std::move(args));
  }
  /// {:., [], [lhs, :name]}
  Node *dot(SourceLoc loc, Node *lhs, std::string name) {
    return call(loc, ".", {lhs, atom(loc, std::move(name))});
  }
  Node *pair(SourceLoc loc, Node *a, Node *b) { return ctx_.tuple(loc, {a, b}); }
  Node *emptyBlock(SourceLoc loc) { return call(loc, "__block__", {}); }
  /// A non-empty list located at its first element.
  Node *kwList(std::vector<Node *> items) {
    SourceLoc loc = items[0]->loc;
    return ctx_.list(loc, std::move(items));
  }

  /// elixir_parser:build_block/1: one expression is itself, except a lone `not x`, `!x` or
  /// `unquote_splicing(x)`, which stay wrapped.
  Node *block(SourceLoc loc, const std::vector<Node *> &exprs) {
    if (exprs.size() == 1 && !isUnaryNot(exprs[0]) &&
        !(exprs[0]->isCallTo("unquote_splicing") && exprs[0]->items.size() == 1 &&
          !exprs[0]->argsNil))
      return exprs[0];
    return call(exprs.empty() ? loc : exprs[0]->loc, "__block__", exprs);
  }

  std::vector<Node *> exprList(P::ExprListContext *l) {
    std::vector<Node *> out;
    for (auto *e : l->expr())
      out.push_back(expr(e));
    return out;
  }

  // -------------------------------------------------------------------------------------
  // Operators: precedence climbing over the flat sequence, with explicit stacks.

  struct OpEntry {
    const Token *tok;
    bool prefix;
    int prec;
    Assoc assoc;
  };

  struct SeqResult {
    Node *node = nullptr;
    // Set when the root is a `|` of this sequence (for `%{map | ...}`).
    Node *pipeLhs = nullptr;
    Node *pipeRhs = nullptr;
  };

  Node *expr(P::ExprContext *e) { return sequence(e->children).node; }
  Node *matchedExpr(P::MatchedExprContext *e) { return sequence(e->children).node; }

  SeqResult sequence(const std::vector<ParseTree *> &children) {
    std::vector<Node *> out;
    std::vector<OpEntry> ops;
    std::vector<const Token *> pendingAt; // innermost `@`s bind to the primary
    std::vector<OpEntry> pendingPrefix;
    SeqResult result;
    Node *lastPipeLhs = nullptr, *lastPipeRhs = nullptr, *lastPipeNode = nullptr;

    auto reduceOne = [&]() {
      OpEntry op = ops.back();
      ops.pop_back();
      if (op.prefix) {
        Node *arg = out.back();
        out.back() = unary(op.tok, arg);
      } else {
        Node *rhs = out.back();
        out.pop_back();
        Node *lhs = out.back();
        Node *n = binary(op.tok, lhs, rhs);
        if (op.tok->getType() == P::PIPE_OP) {
          lastPipeLhs = lhs;
          lastPipeRhs = rhs;
          lastPipeNode = n;
        }
        out.back() = n;
      }
    };

    for (ParseTree *child : children) {
      if (auto *p = dynamic_cast<P::PrefixOpContext *>(child)) {
        const Token *t = p->getStart();
        pendingPrefix.push_back({t, true, prefixPrec(t->getType()), Assoc::Left});
        continue;
      }
      if (auto *b = dynamic_cast<P::BinOpContext *>(child)) {
        const Token *t = b->getStart();
        BinaryInfo info = binaryInfo(t->getType(), t->getText());
        while (!ops.empty()) {
          const OpEntry &top = ops.back();
          bool reduce = top.prefix ? info.prec <= top.prec
                                   : (top.prec > info.prec ||
                                      (top.prec == info.prec && info.assoc == Assoc::Left));
          if (!reduce)
            break;
          reduceOne();
        }
        ops.push_back({t, false, info.prec, info.assoc});
        continue;
      }
      if (auto *wk = dynamic_cast<P::WhenKwContext *>(child)) {
        // `lhs when k: v, ...`: the keyword list is the right operand of `when`, and the
        // whole is a call-like expression that cannot sit among other arguments.
        const Token *t = wk->WHEN_OP()->getSymbol();
        BinaryInfo info = binaryInfo(t->getType(), t->getText());
        while (!ops.empty() && (ops.back().prefix ? info.prec <= ops.back().prec
                                                  : ops.back().prec > info.prec))
          reduceOne();
        ops.push_back({t, false, info.prec, info.assoc});
        std::vector<Node *> kw;
        auto keys = wk->kwKey();
        auto values = wk->matchedExpr();
        for (size_t k = 0; k < keys.size(); ++k)
          kw.push_back(pair(locOf(keys[k]->getStart()), kwKey(keys[k]), matchedExpr(values[k])));
        Node *list = kwList(std::move(kw));
        manyNoParens_.insert(list);
        out.push_back(list);
        continue;
      }
      // An operand: the prefix operators right before it that are `@` bind to its primary.
      pendingAt.clear();
      while (!pendingPrefix.empty() && pendingPrefix.back().tok->getType() == P::AT_OP) {
        pendingAt.insert(pendingAt.begin(), pendingPrefix.back().tok);
        pendingPrefix.pop_back();
      }
      for (const OpEntry &p : pendingPrefix)
        ops.push_back(p);
      pendingPrefix.clear();
      if (auto *o = dynamic_cast<P::OperandContext *>(child))
        out.push_back(operand(o->primary(), o->suffix(), o->noParensArgs(), o->doBlock(),
                              pendingAt));
      else if (auto *m = dynamic_cast<P::MatchedOperandContext *>(child))
        out.push_back(operand(m->primary(), m->suffix(), m->noParensArgs(), nullptr, pendingAt));
    }
    while (!ops.empty())
      reduceOne();
    result.node = out.back();
    if (lastPipeNode && lastPipeNode == result.node) {
      result.pipeLhs = lastPipeLhs;
      result.pipeRhs = lastPipeRhs;
    }
    return result;
  }

  Node *unary(const Token *op, Node *arg) {
    SourceLoc loc = locOf(op);
    Node *n;
    if (op->getText() == "//") // elixir_parser's unary `//`: `&//2` captures `/`
      n = call(loc, "/", {ctx_.var(loc, "/"), arg});
    else
      n = call(loc, op->getText(), {arg});
    if (manyNoParens_.count(arg))
      manyNoParens_.insert(n);
    return n;
  }

  /// elixir_parser:build_op/3.
  Node *binary(const Token *op, Node *lhs, Node *rhs) {
    SourceLoc loc = lhs->loc;
    Node *n;
    size_t type = op->getType();
    if (type == P::TERNARY_OP) {
      if (!(lhs->isCallTo("..") && lhs->items.size() == 2))
        fail(op, "the range step operator (//) must immediately follow the range definition "
                 "operator (..), for example: 1..9//2. If you wanted to define a default "
                 "argument, use (\\\\) instead. Syntax error before: '//'");
      n = call(loc, "..//", {lhs->items[0], lhs->items[1], rhs});
    } else if (type == P::IN_OP && isUnaryNot(lhs)) {
      // `not a in b` (deprecated) means `not(a in b)`.
      n = call(loc, lhs->text, {call(loc, "in", {lhs->items[0], rhs})});
    } else if (type == P::NOT_IN) {
      n = call(loc, "not", {call(loc, "in", {lhs, rhs})});
    } else {
      n = call(loc, op->getText(), {lhs, rhs});
    }
    if (manyNoParens_.count(rhs))
      manyNoParens_.insert(n);
    return n;
  }

  // -------------------------------------------------------------------------------------
  // Operands: a primary, its suffixes, and the no-parens arguments / do-block of the last
  // identifier.

  enum class Tail { None, Ident, Parens };

  Node *operand(P::PrimaryContext *prim, const std::vector<P::SuffixContext *> &suffixes,
                P::NoParensArgsContext *npArgs, P::DoBlockContext *doBlk,
                const std::vector<const Token *> &atOps) {
    // Where may arguments without parentheses and a do-block go?
    Tail tail = Tail::None;
    if (suffixes.empty()) {
      if (auto *ip = dynamic_cast<P::IdentPrimaryContext *>(prim))
        tail = ip->getStart()->getType() == P::BRACKET_IDENT ? Tail::None : Tail::Ident;
      else if (dynamic_cast<P::ParenCallPrimaryContext *>(prim))
        tail = Tail::Parens;
    } else {
      P::SuffixContext *last = suffixes.back();
      if (auto *ds = dynamic_cast<P::DotIdentSuffixContext *>(last))
        tail = ds->getStop()->getType() == P::BRACKET_IDENT ? Tail::None : Tail::Ident;
      else if (dynamic_cast<P::DotCallSuffixContext *>(last) ||
               dynamic_cast<P::DotAnonCallSuffixContext *>(last))
        tail = Tail::Parens;
    }
    if (npArgs && tail != Tail::Ident)
      syntaxErrorBefore(npArgs->getStart());
    if (npArgs)
      checkSpacedParens(npArgs);
    if (doBlk && tail == Tail::None)
      syntaxErrorBefore(doBlk->getStart());

    bool hasArgs = npArgs != nullptr;
    std::vector<Node *> args;
    bool many = false;
    if (npArgs)
      args = noParensArgs(npArgs, many);
    Node *doKw = doBlk ? doBlock(doBlk) : nullptr;

    Node *n;
    if (suffixes.empty()) {
      n = primary(prim, hasArgs, std::move(args), doKw);
      for (size_t k = atOps.size(); k-- > 0;)
        n = unary(atOps[k], n);
    } else {
      n = primary(prim, false, {}, nullptr);
      for (size_t k = atOps.size(); k-- > 0;)
        n = unary(atOps[k], n);
      for (size_t k = 0; k < suffixes.size(); ++k) {
        bool isLast = k + 1 == suffixes.size();
        std::vector<Node *> tailArgs;
        if (isLast)
          tailArgs = std::move(args);
        n = suffix(suffixes[k], n, isLast && hasArgs, std::move(tailArgs), isLast ? doKw : nullptr);
      }
    }
    if (many)
      manyNoParens_.insert(n);
    return n;
  }

  /// `f (a, b)` and `f (a: 1)`: Elixir's call_args_no_parens_many_strict error.
  void checkSpacedParens(P::NoParensArgsContext *np) {
    auto args = np->noParensArg();
    if (args.size() != 1 || args[0]->kwKey())
      return;
    auto &children = args[0]->matchedExpr()->children;
    if (children.size() != 1)
      return;
    auto *op = dynamic_cast<P::MatchedOperandContext *>(children[0]);
    if (!op || !op->suffix().empty() || op->noParensArgs())
      return;
    auto *paren = dynamic_cast<P::ParenPrimaryContext *>(op->primary());
    if (!paren || !paren->stab() || paren->stab()->stabItem().size() != 1)
      return;
    auto *plain = dynamic_cast<P::StabPlainContext *>(paren->stab()->stabItem(0));
    if (!plain || plain->STAB_OP())
      return;
    P::ContainerArgsContext *ca = plain->containerArgs();
    if (ca->containerArg().size() > 1 || ca->containerArg(0)->kwKey())
      fail(paren->getStart(), "unexpected parentheses. If you are making a function call, do "
                              "not insert spaces between the function name and the opening "
                              "parentheses. Syntax error before: '('");
  }

  /// An identifier call: a variable, `f a, b`, `f do ... end`.
  Node *identCall(const Token *t, bool hasArgs, std::vector<Node *> args, Node *doKw) {
    SourceLoc loc = locOf(t);
    if (doKw)
      args.push_back(doKw);
    if (!hasArgs && !doKw)
      return ctx_.var(loc, t->getText());
    return call(loc, t->getText(), std::move(args));
  }

  Node *primary(P::PrimaryContext *p, bool hasArgs, std::vector<Node *> args, Node *doKw) {
    const Token *start = p->getStart();
    SourceLoc loc = locOf(start);
    if (dynamic_cast<P::IdentPrimaryContext *>(p))
      return identCall(start, hasArgs, std::move(args), doKw);
    if (auto *pc = dynamic_cast<P::ParenCallPrimaryContext *>(p)) {
      auto parens = pc->callParens();
      std::vector<Node *> first = callParens(parens[0]);
      if (parens.size() == 1) {
        if (doKw)
          first.push_back(doKw);
        return call(loc, start->getText(), std::move(first));
      }
      Node *inner = call(loc, start->getText(), std::move(first));
      std::vector<Node *> second = callParens(parens[1]);
      if (doKw)
        second.push_back(doKw);
      return callOn(loc, inner, std::move(second));
    }
    if (dynamic_cast<P::AliasPrimaryContext *>(p))
      return call(loc, "__aliases__", {atom(loc, start->getText())});
    if (dynamic_cast<P::IntPrimaryContext *>(p))
      return integer(start);
    if (dynamic_cast<P::FloatPrimaryContext *>(p)) {
      Node *n = ctx_.make(Kind::Float, loc);
      floatLiteralValue(start->getText(), n->fval);
      return n;
    }
    if (dynamic_cast<P::CharPrimaryContext *>(p))
      return ctx_.integer(loc, charLiteralValue(start->getText()));
    if (auto *ci = dynamic_cast<P::CaptureIntPrimaryContext *>(p))
      return call(loc, "&", {integer(ci->INTEGER()->getSymbol())});
    if (dynamic_cast<P::AtomPrimaryContext *>(p))
      return atom(loc, start->getText());
    if (dynamic_cast<P::LiteralPrimaryContext *>(p))
      return atom(loc, start->getText());
    if (auto *s = dynamic_cast<P::StrPrimaryContext *>(p))
      return strLit(s->strLit());
    if (auto *l = dynamic_cast<P::ListPrimaryContext *>(p))
      return list(l->list());
    if (auto *t = dynamic_cast<P::TuplePrimaryContext *>(p))
      return tuple(t->tuple());
    if (auto *m = dynamic_cast<P::MapPrimaryContext *>(p))
      return map(m->map());
    if (auto *b = dynamic_cast<P::BitsPrimaryContext *>(p))
      return bitstring(b->bitstring());
    if (auto *f = dynamic_cast<P::FnPrimaryContext *>(p))
      return fn(f);
    if (auto *pp = dynamic_cast<P::ParenPrimaryContext *>(p))
      return parenStab(pp);
    if (dynamic_cast<P::NullaryRangePrimaryContext *>(p))
      return call(loc, "..", {});
    syntaxErrorBefore(start);
  }

  Node *integer(const Token *t) {
    SourceLoc loc = locOf(t);
    IntegerValue v = integerLiteralValue(t->getText());
    if (!v.big)
      return ctx_.integer(loc, v.value);
    Node *n = ctx_.make(Kind::Integer, loc);
    n->isBig = true;
    n->text = v.decimal;
    return n;
  }

  Node *suffix(P::SuffixContext *s, Node *base, bool hasArgs, std::vector<Node *> args,
               Node *doKw) {
    const Token *start = s->getStart();
    SourceLoc loc = base->loc;
    if (auto *di = dynamic_cast<P::DotIdentSuffixContext *>(s)) {
      std::string name = di->getStop()->getText();
      Node *callee = dot(loc, base, name);
      if (doKw)
        args.push_back(doKw);
      Node *n = callOn(loc, callee, std::move(args));
      // `a.b` without arguments: Elixir's `no_parens: true` meta (field access or call).
      n->noParens = !hasArgs && !doKw;
      return n;
    }
    if (auto *dc = dynamic_cast<P::DotCallSuffixContext *>(s)) {
      auto parens = dc->callParens();
      Node *callee = dot(loc, base, dc->PAREN_IDENT()->getText());
      std::vector<Node *> first = callParens(parens[0]);
      if (parens.size() == 1) {
        if (doKw)
          first.push_back(doKw);
        return callOn(loc, callee, std::move(first));
      }
      Node *inner = callOn(loc, callee, std::move(first));
      std::vector<Node *> second = callParens(parens[1]);
      if (doKw)
        second.push_back(doKw);
      return callOn(loc, inner, std::move(second));
    }
    if (auto *da = dynamic_cast<P::DotAliasSuffixContext *>(s)) {
      std::string name = da->ALIAS()->getText();
      if (base->isCallTo("__aliases__")) {
        std::vector<Node *> segs = base->items;
        segs.push_back(atom(locOf(da->ALIAS()->getSymbol()), name));
        return call(loc, "__aliases__", std::move(segs));
      }
      if (base->kind == Kind::Atom)
        fail(start, "atom cannot be followed by an alias. If the '.' was meant to be part of "
                    "the atom's name, the atom name must be quoted. Syntax error before: '.'");
      return call(loc, "__aliases__", {base, atom(locOf(da->ALIAS()->getSymbol()), name)});
    }
    if (auto *dn = dynamic_cast<P::DotAnonCallSuffixContext *>(s)) {
      auto parens = dn->callParens();
      Node *callee = call(loc, ".", {base});
      std::vector<Node *> first = callParens(parens[0]);
      if (parens.size() == 1) {
        if (doKw)
          first.push_back(doKw);
        return callOn(loc, callee, std::move(first));
      }
      Node *inner = callOn(loc, callee, std::move(first));
      std::vector<Node *> second = callParens(parens[1]);
      if (doKw)
        second.push_back(doKw);
      return callOn(loc, inner, std::move(second));
    }
    if (auto *dt = dynamic_cast<P::DotTupleSuffixContext *>(s)) {
      std::vector<Node *> items;
      if (dt->containerArgs())
        items = containerItems(dt->containerArgs(), Container::Tuple);
      return callOn(loc, dot(loc, base, "{}"), std::move(items));
    }
    if (auto *ac = dynamic_cast<P::AccessSuffixContext *>(s)) {
      std::vector<Node *> items = containerItems(ac->containerArgs(), Container::Access);
      SourceLoc bl = locOf(start);
      return callOn(loc, dot(bl, atom(bl, "Elixir.Access"), "get"), {base, items[0]});
    }
    syntaxErrorBefore(start);
  }

  // -------------------------------------------------------------------------------------
  // Arguments

  /// `f a, b, k: v`: positional arguments, then the keyword pairs as one list.
  std::vector<Node *> noParensArgs(P::NoParensArgsContext *np, bool &many) {
    std::vector<Node *> args;
    std::vector<Node *> kw;
    auto items = np->noParensArg();
    for (size_t k = 0; k < items.size(); ++k) {
      P::NoParensArgContext *a = items[k];
      Node *value = matchedExpr(a->matchedExpr());
      if (a->kwKey()) {
        kw.push_back(pair(locOf(a->getStart()), kwKey(a->kwKey()), value));
        continue;
      }
      if (!kw.empty())
        fail(prevToken(a->getStart()), kKeywordCallFollowUp);
      if (items.size() > 1 && manyNoParens_.count(value))
        fail(a->getStart(), kNoParensManyStrict);
      args.push_back(value);
    }
    if (!kw.empty())
      args.push_back(kwList(std::move(kw)));
    // `f a, b` (and `f g a, b`, which is `f(g(a, b))`) cannot be an argument of a call
    // with other arguments, nor an element of a container.
    many = args.size() > 1 || (args.size() == 1 && manyNoParens_.count(args[0]));
    return args;
  }

  static constexpr const char *kNoParensManyStrict =
      "unexpected comma. Parentheses are required to solve ambiguity in nested calls.\n\nThis "
      "error happens when you have nested function calls without parentheses. For "
      "example:\n\n    one a, two b, c, d\n\nIn the example above, we don't know if the "
      "parameters \"c\" and \"d\" apply to the function \"one\" or \"two\". You can solve "
      "this by explicitly adding parentheses:\n\n    one a, two(b, c, d)\n\nOr by adding "
      "commas (in case a nested call is not intended):\n\n    one, a, two, b, c, d\n\nElixir "
      "cannot compile otherwise. Syntax error before: ','";
  static constexpr const char *kNoParensContainer =
      "unexpected comma. Parentheses are required to solve ambiguity inside containers.\n\n"
      "This error may happen when you forget a comma in a list or other container:\n\n    "
      "[a, b c, d]\n\nOr when you have ambiguous calls:\n\n    [one, two three, four, "
      "five]\n\nIn the example above, we don't know if the parameters \"four\" and \"five\" "
      "belongs to the list or the function \"two\". You can solve this by explicitly adding "
      "parentheses:\n\n    [one, two(three, four), five]\n\nElixir cannot compile otherwise. "
      "Syntax error before: ','";
  static constexpr const char *kKeywordCallFollowUp =
      "unexpected expression after keyword list. Keyword lists must always come as the last "
      "argument. Therefore, this is not allowed:\n\n    function_call(1, some: :option, "
      "2)\n\nInstead, wrap the keyword in brackets:\n\n    function_call(1, [some: :option], "
      "2)\n\nSyntax error after: ','";
  static constexpr const char *kKeywordDataFollowUp =
      "unexpected expression after keyword list. Keyword lists must always come last in lists "
      "and maps. Therefore, this is not allowed:\n\n    [some: :value, :another]\n    "
      "%{some: :value, another => value}\n\nInstead, reorder it to be the last entry:\n\n    "
      "[:another, some: :value]\n    %{another => value, some: :value}\n\nSyntax error "
      "after: ','";

  enum class Container { Call, List, Tuple, Bits, Access, StabHead };

  /// Comma-separated expressions and `key: value` pairs. Keyword pairs must come last: in a
  /// list they are elements (`[1, a: 2]` is `[1, {:a, 2}]`), elsewhere they form one
  /// trailing keyword-list element (`f(1, a: 2)`, `{1, a: 2}`).
  std::vector<Node *> containerItems(P::ContainerArgsContext *ca, Container kind,
                                     const Token *after = nullptr) {
    std::vector<Node *> items;
    std::vector<Node *> kw;
    auto args = ca->containerArg();
    bool trailingComma = ca->COMMA().size() == args.size();
    bool data = kind == Container::List || kind == Container::Tuple ||
                kind == Container::Bits || kind == Container::Access;
    for (size_t k = 0; k < args.size(); ++k) {
      P::ContainerArgContext *a = args[k];
      Node *value = expr(a->expr());
      if (manyNoParens_.count(value)) {
        if (data)
          fail(a->getStart(), kNoParensContainer);
        if (args.size() > 1 || a->kwKey())
          fail(a->getStart(), kNoParensManyStrict);
      }
      if (a->kwKey()) {
        kw.push_back(pair(locOf(a->getStart()), kwKey(a->kwKey()), value));
        continue;
      }
      if (!kw.empty())
        fail(prevToken(a->getStart()), data ? kKeywordDataFollowUp : kKeywordCallFollowUp);
      items.push_back(value);
    }
    if (trailingComma && kw.empty() && (kind == Container::Call || kind == Container::StabHead))
      syntaxErrorBefore(after ? after : ca->getStop());
    if (!kw.empty()) {
      if (kind == Container::List) {
        items.insert(items.end(), kw.begin(), kw.end());
      } else {
        // Elixir 1.14's grammar has no keyword-only tuples or bitstrings.
        if (items.empty() && (kind == Container::Tuple || kind == Container::Bits))
          syntaxErrorBefore(ca->getStart());
        items.push_back(kwList(std::move(kw)));
      }
    }
    if (kind == Container::Access && items.size() != 1)
      syntaxErrorBefore(args.size() > 1 ? args[1]->getStart() : ca->getStart());
    return items;
  }

  std::vector<Node *> callParens(P::CallParensContext *cp) {
    if (!cp->containerArgs())
      return {};
    return containerItems(cp->containerArgs(), Container::Call, cp->RPAREN()->getSymbol());
  }

  /// A keyword key: `name:` or a quoted `"name":` (interpolation makes it a
  /// `:erlang.binary_to_atom/2` call).
  Node *kwKey(P::KwKeyContext *k) {
    const Token *start = k->getStart();
    if (k->KW_IDENTIFIER())
      return atom(locOf(start), start->getText());
    return quotedAtom(start, k->strPart());
  }

  // -------------------------------------------------------------------------------------
  // Containers

  Node *list(P::ListContext *l) {
    SourceLoc loc = locOf(l->getStart());
    std::vector<Node *> items;
    if (l->containerArgs())
      items = containerItems(l->containerArgs(), Container::List);
    return ctx_.list(loc, std::move(items));
  }

  Node *tuple(P::TupleContext *t) {
    SourceLoc loc = locOf(t->getStart());
    std::vector<Node *> items;
    if (t->containerArgs())
      items = containerItems(t->containerArgs(), Container::Tuple);
    return ctx_.tuple(loc, std::move(items));
  }

  Node *bitstring(P::BitstringContext *b) {
    SourceLoc loc = locOf(b->getStart());
    std::vector<Node *> items;
    if (b->containerArgs())
      items = containerItems(b->containerArgs(), Container::Bits);
    return call(loc, "<<>>", std::move(items));
  }

  Node *map(P::MapContext *m) {
    SourceLoc loc = locOf(m->getStart());
    if (auto *pm = dynamic_cast<P::PlainMapContext *>(m))
      return call(loc, "%{}", mapBody(pm->mapBody(), pm->getStop()));
    auto *sm = dynamic_cast<P::StructMapContext *>(m);
    // The struct name: a primary with its suffixes and prefix operators (`%@mod{}`).
    std::vector<const Token *> at;
    Node *base = operand(sm->primary(), sm->suffix(), nullptr, nullptr, at);
    auto prefixes = sm->prefixOp();
    for (size_t k = prefixes.size(); k-- > 0;)
      base = unary(prefixes[k]->getStart(), base);
    SourceLoc mapLoc = locOf(sm->LBRACE()->getSymbol());
    return call(loc, "%", {base, call(mapLoc, "%{}", mapBody(sm->mapBody(), sm->getStop()))});
  }

  std::vector<Node *> mapBody(P::MapBodyContext *body, const Token *close) {
    if (!body)
      return {};
    if (auto *up = dynamic_cast<P::MapUpdateKwContext *>(body)) {
      Node *base = expr(up->expr());
      P::KwEntriesContext *ke = up->kwEntries();
      std::vector<Node *> kw;
      auto keys = ke->kwKey();
      auto values = ke->expr();
      for (size_t k = 0; k < keys.size(); ++k)
        kw.push_back(pair(locOf(keys[k]->getStart()), kwKey(keys[k]), expr(values[k])));
      return {call(base->loc, "|", {base, kwList(std::move(kw))})};
    }
    auto *me = dynamic_cast<P::MapEntriesContext *>(body);
    auto entries = me->mapEntry();
    std::vector<Node *> items;
    Node *updateBase = nullptr;
    bool sawKw = false;
    for (size_t k = 0; k < entries.size(); ++k) {
      P::MapEntryContext *e = entries[k];
      if (e->kwKey()) {
        items.push_back(pair(locOf(e->getStart()), kwKey(e->kwKey()), expr(e->expr(0))));
        sawKw = true;
        continue;
      }
      if (sawKw)
        fail(prevToken(e->getStart()), kKeywordDataFollowUp);
      const auto &children = e->expr(0)->children;
      SeqResult key = sequence(children);
      bool assoc = e->ASSOC_OP() != nullptr;
      if (k == 0 && key.pipeLhs) {
        // `%{map | k => v, ...}`: the update's first entry is the right side of `|`; without
        // `=>` it must be a name or call (elixir_parser's map_expr), as later bare entries.
        updateBase = key.pipeLhs;
        if (!assoc) {
          size_t firstPipe = 0;
          while (!isPipe(children[firstPipe]))
            ++firstPipe;
          if (!mapBaseShape(children, firstPipe + 1))
            syntaxErrorBefore(k + 1 < entries.size() ? prevToken(entries[k + 1]->getStart())
                                                     : close);
        }
        items.push_back(assoc ? pair(key.pipeRhs->loc, key.pipeRhs, expr(e->expr(1)))
                              : key.pipeRhs);
        continue;
      }
      if (!assoc) {
        if (!mapBaseShape(children, 0))
          syntaxErrorBefore(k + 1 < entries.size() ? prevToken(entries[k + 1]->getStart())
                                                   : close);
        items.push_back(key.node);
        continue;
      }
      items.push_back(pair(key.node->loc, key.node, expr(e->expr(1))));
    }
    if (updateBase)
      return {call(updateBase->loc, "|", {updateBase, ctx_.list(updateBase->loc, items)})};
    return items;
  }

  static bool isPipe(ParseTree *t) {
    auto *b = dynamic_cast<P::BinOpContext *>(t);
    return b && b->getStart()->getType() == P::PIPE_OP;
  }

  /// A bare map entry (`%{m | name}`, `%{a b}`: elixir_parser's map_base_expr) is a name or a
  /// call: one operand without operators, an identifier or call with only `.name` /
  /// `.name(...)` suffixes and at most one argument without parentheses.
  static bool mapBaseShape(const std::vector<ParseTree *> &children, size_t from) {
    if (children.size() != from + 1)
      return false;
    auto *op = dynamic_cast<P::OperandContext *>(children.back());
    if (!op || op->doBlock())
      return false;
    if (P::NoParensArgsContext *np = op->noParensArgs()) {
      // One argument: a single expression or a keyword list.
      auto args = np->noParensArg();
      bool allKw = true;
      for (auto *a : args)
        allKw &= a->kwKey() != nullptr;
      if (!allKw && args.size() != 1)
        return false;
    }
    P::PrimaryContext *p = op->primary();
    bool name = dynamic_cast<P::ParenCallPrimaryContext *>(p) ||
                (dynamic_cast<P::IdentPrimaryContext *>(p) &&
                 p->getStart()->getType() != P::BRACKET_IDENT);
    if (!name)
      return false;
    for (P::SuffixContext *sfx : op->suffix())
      if (!dynamic_cast<P::DotIdentSuffixContext *>(sfx) &&
          !dynamic_cast<P::DotCallSuffixContext *>(sfx))
        return false;
    return true;
  }

  // -------------------------------------------------------------------------------------
  // Blocks and clauses

  /// [do: body, else: body, ...]
  Node *doBlock(P::DoBlockContext *d) {
    SourceLoc loc = locOf(d->getStart());
    std::vector<Node *> kw;
    Node *body = d->stab() ? stab(d->stab()) : emptyBlock(loc);
    kw.push_back(pair(loc, atom(loc, "do"), body));
    for (auto *item : d->blockItem()) {
      SourceLoc il = locOf(item->getStart());
      Node *b = item->stab() ? stab(item->stab()) : emptyBlock(il);
      kw.push_back(pair(il, atom(il, item->BLOCK_KW()->getText()), b));
    }
    return ctx_.list(loc, std::move(kw));
  }

  Node *fn(P::FnPrimaryContext *f) {
    const Token *fnTok = f->getStart();
    if (!f->stab())
      fail(f->getStop(), "syntax error before: end. \"end\" is a reserved word in Elixir and "
                         "therefore its usage is limited. For instance, it can't be used as a "
                         "variable or be defined nor invoked as a regular function");
    Node *clauses = stab(f->stab());
    if (clauses->kind != Kind::List)
      fail(fnTok, "expected anonymous functions to be defined with -> inside: 'fn'");
    return call(locOf(fnTok), "fn", clauses->items);
  }

  Node *parenStab(P::ParenPrimaryContext *pp) {
    SourceLoc loc = locOf(pp->getStart());
    if (!pp->stab())
      return emptyBlock(loc);
    Node *n = stab(pp->stab());
    // Parentheses settle the ambiguity of a call without parentheses that takes several
    // arguments: `[(if b, do: 1, else: 2)]` and `{1, (max 1, 2)}` are fine.
    manyNoParens_.erase(n);
    return n;
  }

  struct StabEntry {
    bool clause = false;
    Node *node = nullptr;        // a plain expression, or the clause body (nullptr if empty)
    std::vector<Node *> args;    // clause head
    const Token *arrow = nullptr;
    SourceLoc loc;
  };

  /// elixir_parser:build_stab/1 and collect_stab/3: either a block of plain expressions or
  /// a list of `->` clauses, each collecting the plain expressions after it.
  Node *stab(P::StabContext *s) {
    std::vector<StabEntry> entries;
    for (auto *item : s->stabItem())
      entries.push_back(stabItem(item));
    bool anyClause = false;
    for (const StabEntry &e : entries)
      anyClause |= e.clause;
    if (!anyClause) {
      std::vector<Node *> exprs;
      for (const StabEntry &e : entries)
        exprs.push_back(e.node);
      return block(entries[0].loc, exprs);
    }
    if (!entries[0].clause) {
      const Token *arrow = nullptr;
      for (const StabEntry &e : entries)
        if (e.clause) {
          arrow = e.arrow;
          break;
        }
      fail(arrow, "unexpected operator ->. If you want to define multiple clauses, the first "
                  "expression must use ->. Syntax error before: '->'");
    }
    std::vector<Node *> clauses;
    for (size_t k = 0; k < entries.size();) {
      StabEntry &head = entries[k];
      std::vector<Node *> body;
      body.push_back(head.node ? head.node : atom(locOf(head.arrow), "nil"));
      size_t j = k + 1;
      while (j < entries.size() && !entries[j].clause)
        body.push_back(entries[j++].node);
      Node *argsList = ctx_.list(head.loc, head.args);
      clauses.push_back(call(head.loc, "->", {argsList, block(body[0]->loc, body)}));
      k = j;
    }
    return kwList(std::move(clauses));
  }

  StabEntry stabItem(P::StabItemContext *item) {
    StabEntry e;
    e.loc = locOf(item->getStart());
    if (auto *na = dynamic_cast<P::StabNoArgsContext *>(item)) {
      e.clause = true;
      e.arrow = na->STAB_OP()->getSymbol();
      e.node = na->expr() ? expr(na->expr()) : nullptr;
      return e;
    }
    if (auto *ep = dynamic_cast<P::StabEmptyParensContext *>(item)) {
      e.clause = true;
      e.arrow = ep->STAB_OP()->getSymbol();
      clauseParts(item, e.arrow, e);
      if (e.args.size() == 1) // the guard
        e.args = {call(e.loc, "when", {e.args[0]})};
      return e;
    }
    if (auto *ps = dynamic_cast<P::StabParensContext *>(item)) {
      e.clause = true;
      e.arrow = ps->STAB_OP()->getSymbol();
      std::vector<Node *> args =
          containerItems(ps->containerArgs(), Container::StabHead, ps->RPAREN()->getSymbol());
      clauseParts(item, e.arrow, e);
      if (!e.args.empty()) { // `(a, b) when guard ->`
        args.push_back(e.args[0]);
        SourceLoc wl = args[0]->loc;
        e.args = {call(wl, "when", std::move(args))};
      } else {
        e.args = std::move(args);
      }
      return e;
    }
    auto *pl = dynamic_cast<P::StabPlainContext *>(item);
    P::ContainerArgsContext *ca = pl->containerArgs();
    if (!pl->STAB_OP()) {
      // A plain expression: exactly one, no keywords, no commas.
      auto args = ca->containerArg();
      if (args.size() > 1 || !ca->COMMA().empty())
        syntaxErrorBefore(nextToken(ca->getStop()));
      if (args[0]->kwKey())
        syntaxErrorBefore(args[0]->getStart());
      e.node = expr(args[0]->expr());
      return e;
    }
    e.clause = true;
    e.arrow = pl->STAB_OP()->getSymbol();
    e.args = containerItems(ca, Container::StabHead, e.arrow);
    // elixir_parser:unwrap_splice/1: `(unquote_splicing(args)) ->` splices the arguments.
    if (e.args.size() == 1 && e.args[0]->isCallTo("__block__") && e.args[0]->items.size() == 1 &&
        e.args[0]->items[0]->isCallTo("unquote_splicing"))
      e.args = {e.args[0]->items[0]};
    // elixir_parser:unwrap_when/1: `a, b when g ->` is one `when` with every argument.
    if (!e.args.empty()) {
      Node *last = e.args.back();
      if (last->isCallTo("when") && last->items.size() == 2 && !last->argsNil) {
        std::vector<Node *> all(e.args.begin(), e.args.end() - 1);
        all.push_back(last->items[0]);
        all.push_back(last->items[1]);
        SourceLoc wl = all[0]->loc;
        e.args = {call(wl, "when", std::move(all))};
      }
    }
    e.node = pl->expr() ? expr(pl->expr()) : nullptr;
    return e;
  }

  /// For `() when g -> body` and `(args) when g -> body`: the guard (before the arrow) goes
  /// to e.args, the body (after it) to e.node.
  void clauseParts(P::StabItemContext *item, const Token *arrow, StabEntry &e) {
    for (ParseTree *c : item->children) {
      auto *x = dynamic_cast<P::ExprContext *>(c);
      if (!x)
        continue;
      if (x->getStart()->getTokenIndex() < arrow->getTokenIndex())
        e.args.push_back(expr(x));
      else
        e.node = expr(x);
    }
  }

  // -------------------------------------------------------------------------------------
  // Strings, charlists, heredocs, quoted atoms, sigils

  struct Part {
    bool interp = false;
    std::string text; // raw (literal parts)
    Node *expr = nullptr;
    const Token *tok = nullptr;
  };

  std::vector<Part> parts(const std::vector<P::StrPartContext *> &ps) {
    std::vector<Part> out;
    for (auto *p : ps) {
      if (p->STR_TEXT()) {
        if (out.empty() || out.back().interp) {
          out.push_back({});
          out.back().tok = p->getStart();
        }
        out.back().text += p->STR_TEXT()->getText();
        continue;
      }
      Part part;
      part.interp = true;
      part.tok = p->getStart();
      SourceLoc loc = locOf(p->getStart());
      part.expr = p->exprList() ? block(loc, exprList(p->exprList())) : emptyBlock(loc);
      out.push_back(part);
    }
    return out;
  }

  /// elixir_tokenizer's heredoc indentation: after every newline of the literal text, drop
  /// up to `indent` spaces or tabs (the closing delimiter's indentation). The first line
  /// counts too: the text is processed as if it started with a newline.
  static void stripHeredoc(std::vector<Part> &ps, size_t indent, const Token *start) {
    if (ps.empty() || ps[0].interp)
      ps.insert(ps.begin(), Part{false, "", nullptr, start});
    ps[0].text = "\n" + ps[0].text;
    for (Part &p : ps) {
      if (p.interp)
        continue;
      std::string out;
      const std::string &s = p.text;
      for (size_t i = 0; i < s.size();) {
        out += s[i];
        if (s[i++] != '\n')
          continue;
        size_t n = indent;
        while (n > 0 && i < s.size() && (s[i] == ' ' || s[i] == '\t')) {
          ++i;
          --n;
        }
      }
      p.text = std::move(out);
    }
    ps[0].text.erase(0, 1);
  }

  /// Raw sigil text: a backslash before the closing delimiter is dropped (`~r/a\/b/` holds
  /// "a/b"); every other escape stays for the sigil to interpret.
  static std::string sigilText(const std::string &raw, const std::string &term) {
    std::string out;
    for (size_t i = 0; i < raw.size();) {
      if (raw[i] == '\\' && i + 1 < raw.size()) {
        if (raw.compare(i + 1, term.size(), term) == 0) {
          out += term;
          i += 1 + term.size();
        } else {
          out += raw.substr(i, 2);
          i += 2;
        }
        continue;
      }
      out += raw[i++];
    }
    return out;
  }

  std::string unescaped(const Part &p) {
    std::string out, err;
    if (!unescape(p.text, out, err))
      fail(p.tok, err + ". Syntax error after: " +
                      (err.rfind("invalid hex", 0) == 0 ? "\\x" : "\\u"));
    return out;
  }

  /// `Kernel.to_string(expr) :: binary`, the interpolation of a binary.
  Node *interpolation(SourceLoc loc, Node *e) {
    Node *toString = callOn(loc, dot(loc, atom(loc, "Elixir.Kernel"), "to_string"), {e});
    return call(loc, "::", {toString, ctx_.var(loc, "binary")});
  }

  /// Literal parts unescaped (or raw for sigils) as strings, interpolations as given by
  /// `wrap`.
  std::vector<Node *> partNodes(const std::vector<Part> &ps, bool escape, bool charlist) {
    std::vector<Node *> out;
    for (const Part &p : ps) {
      if (p.interp) {
        SourceLoc loc = locOf(p.tok);
        out.push_back(charlist ? callOn(loc, dot(loc, atom(loc, "Elixir.Kernel"), "to_string"),
                                        {p.expr})
                               : interpolation(loc, p.expr));
      } else {
        out.push_back(ctx_.string(locOf(p.tok), escape ? unescaped(p) : p.text));
      }
    }
    return out;
  }

  Node *charlist(SourceLoc loc, const Token *tok, const std::string &bytes) {
    std::vector<uint32_t> cps;
    if (!decodeUtf8(bytes, cps))
      fail(tok, "invalid UTF-8 in charlist");
    std::vector<Node *> items;
    for (uint32_t c : cps)
      items.push_back(ctx_.integer(loc, c));
    return ctx_.list(loc, std::move(items));
  }

  Node *quotedAtom(const Token *start, const std::vector<P::StrPartContext *> &sp) {
    SourceLoc loc = locOf(start);
    std::vector<Part> ps = parts(sp);
    if (ps.size() <= 1 && (ps.empty() || !ps[0].interp)) {
      std::string name = ps.empty() ? "" : unescaped(ps[0]);
      std::vector<uint32_t> cps;
      decodeUtf8(name, cps);
      if (cps.size() > 255)
        fail(start, "atom length must be less than system limit: " + name);
      return atom(loc, name);
    }
    Node *bin = call(loc, "<<>>", partNodes(ps, true, false));
    return callOn(loc, dot(loc, atom(loc, "erlang"), "binary_to_atom"), {bin, atom(loc, "utf8")});
  }

  Node *strLit(P::StrLitContext *s) {
    const Token *start = s->getStart();
    const Token *end = s->getStop();
    SourceLoc loc = locOf(start);
    size_t type = start->getType();
    std::vector<Part> ps = parts(s->strPart());

    if (type == P::ATOM_QUOTED_START)
      return quotedAtom(start, s->strPart());

    bool heredoc = type == P::BIN_HEREDOC_START || type == P::LIST_HEREDOC_START;
    if (type == P::SIGIL_START) {
      const std::string &open = start->getText();
      std::string name = std::string("sigil_") + open[1];
      bool sigilHeredoc = open.size() > 4;
      const std::string &close = end->getText();
      size_t modsAt;
      std::string term;
      if (sigilHeredoc) {
        size_t q = close.find_first_not_of(" \t");
        term = close.substr(q, 3);
        modsAt = q + 3;
        stripHeredoc(ps, q, start);
      } else {
        term = close.substr(0, 1);
        modsAt = 1;
      }
      for (Part &p : ps)
        if (!p.interp)
          p.text = sigilText(p.text, term);
      if (ps.empty())
        ps.push_back(Part{false, "", nullptr, start});
      std::vector<Node *> mods;
      for (size_t k = modsAt; k < close.size(); ++k)
        mods.push_back(ctx_.integer(loc, static_cast<unsigned char>(close[k])));
      return call(loc, name, {call(loc, "<<>>", partNodes(ps, false, false)),
                              ctx_.list(loc, std::move(mods))});
    }

    if (heredoc)
      stripHeredoc(ps, end->getText().find_first_not_of(" \t"), start);
    bool isList = type == P::LIST_STRING_START || type == P::LIST_HEREDOC_START;
    bool single = ps.empty() || (ps.size() == 1 && !ps[0].interp);
    if (single) {
      std::string bytes = ps.empty() ? "" : unescaped(ps[0]);
      return isList ? charlist(loc, start, bytes) : ctx_.string(loc, bytes);
    }
    if (isList) {
      std::vector<Node *> items = partNodes(ps, true, true);
      return callOn(loc, dot(loc, atom(loc, "Elixir.List"), "to_charlist"),
                    {ctx_.list(loc, std::move(items))});
    }
    return call(loc, "<<>>", partNodes(ps, true, false));
  }

  antlr4::TokenStream &tokens_;
  ast::AstContext &ctx_;
  DiagnosticEngine &diags_;
  uint32_t file_;
  /// Calls without parentheses that have several arguments (`f a, b`), directly or through
  /// a single argument (`f g a, b`), and operators whose right side is one: Elixir's
  /// no_parens_many / no_parens_ambig, which may not appear among other arguments.
  std::unordered_set<const Node *> manyNoParens_;
};

} // namespace

ast::Node *buildAst(antlr4::tree::ParseTree *fileContext, antlr4::TokenStream &tokens,
                    ast::AstContext &ctx, DiagnosticEngine &diags, uint32_t file) {
  auto *f = dynamic_cast<P::FileContext *>(fileContext);
  if (!f)
    return nullptr;
  Builder b(tokens, ctx, diags, file);
  try {
    return b.file(f);
  } catch (const BuildError &) {
    return nullptr;
  }
}

} // namespace athanor::parse
