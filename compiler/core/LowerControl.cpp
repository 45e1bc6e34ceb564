// Lowering of control flow: case, cond, if/unless, with, for (expanded into Enum.reduce
// over generated fns), receive, try (rescue/catch/else/after; also a function body's
// implicit try), fn and &(...) closures (lambda-lifted, capturing by value), the short-
// circuit operators, `in`, match?/2, and guards.
#include "core/LowerImpl.h"

#include <algorithm>
#include <functional>

namespace athanor::core {

using ast::Kind;
using ast::Node;

void splitStabHead(const Node *clause, std::vector<const Node *> &args, const Node *&guard) {
  args.clear();
  guard = nullptr;
  const Node *head = clause->items[0];
  std::vector<const Node *> items;
  if (head->kind == Kind::List)
    items.assign(head->items.begin(), head->items.end());
  else
    items.push_back(head);
  if (items.size() == 1 && items[0]->isCallTo("when") && items[0]->items.size() >= 2) {
    const Node *w = items[0];
    args.assign(w->items.begin(), w->items.end() - 1);
    guard = w->items.back();
    return;
  }
  args = std::move(items);
}

static bool isStab(const Node *n) { return n->isCallTo("->") && n->items.size() == 2; }

static std::vector<const Node *> stabList(const Node *n) {
  std::vector<const Node *> out;
  if (n && n->kind == Kind::List)
    for (const Node *c : n->items)
      if (isStab(c))
        out.push_back(c);
  return out;
}

Expr *Lowerer::lowerGuard(const Node *g) {
  // `when a when b` means `a or b`
  bool saved = inGuard_;
  inGuard_ = true;
  Expr *e;
  if (g->isCallTo("when") && g->items.size() == 2) {
    Expr *a = lowerGuard(g->items[0]);
    Expr *b = lowerGuard(g->items[1]);
    e = ifE(a, atomE("true", g->loc), b, g->loc);
  } else {
    e = lowerExpr(g);
  }
  inGuard_ = saved;
  return e;
}

CaseClause *Lowerer::lowerClause(const std::vector<const Node *> &pats, const Node *guard,
                                 const Node *body, SourceLoc loc) {
  ScopeGuard scope(*this);
  PatCtx pc;
  std::vector<Pattern *> ps;
  for (const Node *p : pats)
    ps.push_back(lowerPattern(p, pc));
  commitBindings(pc);
  Expr *g = guard ? lowerGuard(guard) : nullptr;
  Expr *b = lowerBody(body);
  return clauseOf(std::move(ps), g, b, loc);
}

std::vector<CaseClause *> Lowerer::lowerStabClauses(const Node *list, size_t arity,
                                                    const char *what) {
  std::vector<CaseClause *> out;
  for (const Node *c : stabList(list)) {
    std::vector<const Node *> args;
    const Node *guard;
    splitStabHead(c, args, guard);
    if (args.size() != arity) {
      diags_.error(c->loc, std::string("expected ") + std::to_string(arity) +
                               " argument(s) in each " + what + " clause");
      continue;
    }
    out.push_back(lowerClause(args, guard, c->items[1], c->loc));
  }
  return out;
}

Expr *Lowerer::lowerCase(const Node *n) {
  const Node *kw = n->items.size() == 2 ? n->items[1] : nullptr;
  const Node *clauses = sema::keywordGet(kw, "do");
  if (!clauses || stabList(clauses).empty()) {
    diags_.error(n->loc, "case expects clauses in a do block");
    return nilE(n->loc);
  }
  Expr *subject = lowerExpr(n->items[0]);
  return caseE({subject}, lowerStabClauses(clauses, 1, "case"), MatchFail::CaseClause, n->loc);
}

Expr *Lowerer::lowerCond(const Node *n) {
  const Node *clauses = n->items.size() == 1 ? sema::keywordGet(n->items[0], "do") : nullptr;
  std::vector<const Node *> list = stabList(clauses);
  if (list.empty()) {
    diags_.error(n->loc, "cond expects clauses in a do block");
    return nilE(n->loc);
  }
  std::function<Expr *(size_t)> from = [&](size_t i) -> Expr * {
    if (i == list.size()) {
      auto *e = ctx_.make<Expr>();
      e->kind = Expr::Kind::MatchFailure;
      e->fail = MatchFail::CondClause;
      e->args = {nilE(n->loc)};
      e->loc = n->loc;
      return e;
    }
    const Node *c = list[i];
    std::vector<const Node *> args;
    const Node *guard;
    splitStabHead(c, args, guard);
    Expr *cond, *body;
    {
      ScopeGuard scope(*this);
      cond = args.size() == 1 ? lowerExpr(args[0]) : nilE(c->loc);
      body = lowerBody(c->items[1]);
    }
    if (args.size() != 1)
      diags_.error(c->loc, "cond clauses take exactly one condition");
    if (isConst(cond) && cond->constant->kind == Const::Kind::Atom &&
        out_->atoms[cond->constant->atom] != "false" && out_->atoms[cond->constant->atom] != "nil")
      return body; // `true -> ...`: the rest is unreachable
    return ifE(cond, body, from(i + 1), c->loc);
  };
  return from(0);
}

Expr *Lowerer::lowerIf(const Node *n, bool negate) {
  if (n->items.size() != 2) {
    diags_.error(n->loc, std::string(negate ? "unless" : "if") +
                             " expects a condition and a do block");
    return nilE(n->loc);
  }
  Expr *cond = lowerExpr(n->items[0]);
  const Node *kw = n->items[1];
  {
    std::vector<std::pair<std::string, const Node *>> pairs;
    bool valid = kw->kind == Kind::List && sema::keywordPairs(kw, pairs) && !pairs.empty() &&
                 pairs.size() <= 2 && pairs[0].first == "do" &&
                 (pairs.size() == 1 || pairs[1].first == "else");
    if (!valid) {
      diags_.error(n->loc, std::string("invalid or duplicate keys for ") +
                               (negate ? "unless" : "if") +
                               ", only \"do\" and an optional \"else\" are permitted");
      return nilE(n->loc);
    }
  }
  const Node *thenNode = sema::keywordGet(kw, "do");
  const Node *elseNode = sema::keywordGet(kw, "else");
  Expr *thenE, *elseE;
  {
    ScopeGuard scope(*this);
    thenE = thenNode ? lowerBody(thenNode) : nilE(n->loc);
  }
  {
    ScopeGuard scope(*this);
    elseE = elseNode ? lowerBody(elseNode) : nilE(n->loc);
  }
  return negate ? ifE(cond, elseE, thenE, n->loc) : ifE(cond, thenE, elseE, n->loc);
}

Expr *Lowerer::lowerWith(const Node *n) {
  if (n->items.empty() || n->items.back()->kind != Kind::List) {
    diags_.error(n->loc, "with expects clauses and a do block");
    return nilE(n->loc);
  }
  const Node *kw = n->items.back();
  const Node *body = sema::keywordGet(kw, "do");
  const Node *elseNode = sema::keywordGet(kw, "else");
  std::vector<const Node *> clauses(n->items.begin(), n->items.end() - 1);
  ScopeGuard outer(*this);
  auto elseOf = [&](Expr *value) -> Expr * {
    if (!elseNode)
      return value;
    ScopeGuard scope(*this);
    return caseE({value}, lowerStabClauses(elseNode, 1, "with else"), MatchFail::WithClause,
                 n->loc);
  };
  std::function<Expr *(size_t)> from = [&](size_t i) -> Expr * {
    if (i == clauses.size())
      return lowerBody(body);
    const Node *c = clauses[i];
    if (c->isCallTo("<-") && c->items.size() == 2) {
      const Node *pat = c->items[0];
      const Node *guard = nullptr;
      if (pat->isCallTo("when") && pat->items.size() == 2) {
        guard = pat->items[1];
        pat = pat->items[0];
      }
      Expr *value = lowerExpr(c->items[1]);
      auto [bind, v] = bindTemp(value, c->loc);
      CaseClause *ok;
      {
        ScopeGuard scope(*this);
        PatCtx pc;
        Pattern *p = lowerPattern(pat, pc);
        commitBindings(pc);
        Expr *g = guard ? lowerGuard(guard) : nullptr;
        ok = clauseOf({p}, g, from(i + 1), c->loc);
      }
      CaseClause *bad = clauseOf({pWild(c->loc)}, nullptr, elseOf(varE(v, c->loc)), c->loc);
      return seqE({bind, caseE({varE(v, c->loc)}, {ok, bad}, MatchFail::Unreachable, c->loc)},
                  c->loc);
    }
    // A bare expression (often `x = ...`): evaluated in sequence, its bindings visible on.
    Expr *e = lowerExpr(c);
    return seqE({e, from(i + 1)}, c->loc);
  };
  return from(0);
}

// ---- for ---------------------------------------------------------------------------

namespace {

/// Small AST builders for the expansions written as Elixir code.
struct AstBuild {
  ast::AstContext &ctx;
  SourceLoc loc;
  Node *var(const std::string &name) { return ctx.var(loc, name); }
  Node *atom(const std::string &name) { return ctx.atom(loc, name); }
  Node *call(const std::string &name, std::vector<Node *> args) {
    return ctx.call(loc, name, std::move(args));
  }
  Node *remote(const std::string &module, const std::string &fun, std::vector<Node *> args) {
    Node *dot = ctx.call(loc, ".", {ctx.atom(loc, module), ctx.atom(loc, fun)});
    return ctx.callExpr(loc, dot, std::move(args));
  }
  Node *cons(Node *head, Node *tail) { return ctx.list(loc, {call("|", {head, tail})}); }
  Node *stab(std::vector<Node *> args, Node *body) {
    return call("->", {ctx.list(loc, std::move(args)), body});
  }
  Node *fn(std::vector<Node *> clauses) { return call("fn", std::move(clauses)); }
  Node *kw(const std::string &key, Node *value) {
    return ctx.list(loc, {ctx.tuple(loc, {atom(key), value})});
  }
  Node *ifElse(Node *cond, Node *then, Node *otherwise) {
    Node *k = ctx.list(loc, {ctx.tuple(loc, {atom("do"), then}),
                             ctx.tuple(loc, {atom("else"), otherwise})});
    return call("if", {cond, k});
  }
};

} // namespace

Expr *Lowerer::lowerFor(const Node *n) {
  std::vector<const Node *> parts;
  const Node *body = nullptr, *into = nullptr, *reduce = nullptr, *uniq = nullptr;
  for (const Node *a : n->items) {
    std::vector<std::pair<std::string, const Node *>> pairs;
    if (a->kind == Kind::List && sema::keywordPairs(a, pairs) && !pairs.empty()) {
      for (auto &[k, v] : pairs) {
        if (k == "do")
          body = v;
        else if (k == "into")
          into = v;
        else if (k == "reduce")
          reduce = v;
        else if (k == "uniq")
          uniq = v;
        else
          diags_.error(v->loc, "unsupported option " + k + ": in for");
      }
    } else {
      parts.push_back(a);
    }
  }
  if (!body) {
    diags_.error(n->loc, "for expects a do block");
    return nilE(n->loc);
  }
  AstBuild b{astCtx_, n->loc};
  uint32_t id = newVar(); // a unique suffix for the generated names
  std::string accName = "for acc " + std::to_string(id);
  // The innermost expression, with the accumulator named acc at depth `depth`.
  auto inner = [&](Node *acc) -> Node * {
    if (reduce) {
      // body is a list of `acc -> expr` clauses applied to the accumulator
      Node *k = b.kw("do", const_cast<Node *>(body));
      return b.call("case", {acc, k});
    }
    return b.cons(const_cast<Node *>(body), acc);
  };
  // Build from the last generator outward.
  std::function<Node *(size_t, Node *)> build = [&](size_t i, Node *acc) -> Node * {
    if (i == parts.size())
      return inner(acc);
    const Node *p = parts[i];
    if (p->isCallTo("<-") && p->items.size() == 2) {
      std::string next = accName + "." + std::to_string(i);
      Node *nextAcc = b.var(next);
      Node *pat = const_cast<Node *>(p->items[0]);
      Node *bodyExpr = build(i + 1, nextAcc);
      // `pat when guard <- enum`: the guard goes on the fn clause, `(pat, acc when guard)`.
      Node *clause1;
      if (pat->isCallTo("when") && pat->items.size() == 2)
        clause1 = b.stab({b.call("when", {pat->items[0], nextAcc, pat->items[1]})}, bodyExpr);
      else
        clause1 = b.stab({pat, nextAcc}, bodyExpr);
      Node *clause2 = b.stab({b.var("_"), b.var(next)}, b.var(next));
      Node *fun = b.fn({clause1, clause2});
      return b.remote("Elixir.Enum", "reduce", {const_cast<Node *>(p->items[1]), acc, fun});
    }
    if (p->isCallTo("<<>>") && !p->items.empty() && p->items.back()->isCallTo("<-") &&
        p->items.back()->items.size() == 2) {
      // for <<seg <- bin>>: a loop over the binary, matching <<seg, rest::bits>> each step
      // and stopping when that no longer matches:
      //   (loop = fn loop, <<seg, rest::binary>>, acc -> loop.(loop, rest, inner)
      //              _, _, acc -> acc end; loop.(loop, bin, acc))
      // <<a, b::16, c <- bin>>: the segments are the items before `<-` and its left side.
      const Node *gen = p->items.back();
      std::string tag = accName + "." + std::to_string(i);
      Node *loopVar = b.var(tag + " loop");
      Node *restVar = b.var(tag + " rest");
      Node *nextAcc = b.var(tag);
      Node *restSeg = b.call("::", {restVar, b.var("binary")});
      std::vector<Node *> segs(p->items.begin(), p->items.end() - 1);
      segs.push_back(const_cast<Node *>(gen->items[0]));
      segs.push_back(restSeg);
      Node *binPat = b.call("<<>>", segs);
      Node *selfCall = b.ctx.callExpr(b.loc, b.call(".", {loopVar}),
                                      {loopVar, restVar, build(i + 1, nextAcc)});
      Node *clause1 = b.stab({loopVar, binPat, nextAcc}, selfCall);
      Node *clause2 = b.stab({b.var("_"), b.var("_"), b.var(tag)}, b.var(tag));
      Node *bind = b.call("=", {b.var(tag + " fn"), b.fn({clause1, clause2})});
      Node *start = b.ctx.callExpr(b.loc, b.call(".", {b.var(tag + " fn")}),
                                   {b.var(tag + " fn"), const_cast<Node *>(gen->items[1]), acc});
      return b.call("__block__", {bind, start});
    }
    if (p->isCallTo("<<>>")) {
      diags_.error(p->loc, "unsupported bitstring generator in for");
      return acc;
    }
    // A filter.
    return b.ifElse(const_cast<Node *>(p), build(i + 1, acc), acc);
  };
  Node *start = reduce ? const_cast<Node *>(reduce) : astCtx_.list(n->loc, {});
  // Bind the initial accumulator (and the generators' enumerables are evaluated in order
  // by the nested calls).
  Node *expansion = build(0, start);
  if (!reduce) {
    expansion = b.remote("lists", "reverse", {expansion});
    if (uniq && uniq->isAtom("true"))
      expansion = b.remote("Elixir.Enum", "uniq", {expansion});
    if (into)
      expansion = b.remote("Elixir.Enum", "into", {expansion, const_cast<Node *>(into)});
  }
  ScopeGuard scope(*this);
  return lowerExpr(expansion);
}

// ---- receive ------------------------------------------------------------------------

Expr *Lowerer::lowerReceive(const Node *n) {
  const Node *kw = n->items.empty() ? nullptr : n->items[0];
  const Node *doNode = sema::keywordGet(kw, "do");
  const Node *afterNode = sema::keywordGet(kw, "after");
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::Receive;
  e->loc = n->loc;
  if (doNode)
    e->clauses = lowerStabClauses(doNode, 1, "receive");
  if (afterNode) {
    std::vector<const Node *> list = stabList(afterNode);
    if (list.size() != 1) {
      diags_.error(afterNode->loc, "expected a single -> clause for :after in receive");
      return e;
    }
    std::vector<const Node *> args;
    const Node *guard;
    splitStabHead(list[0], args, guard);
    if (args.size() != 1 || guard) {
      diags_.error(list[0]->loc, "the after clause of receive takes a timeout");
      return e;
    }
    e->args = {lowerExpr(args[0])};
    ScopeGuard scope(*this);
    e->body = lowerBody(list[0]->items[1]);
  }
  if (e->clauses.empty() && !afterNode)
    diags_.error(n->loc, "receive expects clauses or an after block");
  return e;
}

// ---- try ----------------------------------------------------------------------------

Expr *Lowerer::lowerTry(const Node *n) {
  const Node *kw = n->items.size() == 1 ? n->items[0] : nullptr;
  const Node *body = sema::keywordGet(kw, "do");
  if (!kw || kw->kind != Kind::List) {
    diags_.error(n->loc, "try expects a do block");
    return nilE(n->loc);
  }
  Expr *b;
  {
    ScopeGuard scope(*this);
    b = lowerBody(body);
  }
  return lowerTryParts(kw, b, n->loc);
}

Expr *Lowerer::lowerTryParts(const Node *kw, Expr *body, SourceLoc loc) {
  const Node *rescue = sema::keywordGet(kw, "rescue");
  const Node *katch = sema::keywordGet(kw, "catch");
  const Node *elseNode = sema::keywordGet(kw, "else");
  const Node *after = sema::keywordGet(kw, "after");
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::Try;
  e->body = body;
  e->loc = loc;

  // Handler clauses match (kind, reason, stacktrace, normalized exception).
  for (const Node *c : stabList(rescue)) {
    std::vector<const Node *> args;
    const Node *guard;
    splitStabHead(c, args, guard);
    if (args.size() != 1 || guard) {
      diags_.error(c->loc, "invalid rescue clause: expected `Exception ->`, "
                           "`e in Exception ->` or `e ->`");
      continue;
    }
    const Node *head = args[0];
    const Node *var = nullptr;
    const Node *mods = nullptr;
    if (head->isCallTo("in") && head->items.size() == 2) {
      var = head->items[0];
      mods = head->items[1];
    } else if (head->isVar()) {
      var = head;
    } else {
      mods = head;
    }
    std::vector<std::string> modules;
    if (mods) {
      std::vector<const Node *> list;
      if (mods->kind == Kind::List)
        list.assign(mods->items.begin(), mods->items.end());
      else
        list.push_back(mods);
      for (const Node *m : list) {
        std::string name = staticModule(m);
        if (name.empty())
          diags_.error(m->loc, "invalid rescue clause: expected an exception module");
        else
          modules.push_back(name);
      }
    }
    ScopeGuard scope(*this);
    VarId exc = newVar();
    VarId stack = newVar();
    if (var && var->isVar() && var->text != "_")
      frame_->vars[var->text] = exc;
    VarId savedStack = frame_->stacktrace;
    frame_->stacktrace = stack;
    Expr *g = nullptr;
    for (const std::string &m : modules) {
      Expr *test = primE(Prim::StrictEq,
                         {bifE("ath_bif_erlang_map_get", {atomE("__struct__", c->loc), varE(exc, c->loc)},
                               c->loc, true),
                          atomE(m, c->loc)},
                         c->loc);
      g = g ? ifE(g, atomE("true", c->loc), test, c->loc) : test;
    }
    Expr *b = lowerBody(c->items[1]);
    frame_->stacktrace = savedStack;
    e->clauses.push_back(clauseOf({pLit(atomC("error"), c->loc), pWild(c->loc),
                                   pBind(stack, c->loc), pBind(exc, c->loc)},
                                  g, b, c->loc));
  }
  for (const Node *c : stabList(katch)) {
    std::vector<const Node *> args;
    const Node *guard;
    splitStabHead(c, args, guard);
    if (args.empty() || args.size() > 2) {
      diags_.error(c->loc, "invalid catch clause: expected `value ->` or `kind, value ->`");
      continue;
    }
    ScopeGuard scope(*this);
    PatCtx pc;
    Pattern *kindP = args.size() == 2 ? lowerPattern(args[0], pc) : pLit(atomC("throw"), c->loc);
    Pattern *valueP = lowerPattern(args.back(), pc);
    commitBindings(pc);
    VarId stack = newVar();
    VarId savedStack = frame_->stacktrace;
    frame_->stacktrace = stack;
    Expr *g = guard ? lowerGuard(guard) : nullptr;
    Expr *b = lowerBody(c->items[1]);
    frame_->stacktrace = savedStack;
    e->clauses.push_back(clauseOf({kindP, valueP, pBind(stack, c->loc), pWild(c->loc)}, g, b,
                                  c->loc));
  }
  if (elseNode) {
    e->hasElse = true;
    e->elseClauses = lowerStabClauses(elseNode, 1, "try else");
  }
  if (after) {
    ScopeGuard scope(*this);
    e->afterBody = lowerBody(after);
  }
  if (!rescue && !katch && !elseNode && !after)
    diags_.error(loc, "try expects at least one of rescue, catch, else or after");
  return e;
}

// ---- closures -----------------------------------------------------------------------

Expr *Lowerer::makeClosure(FunctionRef *ref, Function *fn, FnFrame &frame, SourceLoc loc) {
  fn->captured = frame.localCaptures;
  ref->numCaptures = static_cast<uint32_t>(frame.localCaptures.size());
  out_->functions.push_back(fn);
  if (frame.outerCaptures.empty()) {
    auto *c = ctx_.make<Const>();
    c->kind = Const::Kind::Fun;
    c->fun = ref;
    return constE(c, loc);
  }
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::MakeFun;
  e->callee = ref;
  e->captures = frame.outerCaptures;
  e->loc = loc;
  return e;
}

Expr *Lowerer::lowerFn(const Node *n) {
  std::vector<const Node *> clauses = stabList(astCtx_.list(n->loc, std::vector<Node *>(
                                                                        n->items.begin(), n->items.end())));
  if (clauses.empty()) {
    diags_.error(n->loc, "expected anonymous functions to be defined with -> inside: 'fn'");
    return nilE(n->loc);
  }
  std::vector<const Node *> args0;
  const Node *g0;
  splitStabHead(clauses[0], args0, g0);
  size_t arity = args0.size();
  FunctionRef *ref = liftedRef("", static_cast<uint32_t>(arity), false);
  auto *fn = ctx_.make<Function>();
  fn->ref = ref;
  fn->loc = n->loc;
  FnFrame frame;
  frame.outer = frame_;
  frame.vars = {};
  frame_ = &frame;
  bool savedGuard = inGuard_;
  inGuard_ = false;
  std::vector<Expr *> scrutinees;
  for (size_t i = 0; i < arity; ++i) {
    fn->params.push_back(newVar());
    scrutinees.push_back(varE(fn->params.back(), n->loc));
  }
  std::vector<CaseClause *> cs;
  for (const Node *c : clauses) {
    std::vector<const Node *> args;
    const Node *guard;
    splitStabHead(c, args, guard);
    if (args.size() != arity) {
      diags_.error(c->loc, "cannot mix clauses with different arities in anonymous functions");
      continue;
    }
    cs.push_back(lowerClause(args, guard, c->items[1], c->loc));
  }
  fn->body = caseE(std::move(scrutinees), std::move(cs), MatchFail::FunctionClause, n->loc);
  inGuard_ = savedGuard;
  frame_ = frame.outer;
  return makeClosure(ref, fn, frame, n->loc);
}

Expr *Lowerer::lowerCaptureExpr(const Node *n) {
  const Node *bodyNode = n->items[0];
  FunctionRef *ref = liftedRef("", 0, false);
  auto *fn = ctx_.make<Function>();
  fn->ref = ref;
  fn->loc = n->loc;
  FnFrame frame;
  frame.outer = frame_;
  std::map<int64_t, VarId> args;
  frame.captureArgs = &args;
  frame_ = &frame;
  Expr *body = lowerExpr(bodyNode);
  frame_ = frame.outer;
  int64_t arity = args.empty() ? 0 : args.rbegin()->first;
  if (args.empty())
    diags_.error(n->loc, "invalid args for &, expected one of: &Mod.fun/arity, &fun/arity, "
                         "or a capture containing at least one argument as &1");
  for (int64_t i = 1; i <= arity; ++i) {
    auto it = args.find(i);
    if (it == args.end()) {
      diags_.error(n->loc, "capture argument &" + std::to_string(i) +
                               " must be used within the capture");
      fn->params.push_back(newVar());
    } else {
      fn->params.push_back(it->second);
    }
  }
  ref->arity = static_cast<uint32_t>(arity);
  ref->symbol = ref->module + "." + ref->name + "/" + std::to_string(arity);
  fn->body = body;
  return makeClosure(ref, fn, frame, n->loc);
}

// ---- operators ----------------------------------------------------------------------

Expr *Lowerer::lowerShortCircuit(const Node *n) {
  const std::string &op = n->text;
  SourceLoc loc = n->loc;
  Expr *a = lowerExpr(n->items[0]);
  Expr *b;
  {
    ScopeGuard scope(*this); // bindings in the right side do not leak
    b = lowerExpr(n->items[1]);
  }
  if (op == "&&" || op == "||") {
    auto [bind, v] = bindTemp(a, loc);
    Expr *r = op == "&&" ? ifE(varE(v, loc), b, varE(v, loc), loc)
                         : ifE(varE(v, loc), varE(v, loc), b, loc);
    return seqE({bind, r}, loc);
  }
  // and / or: strict booleans on the left.
  auto [bind, v] = bindTemp(a, loc);
  // BadBooleanError.exception(term: v, operator: op)
  auto *opts = ctx_.make<Expr>();
  opts->kind = Expr::Kind::List;
  opts->args = {tupleE({atomE("term", loc), varE(v, loc)}, loc),
                tupleE({atomE("operator", loc), atomE(op, loc)}, loc)};
  opts->loc = loc;
  // In a guard the clause just fails; elsewhere BadBooleanError is raised.
  Expr *bad = inGuard_ ? tupleE({atomE("badbool", loc), atomE(op, loc), varE(v, loc)}, loc)
                       : remoteByName("Elixir.BadBooleanError", "exception", {opts}, loc);
  std::vector<CaseClause *> cs;
  if (op == "and") {
    cs.push_back(clauseOf({pLit(atomC("true"), loc)}, nullptr, b, loc));
    cs.push_back(clauseOf({pLit(atomC("false"), loc)}, nullptr, atomE("false", loc), loc));
  } else {
    cs.push_back(clauseOf({pLit(atomC("true"), loc)}, nullptr, atomE("true", loc), loc));
    cs.push_back(clauseOf({pLit(atomC("false"), loc)}, nullptr, b, loc));
  }
  cs.push_back(clauseOf({pWild(loc)}, nullptr, raiseE("error", bad, loc), loc));
  return seqE({bind, caseE({varE(v, loc)}, std::move(cs), MatchFail::Unreachable, loc)}, loc);
}

Expr *Lowerer::lowerIn(const Node *n, bool negate) {
  SourceLoc loc = n->loc;
  const Node *rhs = n->items[1];
  Expr *x = lowerExpr(n->items[0]);
  auto [bind, v] = bindTemp(x, loc);
  Expr *test = nullptr;
  // `x in @attr`: Elixir expands the attribute's value at compile time, so a literal list
  // or range there works in guards too. Follow the attribute (and attributes it names) to
  // its value expression, lowered with the attributes visible where it was set.
  struct RestoreAttributes {
    const sema::AttributeMap *&slot, *saved;
    ~RestoreAttributes() { slot = saved; }
  } restore{mod_.attributes, mod_.attributes};
  bool fromAttribute = false;
  for (int depth = 0; depth < 64 && rhs->isCallTo("@") && rhs->items.size() == 1 &&
                      mod_.attributes;
       ++depth) {
    const Node *inner = rhs->items[0];
    if (inner->kind != Kind::Call || inner->callee || !inner->argsNil)
      break;
    auto it = mod_.attributes->find(inner->text);
    if (it == mod_.attributes->end())
      break;
    rhs = it->second.value;
    mod_.attributes = it->second.env.get();
    fromAttribute = true;
  }
  if (rhs->kind == Kind::List) {
    for (const Node *item : rhs->items) {
      Expr *eq = primE(Prim::StrictEq, {varE(v, loc), lowerExpr(item)}, loc);
      test = test ? ifE(test, atomE("true", loc), eq, loc) : eq;
    }
    if (!test)
      test = atomE("false", loc);
  } else if ((rhs->isCallTo("..") && rhs->items.size() == 2) ||
             (rhs->isCallTo("..//") && rhs->items.size() == 3)) {
    Expr *lo = lowerExpr(rhs->items[0]);
    Expr *hi = lowerExpr(rhs->items[1]);
    bool step1 = rhs->items.size() == 2;
    if (step1 && isConst(lo) && isConst(hi) && lo->constant->kind == Const::Kind::Int &&
        hi->constant->kind == Const::Kind::Int) {
      int64_t a = lo->constant->ival, b = hi->constant->ival;
      if (a > b)
        std::swap(a, b);
      Expr *t1 = primE(Prim::IsInteger, {varE(v, loc)}, loc);
      Expr *t2 = primE(Prim::Ge, {varE(v, loc), intE(a, loc)}, loc);
      Expr *t3 = primE(Prim::Le, {varE(v, loc), intE(b, loc)}, loc);
      test = ifE(t1, ifE(t2, t3, atomE("false", loc), loc), atomE("false", loc), loc);
    } else if (inGuard_) {
      // As Kernel.in/2 expands a range with variable bounds: an integer between the
      // bounds in either direction (first..last), or on the step's side and a whole
      // number of steps from first (first..last//step).
      auto [bindLo, lv] = bindTemp(lo, loc);
      auto [bindHi, hv] = bindTemp(hi, loc);
      auto andE = [&](Expr *a, Expr *b) { return ifE(a, b, atomE("false", loc), loc); };
      auto orE = [&](Expr *a, Expr *b) { return ifE(a, atomE("true", loc), b, loc); };
      auto x = [&] { return varE(v, loc); };
      Expr *within = nullptr;
      if (step1) {
        Expr *up = andE(primE(Prim::Le, {varE(lv, loc), varE(hv, loc)}, loc),
                        andE(primE(Prim::Ge, {x(), varE(lv, loc)}, loc),
                             primE(Prim::Le, {x(), varE(hv, loc)}, loc)));
        Expr *down = andE(primE(Prim::Gt, {varE(lv, loc), varE(hv, loc)}, loc),
                          andE(primE(Prim::Le, {x(), varE(lv, loc)}, loc),
                               primE(Prim::Ge, {x(), varE(hv, loc)}, loc)));
        within = orE(up, down);
      } else {
        auto [bindStep, sv] = bindTemp(lowerExpr(rhs->items[2]), loc);
        Expr *up = andE(primE(Prim::Gt, {varE(sv, loc), intE(0, loc)}, loc),
                        andE(primE(Prim::Ge, {x(), varE(lv, loc)}, loc),
                             primE(Prim::Le, {x(), varE(hv, loc)}, loc)));
        Expr *down = andE(primE(Prim::Lt, {varE(sv, loc), intE(0, loc)}, loc),
                          andE(primE(Prim::Le, {x(), varE(lv, loc)}, loc),
                               primE(Prim::Ge, {x(), varE(hv, loc)}, loc)));
        Expr *offset = bifE("ath_bif_erlang_sub", {x(), varE(lv, loc)}, loc, true);
        Expr *onStep = primE(Prim::StrictEq,
                             {bifE("ath_bif_erlang_rem", {offset, varE(sv, loc)}, loc, true),
                              intE(0, loc)},
                             loc);
        within = seqE({bindStep, andE(orE(up, down), onStep)}, loc);
      }
      test = seqE({bindLo, bindHi, andE(primE(Prim::IsInteger, {x()}, loc), within)}, loc);
    } else {
      test = remoteByName("Elixir.Enum", "member?", {lowerRange(rhs), varE(v, loc)}, loc);
    }
  } else if (inGuard_) {
    // A value computed at compile time (an attribute such as `@colors ~w(red green)a` or
    // `@ids Enum.to_list(1..3)`): a constant proper list or Range struct. An attribute
    // whose value Elixir computes with calls (`@ids Enum.to_list(1..3)`, `@ok Map.keys(..)`)
    // is evaluated where the guard runs instead: it is pure and, having been computed at
    // compile time by Elixir, cannot raise.
    Expr *value;
    {
      bool savedGuard = inGuard_;
      inGuard_ = !fromAttribute;
      value = lowerExpr(rhs);
      inGuard_ = savedGuard;
    }
    if (isConst(value))
      test = constMembership(value->constant, v, loc);
    else if (fromAttribute) {
      bool savedGuard = inGuard_;
      inGuard_ = false;
      test = remoteByName("Elixir.Enum", "member?", {value, varE(v, loc)}, loc);
      inGuard_ = savedGuard;
    }
    if (!test) {
      diags_.error(loc, "invalid right argument for operator \"in\" in guards: expected a "
                        "list or a range literal");
      return nilE(loc);
    }
  } else {
    test = remoteByName("Elixir.Enum", "member?", {lowerExpr(rhs), varE(v, loc)}, loc);
  }
  if (negate)
    test = primE(Prim::Not, {test}, loc);
  return seqE({bind, test}, loc);
}

Expr *Lowerer::constMembership(Const *c, VarId v, SourceLoc loc) {
  auto x = [&] { return varE(v, loc); };
  auto andE = [&](Expr *a, Expr *b) { return ifE(a, b, atomE("false", loc), loc); };
  if (c->kind == Const::Kind::Nil || c->kind == Const::Kind::Cons) {
    Expr *test = nullptr;
    for (; c->kind == Const::Kind::Cons; c = c->elems[1]) {
      Expr *eq = primE(Prim::StrictEq, {x(), constE(c->elems[0], loc)}, loc);
      test = test ? ifE(test, atomE("true", loc), eq, loc) : eq;
    }
    if (c->kind != Const::Kind::Nil)
      return nullptr; // improper list
    return test ? test : atomE("false", loc);
  }
  if (c->kind == Const::Kind::Map) { // %Range{first: a, last: b, step: s} with integers
    Const *first = nullptr, *last = nullptr, *step = nullptr;
    bool isRange = false;
    for (size_t i = 0; i + 1 < c->elems.size(); i += 2) {
      Const *k = c->elems[i], *val = c->elems[i + 1];
      if (k->kind != Const::Kind::Atom)
        return nullptr;
      if (k->atom == atomC("__struct__")->atom)
        isRange = val->kind == Const::Kind::Atom && val->atom == atomC("Elixir.Range")->atom;
      else if (k->atom == atomC("first")->atom)
        first = val;
      else if (k->atom == atomC("last")->atom)
        last = val;
      else if (k->atom == atomC("step")->atom)
        step = val;
    }
    if (!isRange || !first || !last || !step || first->kind != Const::Kind::Int ||
        last->kind != Const::Kind::Int || step->kind != Const::Kind::Int || step->ival == 0)
      return nullptr;
    int64_t a = first->ival, b = last->ival, s = step->ival;
    Expr *within = s > 0 ? andE(primE(Prim::Ge, {x(), intE(a, loc)}, loc),
                                primE(Prim::Le, {x(), intE(b, loc)}, loc))
                         : andE(primE(Prim::Le, {x(), intE(a, loc)}, loc),
                                primE(Prim::Ge, {x(), intE(b, loc)}, loc));
    if (s != 1 && s != -1) {
      Expr *offset = bifE("ath_bif_erlang_sub", {x(), intE(a, loc)}, loc, true);
      within = andE(within, primE(Prim::StrictEq,
                                  {bifE("ath_bif_erlang_rem", {offset, intE(s, loc)}, loc, true),
                                   intE(0, loc)},
                                  loc));
    }
    return andE(primE(Prim::IsInteger, {x()}, loc), within);
  }
  return nullptr;
}

Expr *Lowerer::lowerMatchQ(const Node *n) {
  Expr *value = lowerExpr(n->items[1]);
  const Node *pat = n->items[0];
  const Node *guard = nullptr;
  if (pat->isCallTo("when") && pat->items.size() == 2) {
    guard = pat->items[1];
    pat = pat->items[0];
  }
  CaseClause *yes;
  {
    ScopeGuard scope(*this);
    PatCtx pc;
    Pattern *p = lowerPattern(pat, pc);
    commitBindings(pc);
    Expr *g = guard ? lowerGuard(guard) : nullptr;
    yes = clauseOf({p}, g, atomE("true", n->loc), n->loc);
  }
  CaseClause *no = clauseOf({pWild(n->loc)}, nullptr, atomE("false", n->loc), n->loc);
  return caseE({value}, {yes, no}, MatchFail::Unreachable, n->loc);
}

} // namespace athanor::core
