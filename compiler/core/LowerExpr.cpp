// Lowering of expressions: literals (folded into constants when every part is constant),
// tuples, lists, maps, structs, binaries and string interpolation, variables (with
// capture through enclosing fns), blocks and `=`, module attributes, sigils, ranges,
// field access and the put_in/update_in/get_in path forms. Special forms are dispatched
// from lowerExpr to LowerControl.cpp and LowerCall.cpp.
#include "core/LowerImpl.h"
#include "parse/Literals.h"

#include <cstring>

namespace athanor::core {

using ast::Kind;
using ast::Node;

std::vector<const Node *> blockItems(const Node *body) {
  if (!body)
    return {};
  if (body->isCallTo("__block__"))
    return {body->items.begin(), body->items.end()};
  return {body};
}

// ---- constructors -------------------------------------------------------------------

Const *Lowerer::atomC(const std::string &name) {
  auto *c = ctx_.make<Const>();
  c->kind = Const::Kind::Atom;
  c->atom = atom(name);
  return c;
}
Const *Lowerer::intC(int64_t v) {
  auto *c = ctx_.make<Const>();
  c->kind = Const::Kind::Int;
  c->ival = v;
  return c;
}
Const *Lowerer::nilListC() {
  auto *c = ctx_.make<Const>();
  c->kind = Const::Kind::Nil;
  return c;
}
Const *Lowerer::binaryC(const std::string &bytes) {
  auto *c = ctx_.make<Const>();
  c->kind = Const::Kind::Binary;
  c->text = bytes;
  return c;
}
Const *Lowerer::tupleC(std::vector<Const *> elems) {
  auto *c = ctx_.make<Const>();
  c->kind = Const::Kind::Tuple;
  c->elems = std::move(elems);
  return c;
}
Const *Lowerer::listC(const std::vector<Const *> &elems, Const *tail) {
  Const *acc = tail ? tail : nilListC();
  for (size_t i = elems.size(); i-- > 0;) {
    auto *c = ctx_.make<Const>();
    c->kind = Const::Kind::Cons;
    c->elems = {elems[i], acc};
    acc = c;
  }
  return acc;
}

Expr *Lowerer::constE(Const *c, SourceLoc loc) {
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::Const;
  e->constant = c;
  e->loc = loc;
  return e;
}
Expr *Lowerer::atomE(const std::string &name, SourceLoc loc) { return constE(atomC(name), loc); }
Expr *Lowerer::intE(int64_t v, SourceLoc loc) { return constE(intC(v), loc); }
Expr *Lowerer::varE(VarId v, SourceLoc loc) {
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::Var;
  e->var = v;
  e->loc = loc;
  return e;
}
Expr *Lowerer::primE(Prim p, std::vector<Expr *> args, SourceLoc loc) {
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::Prim;
  e->prim = p;
  e->args = std::move(args);
  e->loc = loc;
  return e;
}
Expr *Lowerer::bifE(const std::string &symbol, std::vector<Expr *> args, SourceLoc loc,
                    bool guardOk) {
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::CallBif;
  e->bif = symbol;
  e->bifGuard = guardOk;
  e->args = std::move(args);
  e->loc = loc;
  return e;
}
Expr *Lowerer::seqE(std::vector<Expr *> items, SourceLoc loc) {
  if (items.size() == 1)
    return items[0];
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::Seq;
  e->args = std::move(items);
  e->loc = loc;
  return e;
}
Expr *Lowerer::tupleE(std::vector<Expr *> items, SourceLoc loc) {
  bool allConst = true;
  for (Expr *i : items)
    allConst = allConst && isConst(i);
  if (allConst) {
    std::vector<Const *> cs;
    for (Expr *i : items)
      cs.push_back(i->constant);
    return constE(tupleC(std::move(cs)), loc);
  }
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::Tuple;
  e->args = std::move(items);
  e->loc = loc;
  return e;
}
Expr *Lowerer::caseE(std::vector<Expr *> scrutinees, std::vector<CaseClause *> clauses,
                     MatchFail fail, SourceLoc loc) {
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::Case;
  e->args = std::move(scrutinees);
  e->clauses = std::move(clauses);
  e->fail = fail;
  e->loc = loc;
  return e;
}
CaseClause *Lowerer::clauseOf(std::vector<Pattern *> pats, Expr *guard, Expr *body,
                              SourceLoc loc) {
  auto *c = ctx_.make<CaseClause>();
  c->patterns = std::move(pats);
  c->guard = guard;
  c->body = body;
  c->loc = loc;
  return c;
}
Expr *Lowerer::callE(FunctionRef *ref, std::vector<Expr *> args, SourceLoc loc) {
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::Call;
  e->callee = ref;
  e->args = std::move(args);
  e->loc = loc;
  return e;
}
Expr *Lowerer::raiseE(const std::string &cls, Expr *value, SourceLoc loc) {
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::Raise;
  e->args = {atomE(cls, loc), value};
  e->loc = loc;
  return e;
}
Expr *Lowerer::errorTupleE(const std::string &tag, Expr *value, SourceLoc loc) {
  return raiseE("error", tupleE({atomE(tag, loc), value}, loc), loc);
}
Expr *Lowerer::ifE(Expr *cond, Expr *then, Expr *otherwise, SourceLoc loc) {
  std::vector<CaseClause *> clauses;
  clauses.push_back(clauseOf({pLit(atomC("true"), loc)}, nullptr, then, loc));
  clauses.push_back(clauseOf({pWild(loc)}, nullptr, otherwise, loc));
  return caseE({primE(Prim::Truthy, {cond}, loc)}, std::move(clauses), MatchFail::Unreachable,
               loc);
}
std::pair<Expr *, VarId> Lowerer::bindTemp(Expr *e, SourceLoc loc) {
  VarId v = newVar();
  auto *m = ctx_.make<Expr>();
  m->kind = Expr::Kind::Match;
  m->pattern = pBind(v, loc);
  m->args = {e};
  m->fail = MatchFail::Unreachable;
  m->loc = loc;
  return {m, v};
}

// ---- literals -----------------------------------------------------------------------

Const *Lowerer::constOf(const Node *n) {
  Expr *e = lowerExpr(n);
  return isConst(e) ? e->constant : nullptr;
}

static bool isStringLiteral(const Node *n) { return n->kind == Kind::String; }

std::vector<uint32_t> decodeUtf8(const std::string &s) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len && i + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

Expr *Lowerer::lowerExpr(const Node *n) {
  SourceLoc loc = n->loc;
  switch (n->kind) {
  case Kind::Integer: {
    if (!n->isBig)
      return intE(n->ival, loc);
    auto *c = ctx_.make<Const>();
    c->kind = Const::Kind::BigInt;
    c->text = n->text;
    return constE(c, loc);
  }
  case Kind::Float: {
    auto *c = ctx_.make<Const>();
    c->kind = Const::Kind::Float;
    c->fval = n->fval;
    return constE(c, loc);
  }
  case Kind::Atom:
    return atomE(n->text, loc);
  case Kind::String:
    return constE(binaryC(n->text), loc);
  case Kind::List:
  case Kind::Tuple:
    return lowerTupleOrList(n);
  case Kind::Call:
    break;
  }

  if (n->callee)
    return lowerCall(n);
  const std::string &name = n->text;
  if (n->argsNil) {
    if (name == "__MODULE__")
      return mod_.name.empty() ? nilE(loc) : atomE(mod_.name, loc);
    if (name == "__STACKTRACE__") {
      for (FnFrame *f = frame_; f; f = f->outer)
        if (f->stacktrace)
          return varE(f->stacktrace, loc);
      diags_.error(loc, "__STACKTRACE__ is available only inside catch and rescue clauses");
      return nilE(loc);
    }
    if (name == "__ENV__" || name == "__CALLER__" || name == "__DIR__") {
      diags_.error(loc, name + " is not supported by Athanor");
      return nilE(loc);
    }
    return lowerVar(n);
  }
  if (name == "__block__")
    return lowerBlock({n->items.begin(), n->items.end()}, loc);
  if (name == "=" && n->items.size() == 2) {
    if (inGuard_) {
      diags_.error(loc, "invalid expression in guards, = is not allowed in guards");
      return nilE(loc);
    }
    return lowerMatch(n);
  }
  if (name == "%{}")
    return lowerMap(n);
  if (name == "%" && n->items.size() == 2)
    return lowerStruct(n);
  if (name == "<<>>")
    return lowerBinary(n);
  if (name == "fn")
    return lowerFn(n);
  if (name == "&" && n->items.size() == 1)
    return lowerCapture(n);
  if (name == "case")
    return lowerCase(n);
  if (name == "cond")
    return lowerCond(n);
  if (name == "if")
    return lowerIf(n, false);
  if (name == "unless")
    return lowerIf(n, true);
  if (name == "with")
    return lowerWith(n);
  if (name == "for")
    return lowerFor(n);
  if (name == "receive")
    return lowerReceive(n);
  if (name == "try")
    return lowerTry(n);
  if (name == "raise")
    return lowerRaise(n, false);
  if (name == "reraise")
    return lowerRaise(n, true);
  if (name == "|>" && n->items.size() == 2)
    return lowerPipe(n);
  if ((name == "&&" || name == "||" || name == "and" || name == "or") && n->items.size() == 2)
    return lowerShortCircuit(n);
  if (name == "in" && n->items.size() == 2)
    return lowerIn(n, false);
  if (name == "not" && n->items.size() == 1 && n->items[0]->isCallTo("in") &&
      n->items[0]->items.size() == 2)
    return lowerIn(n->items[0], true);
  if (name == "@" && n->items.size() == 1)
    return lowerAttribute(n);
  if (name == "^") {
    diags_.error(loc, "cannot use ^" +
                          (n->items.empty() ? std::string() : n->items[0]->text) +
                          " outside of match clauses");
    return nilE(loc);
  }
  if (name.rfind("sigil_", 0) == 0 && n->items.size() == 2 && !definesSigil(name))
    return lowerSigil(n);
  if ((name == ".." && n->items.size() == 2) || (name == "..//" && n->items.size() == 3))
    return lowerRange(n);
  if (name == "match?" && n->items.size() == 2)
    return lowerMatchQ(n);
  if (name == ".." && n->items.empty()) { // the full range: 0..-1//1
    auto *c = ctx_.make<Const>();
    c->kind = Const::Kind::Map;
    c->elems = {atomC("__struct__"), atomC("Elixir.Range"), atomC("first"), intC(0),
                atomC("last"), intC(-1), atomC("step"), intC(1)};
    return constE(c, loc);
  }
  if (name == "destructure" && n->items.size() == 2 && n->items[0]->kind == Kind::List) {
    // destructure([a, b], list): missing elements are nil, extra ones ignored
    const Node *left = n->items[0];
    Node *padded = astCtx_.callExpr(
        loc, astCtx_.call(loc, ".", {astCtx_.atom(loc, "Elixir.Athanor.CompilerSupport"), astCtx_.atom(loc, "destructure")}),
        {const_cast<Node *>(n->items[1]), astCtx_.integer(loc, static_cast<int64_t>(left->items.size()))});
    Node *match = astCtx_.call(loc, "=", {const_cast<Node *>(left), padded});
    return lowerMatch(match);
  }
  if ((name == "pop_in" && n->items.size() == 1) || (name == "get_and_update_in" && n->items.size() == 2))
    return lowerAccessPath(n->items[0], name.c_str(), n->items.size() == 2 ? n->items[1] : nullptr);
  if ((name == "put_in" || name == "update_in") && n->items.size() == 2)
    return lowerAccessPath(n->items[0], name.c_str(), n->items[1]);
  if (name == "get_in" && n->items.size() == 1)
    return lowerAccessPath(n->items[0], "get_in", nullptr);
  if (name == "-" && n->items.size() == 1) {
    const Node *a = n->items[0];
    if (a->kind == Kind::Integer && !a->isBig)
      return intE(-a->ival, loc);
    if (a->kind == Kind::Integer) {
      auto *c = ctx_.make<Const>();
      c->kind = Const::Kind::BigInt;
      c->text = a->text[0] == '-' ? a->text.substr(1) : "-" + a->text;
      return constE(c, loc);
    }
    if (a->kind == Kind::Float) {
      auto *c = ctx_.make<Const>();
      c->kind = Const::Kind::Float;
      c->fval = -a->fval;
      return constE(c, loc);
    }
  }
  if (name == "+" && n->items.size() == 1 &&
      (n->items[0]->kind == Kind::Integer || n->items[0]->kind == Kind::Float))
    return lowerExpr(n->items[0]);
  if (name == "def" || name == "defp" || name == "defmodule" || name == "defmacro" ||
      name == "defstruct" || name == "defexception") {
    diags_.error(loc, "cannot use " + name + " inside a function body");
    return nilE(loc);
  }
  if (name == "quote" || name == "unquote" || name == "defprotocol" || name == "defimpl") {
    diags_.error(loc, "`" + name + "` is not supported by Athanor (user macros and protocols "
                                   "are out of scope)");
    return nilE(loc);
  }
  if (name == "alias" || name == "import" || name == "require")
    return lowerBlock({n}, loc); // a directive as a single expression
  return lowerCall(n);
}

Expr *Lowerer::lowerBody(const Node *n) {
  if (!n)
    return nilE({});
  return lowerBlock(blockItems(n), n->loc);
}

Expr *Lowerer::lowerBlock(const std::vector<const Node *> &items, SourceLoc loc) {
  if (items.empty())
    return nilE(loc);
  std::vector<Expr *> out;
  out.reserve(items.size());
  // alias/import/require apply to the rest of the block (lexical scope).
  const auto *savedAliases = mod_.aliases;
  const auto *savedImports = mod_.imports;
  for (const Node *item : items) {
    if (item->isCallTo("alias") || item->isCallTo("import") || item->isCallTo("require")) {
      scopedAliases_.push_back(*mod_.aliases);
      scopedImports_.push_back(mod_.imports ? *mod_.imports : std::vector<sema::Import>{});
      sema::applyDirective(item, scopedAliases_.back(), &scopedImports_.back(), mod_.name, diags_);
      mod_.aliases = &scopedAliases_.back();
      mod_.imports = &scopedImports_.back();
      std::string target = item->items.empty() ? "" : staticModule(item->items[0]);
      out.push_back(target.empty() ? nilE(item->loc) : atomE(target, item->loc));
      continue;
    }
    out.push_back(lowerExpr(item));
  }
  mod_.aliases = savedAliases;
  mod_.imports = savedImports;
  return seqE(std::move(out), loc);
}

Expr *Lowerer::lowerMatch(const Node *n) {
  Expr *rhs = lowerExpr(n->items[1]);
  PatCtx pc;
  Pattern *pat = lowerPattern(n->items[0], pc);
  commitBindings(pc);
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::Match;
  e->pattern = pat;
  e->args = {rhs};
  e->fail = MatchFail::Badmatch;
  e->loc = n->loc;
  return e;
}

// ---- variables ------------------------------------------------------------------------

static VarId lookupIn(Lowerer &l, FnFrame *f, const std::string &name) {
  auto it = f->vars.find(name);
  if (it != f->vars.end())
    return it->second;
  if (!f->outer)
    return 0;
  VarId outerVar = lookupIn(l, f->outer, name);
  if (!outerVar)
    return 0;
  auto cap = f->captureOf.find(outerVar);
  VarId local;
  if (cap != f->captureOf.end()) {
    local = cap->second;
  } else {
    local = l.newVar();
    f->captureOf[outerVar] = local;
    f->outerCaptures.push_back(outerVar);
    f->localCaptures.push_back(local);
  }
  f->vars[name] = local;
  return local;
}

Expr *Lowerer::lowerVar(const Node *n) {
  const std::string &name = n->text;
  if (name == "_") {
    diags_.error(n->loc, "invalid use of _: \"_\" represents a value to be ignored in a "
                         "pattern and cannot be used in expressions");
    return nilE(n->loc);
  }
  if (VarId v = lookupIn(*this, frame_, name))
    return varE(v, n->loc);
  // Elixir 1.14 still expands an unknown variable to a zero-arity call when one exists.
  if (mod_.module && mod_.module->find(name, 0))
    return lowerLocalCall(name, {}, n);
  diags_.error(n->loc, "undefined variable \"" + name + "\"");
  return nilE(n->loc);
}

// ---- data -----------------------------------------------------------------------------

Expr *Lowerer::lowerTupleOrList(const Node *n) {
  if (n->kind == Kind::Tuple) {
    std::vector<Expr *> items;
    for (const Node *i : n->items)
      items.push_back(lowerExpr(i));
    return tupleE(std::move(items), n->loc);
  }
  std::vector<const Node *> items(n->items.begin(), n->items.end());
  const Node *tail = nullptr;
  if (!items.empty() && items.back()->isCallTo("|") && items.back()->items.size() == 2) {
    const Node *last = items.back();
    items.back() = last->items[0];
    tail = last->items[1];
  }
  return lowerList(items, tail, n->loc);
}

Expr *Lowerer::lowerList(const std::vector<const Node *> &items, const Node *tailNode,
                         SourceLoc loc) {
  std::vector<Expr *> elems;
  for (const Node *i : items)
    elems.push_back(lowerExpr(i));
  Expr *tail = tailNode ? lowerExpr(tailNode) : nullptr;
  bool allConst = !tail || isConst(tail);
  for (Expr *e : elems)
    allConst = allConst && isConst(e);
  if (allConst) {
    std::vector<Const *> cs;
    for (Expr *e : elems)
      cs.push_back(e->constant);
    return constE(listC(cs, tail ? tail->constant : nullptr), loc);
  }
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::List;
  e->args = std::move(elems);
  e->body = tail;
  e->loc = loc;
  return e;
}

Expr *Lowerer::lowerMap(const Node *n) {
  // %{m | k => v} : a single `|` item
  if (n->items.size() == 1 && n->items[0]->isCallTo("|") && n->items[0]->items.size() == 2) {
    const Node *upd = n->items[0];
    Expr *base = lowerExpr(upd->items[0]);
    auto *e = ctx_.make<Expr>();
    e->kind = Expr::Kind::UpdateMap;
    e->args.push_back(base);
    const Node *kvs = upd->items[1];
    for (const Node *kv : kvs->items) {
      if (kv->kind != Kind::Tuple || kv->items.size() != 2) {
        diags_.error(kv->loc, "expected key-value pairs in a map update");
        continue;
      }
      e->args.push_back(lowerExpr(kv->items[0]));
      e->args.push_back(lowerExpr(kv->items[1]));
    }
    e->loc = n->loc;
    return e;
  }
  std::vector<Expr *> kvs;
  bool allConst = true;
  for (const Node *kv : n->items) {
    if (kv->kind != Kind::Tuple || kv->items.size() != 2) {
      diags_.error(kv->loc, "expected key-value pairs in a map");
      continue;
    }
    Expr *k = lowerExpr(kv->items[0]);
    Expr *v = lowerExpr(kv->items[1]);
    allConst = allConst && isConst(k) && isConst(v);
    kvs.push_back(k);
    kvs.push_back(v);
  }
  if (allConst) {
    auto *c = ctx_.make<Const>();
    c->kind = Const::Kind::Map;
    for (Expr *e : kvs)
      c->elems.push_back(e->constant);
    return constE(c, n->loc);
  }
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::MakeMap;
  e->args = std::move(kvs);
  e->loc = n->loc;
  return e;
}

Expr *Lowerer::lowerStruct(const Node *n) {
  std::string module = staticModule(n->items[0]);
  const Node *body = n->items[1];
  if (module.empty() || !body->isCallTo("%{}")) {
    diags_.error(n->loc, "expected a struct name and fields in %Struct{...}");
    return nilE(n->loc);
  }
  const sema::StructInfo *info = structOf(module);
  if (!info) {
    diags_.error(n->loc, displayModule(module) + ".__struct__/1 is undefined, cannot expand "
                                                 "struct " + displayModule(module));
    return nilE(n->loc);
  }
  // %Mod{m | k: v}
  if (body->items.size() == 1 && body->items[0]->isCallTo("|")) {
    Expr *upd = lowerMap(body);
    for (size_t i = 1; i + 1 < upd->args.size(); i += 2) {
      Expr *k = upd->args[i];
      bool known = false;
      if (isConst(k) && k->constant->kind == Const::Kind::Atom)
        for (const std::string &f : info->fields)
          known = known || out_->atoms[k->constant->atom] == f;
      if (!known)
        diags_.error(k->loc, "unknown key for struct " + displayModule(module));
    }
    return upd;
  }
  std::map<std::string, Expr *> given;
  std::vector<std::string> givenOrder;
  for (const Node *kv : body->items) {
    if (kv->kind != Kind::Tuple || kv->items.size() != 2 || kv->items[0]->kind != Kind::Atom) {
      diags_.error(kv->loc, "expected keyword fields in %" + displayModule(module) + "{}");
      continue;
    }
    const std::string &field = kv->items[0]->text;
    bool known = false;
    for (const std::string &f : info->fields)
      known = known || f == field;
    if (!known) {
      diags_.error(kv->loc, "unknown key :" + field + " for struct " + displayModule(module));
      continue;
    }
    given[field] = lowerExpr(kv->items[1]);
  }
  std::vector<Expr *> kvs = {atomE("__struct__", n->loc), atomE(module, n->loc)};
  if (info->isException) {
    kvs.push_back(atomE("__exception__", n->loc));
    kvs.push_back(atomE("true", n->loc));
  }
  for (size_t i = 0; i < info->fields.size(); ++i) {
    kvs.push_back(atomE(info->fields[i], n->loc));
    auto it = given.find(info->fields[i]);
    if (it != given.end()) {
      kvs.push_back(it->second);
    } else if (info->defaults[i]) {
      // The default in the context of the struct's own module (its aliases, attributes).
      ModuleCtx saved = mod_;
      if (const sema::ModuleDef *owner = prog_.module(module)) {
        mod_.module = owner;
        mod_.name = owner->name;
        mod_.aliases = &owner->aliases;
        mod_.imports = &owner->imports;
      }
      if (info->attributes)
        mod_.attributes = info->attributes.get();
      Expr *d = lowerExpr(info->defaults[i]);
      mod_ = saved;
      kvs.push_back(d);
    } else {
      kvs.push_back(nilE(n->loc));
    }
  }
  bool allConst = true;
  for (Expr *e : kvs)
    allConst = allConst && isConst(e);
  if (allConst) {
    auto *c = ctx_.make<Const>();
    c->kind = Const::Kind::Map;
    for (Expr *e : kvs)
      c->elems.push_back(e->constant);
    return constE(c, n->loc);
  }
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::MakeMap;
  e->args = std::move(kvs);
  e->loc = n->loc;
  return e;
}

/// Reads a binary segment's `::` type specification into `seg`; false if unsupported.
static bool readSegmentSpec(const Node *spec, Pattern::Segment &seg, Lowerer &l,
                            bool &sizeGiven, std::vector<const Node *> &sizeNodes) {
  if (spec->isCallTo("-") && spec->items.size() == 2)
    return readSegmentSpec(spec->items[0], seg, l, sizeGiven, sizeNodes) &&
           readSegmentSpec(spec->items[1], seg, l, sizeGiven, sizeNodes);
  if (spec->kind == Kind::Integer) {
    sizeNodes.push_back(spec);
    sizeGiven = true;
    return true;
  }
  if (spec->kind != Kind::Call || spec->callee)
    return false;
  const std::string &t = spec->text;
  if (t == "size" && spec->items.size() == 1) {
    sizeNodes.push_back(spec->items[0]);
    sizeGiven = true;
    return true;
  }
  if (t == "unit" && spec->items.size() == 1 && spec->items[0]->kind == Kind::Integer) {
    seg.unit = spec->items[0]->ival;
    return true;
  }
  if (!spec->argsNil && !spec->items.empty())
    return false;
  if (t == "integer") {
    seg.type = Pattern::Segment::Type::Integer;
  } else if (t == "binary" || t == "bytes" || t == "bitstring" || t == "bits") {
    seg.type = Pattern::Segment::Type::Binary;
  } else if (t == "utf8") {
    seg.type = Pattern::Segment::Type::Utf8;
  } else if (t == "float") {
    seg.type = Pattern::Segment::Type::Float;
  } else if (t == "signed") {
    seg.isSigned = true;
  } else if (t == "unsigned" || t == "big") {
  } else if (t == "little") {
    seg.little = true;
  } else {
    return false;
  }
  return true;
}

Expr *Lowerer::lowerStringParts(const Node *n) {
  std::vector<Expr *> parts;
  std::string pending;
  bool havePending = false;
  auto flush = [&] {
    if (havePending)
      parts.push_back(constE(binaryC(pending), n->loc));
    pending.clear();
    havePending = false;
  };
  for (const Node *p : n->items) {
    if (isStringLiteral(p)) {
      pending += p->text;
      havePending = true;
      continue;
    }
    const Node *inner = p;
    if (p->isCallTo("::") && p->items.size() == 2)
      inner = p->items[0];
    Expr *e = lowerExpr(inner);
    if (isConst(e) && e->constant->kind == Const::Kind::Binary) {
      pending += e->constant->text;
      havePending = true;
      continue;
    }
    flush();
    parts.push_back(e);
  }
  flush();
  if (parts.empty())
    return constE(binaryC(""), n->loc);
  if (parts.size() == 1 && (isConst(parts[0]) || (parts[0]->kind == Expr::Kind::CallBif &&
                                                  parts[0]->bif == "ath_bif_athanor_to_string")))
    return parts[0];
  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::Concat;
  e->args = std::move(parts);
  e->loc = n->loc;
  return e;
}

Expr *Lowerer::lowerBinary(const Node *n) {
  // Interpolations and `x::binary` parts only: a concatenation.
  bool onlyBinaries = true;
  for (const Node *p : n->items) {
    if (isStringLiteral(p))
      continue;
    if (p->isCallTo("::") && p->items.size() == 2 && p->items[1]->isVar() &&
        (p->items[1]->text == "binary" || p->items[1]->text == "bytes"))
      continue;
    onlyBinaries = false;
  }
  if (onlyBinaries)
    return lowerStringParts(n);

  auto *e = ctx_.make<Expr>();
  e->kind = Expr::Kind::BinaryBuild;
  e->loc = n->loc;
  for (const Node *p : n->items) {
    Pattern::Segment seg;
    const Node *valueNode = p;
    std::vector<const Node *> sizeNodes;
    bool sizeGiven = false;
    if (p->isCallTo("::") && p->items.size() == 2) {
      valueNode = p->items[0];
      if (!readSegmentSpec(p->items[1], seg, *this, sizeGiven, sizeNodes)) {
        diags_.error(p->items[1]->loc, "unsupported binary segment type");
        continue;
      }
    } else if (isStringLiteral(p)) {
      seg.type = Pattern::Segment::Type::Binary;
    }
    if (sizeGiven && !sizeNodes.empty())
      seg.size = lowerExpr(sizeNodes.back());
    // A string literal in a utf8 segment is encoded character by character: it is already
    // UTF-8, so it is a binary segment.
    if (valueNode->kind == Kind::String && seg.type == Pattern::Segment::Type::Utf8)
      seg.type = Pattern::Segment::Type::Binary;
    e->segments.push_back(seg);
    e->segmentValues.push_back(lowerExpr(valueNode));
  }
  return e;
}

Expr *Lowerer::lowerAttribute(const Node *n) {
  const Node *inner = n->items[0];
  if (inner->kind != Kind::Call || inner->callee) {
    diags_.error(n->loc, "invalid module attribute");
    return nilE(n->loc);
  }
  if (!inner->argsNil) {
    diags_.error(n->loc, "module attributes can only be set in a module body");
    return nilE(n->loc);
  }
  if (!mod_.attributes) {
    diags_.error(n->loc, "module attributes can only be read inside a module");
    return nilE(n->loc);
  }
  auto it = mod_.attributes->find(inner->text);
  if (it == mod_.attributes->end()) {
    diags_.warning(n->loc, "undefined module attribute @" + inner->text +
                               ", please remove access to @" + inner->text +
                               " or explicitly set it before access");
    return nilE(n->loc);
  }
  if (++attributeDepth_ > 64) {
    --attributeDepth_;
    diags_.error(n->loc, "module attribute @" + inner->text + " is nested too deeply");
    return nilE(n->loc);
  }
  // The value is evaluated with the attributes visible where it was set.
  const sema::AttributeMap *saved = mod_.attributes;
  mod_.attributes = it->second.env.get();
  Expr *e = lowerExpr(it->second.value);
  mod_.attributes = saved;
  --attributeDepth_;
  return e;
}

namespace {

// ~r's escapes (Regex.unescape_map): \f \n \r \t \v \a become the characters and a
// backslash-newline disappears; every other escape stays for the regex engine (\d, \/, ...).
std::string unescapeRegexSource(const std::string &raw) {
  std::string out;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '\\' || i + 1 == raw.size()) {
      out += raw[i];
      continue;
    }
    char c = raw[i + 1];
    const char *mapped = std::strchr("fnrtva", c);
    if (mapped && c) {
      out += "\f\n\r\t\v\a"[mapped - "fnrtva"];
      ++i;
    } else if (c == '\n') {
      ++i;
    } else {
      out += raw[i];
      out += c;
      ++i;
    }
  }
  return out;
}

} // namespace

Expr *Lowerer::lowerSigil(const Node *n) {
  const std::string letter = n->text.substr(6);
  const Node *content = n->items[0];
  std::string mods;
  if (n->items[1]->kind == Kind::List)
    for (const Node *c : n->items[1]->items)
      if (c->kind == Kind::Integer)
        mods += static_cast<char>(c->ival);
  if (letter == "r" || letter == "R") {
    // Regex.compile!(source, modifiers) where the sigil is evaluated; ~r interpolates and
    // processes Regex's escapes, ~R takes its text as it is.
    Expr *source;
    if (content->isCallTo("<<>>")) {
      Node *copy = astCtx_.make(Kind::Call, content->loc);
      copy->text = "<<>>";
      for (Node *part : content->items)
        copy->items.push_back(part->kind == Kind::String && letter == "r"
                                  ? astCtx_.string(part->loc, unescapeRegexSource(part->text))
                                  : part);
      source = lowerStringParts(copy);
    } else {
      source = lowerExpr(content);
    }
    return remoteByName("Elixir.Regex", "compile!", {source, constE(binaryC(mods), n->loc)}, n->loc);
  }
  // Lowercase sigils process escapes in their literal parts, as Kernel's sigil_s/c/w do
  // (the quoted form keeps them raw); uppercase ones do not.
  bool lowercase = !letter.empty() && letter[0] >= 'a' && letter[0] <= 'z';
  if (lowercase && content->isCallTo("<<>>")) {
    Node *copy = astCtx_.make(Kind::Call, content->loc);
    copy->text = "<<>>";
    for (Node *part : content->items) {
      if (part->kind != Kind::String) {
        copy->items.push_back(part);
        continue;
      }
      std::string out, error;
      if (!parse::unescape(part->text, out, error)) {
        diags_.error(part->loc, error);
        out = part->text;
      }
      copy->items.push_back(astCtx_.string(part->loc, out));
    }
    content = copy;
  }
  bool literal = content->isCallTo("<<>>") && content->items.size() <= 1 &&
                 (content->items.empty() || isStringLiteral(content->items[0]));
  std::string text = literal && !content->items.empty() ? content->items[0]->text : "";
  if (letter == "s" || letter == "S")
    return content->isCallTo("<<>>") ? lowerStringParts(content) : lowerExpr(content);
  if (letter == "c" || letter == "C") {
    Expr *s = content->isCallTo("<<>>") ? lowerStringParts(content) : lowerExpr(content);
    if (isConst(s) && s->constant->kind == Const::Kind::Binary)
      return remoteByName("Elixir.String", "to_charlist", {s}, n->loc);
    return remoteByName("Elixir.String", "to_charlist", {s}, n->loc);
  }
  if (letter == "w" || letter == "W") {
    if (mods.size() > 1 || (mods.size() == 1 && !std::strchr("sac", mods[0]))) {
      diags_.error(n->loc, "modifier must be one of: s, a, c");
      return nilE(n->loc);
    }
    char mode = mods.empty() ? 's' : mods[0];
    if (literal) {
      std::vector<Const *> words;
      size_t i = 0;
      while (i < text.size()) {
        while (i < text.size() && std::strchr(" \t\n\r\f\v", text[i]))
          ++i;
        size_t j = i;
        while (j < text.size() && !std::strchr(" \t\n\r\f\v", text[j]))
          ++j;
        if (j > i) {
          std::string w = text.substr(i, j - i);
          if (mode == 'a') {
            words.push_back(atomC(w));
          } else if (mode == 'c') {
            std::vector<Const *> chars;
            for (uint32_t cp : decodeUtf8(w))
              chars.push_back(intC(cp));
            words.push_back(listC(chars));
          } else {
            words.push_back(binaryC(w));
          }
        }
        i = j;
      }
      return constE(listC(words), n->loc);
    }
    Expr *s = lowerStringParts(content);
    Expr *split = remoteByName("Elixir.String", "split", {s}, n->loc);
    if (mode == 'a')
      return remoteByName("Elixir.Enum", "map",
                          {split, lowerCapture(astCtx_.call(
                                      n->loc, "&",
                                      {astCtx_.call(n->loc, "/",
                                                    {astCtx_.callExpr(
                                                         n->loc,
                                                         astCtx_.call(n->loc, ".",
                                                                      {astCtx_.atom(n->loc, "Elixir.String"),
                                                                       astCtx_.atom(n->loc, "to_atom")}),
                                                         {}),
                                                     astCtx_.integer(n->loc, 1)})}))},
                          n->loc);
    return split;
  }
  if (letter == "D") { // ~D[2024-01-31]: a Date, built at compile time as Elixir does
    if (Const *date = literal ? isoDateConst(text) : nullptr)
      return constE(date, n->loc);
    return remoteByName("Elixir.Date", "from_iso8601!",
                        {content->isCallTo("<<>>") ? lowerStringParts(content) : lowerExpr(content)},
                        n->loc);
  }
  // ~T[10:30:00], ~N[2024-01-31 10:30:00], ~U[2024-01-31 10:30:00Z]: parsed where they are
  // evaluated (a malformed one raises the ArgumentError Elixir reports at compile time).
  if (letter == "T" || letter == "N" || letter == "U") {
    const char *module = letter == "T" ? "Elixir.Time" : letter == "N" ? "Elixir.NaiveDateTime"
                                                                        : "Elixir.DateTime";
    const char *fun = letter == "U" ? "__sigil__" : "from_iso8601!";
    return remoteByName(module, fun,
                        {content->isCallTo("<<>>") ? lowerStringParts(content) : lowerExpr(content)},
                        n->loc);
  }
  diags_.error(n->loc, "unknown sigil ~" + letter);
  return nilE(n->loc);
}

Const *Lowerer::isoDateConst(const std::string &text) {
  // YYYY-MM-DD of Calendar.ISO; anything else is left to Date.from_iso8601!/1 at run time
  // (which raises the error Elixir reports at compile time).
  if (text.size() != 10 || text[4] != '-' || text[7] != '-')
    return nullptr;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9')
      return nullptr;
  int year = std::stoi(text.substr(0, 4)), month = std::stoi(text.substr(5, 2)),
      day = std::stoi(text.substr(8, 2));
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 ||
      day > kDays[month - 1] + (month == 2 && leap ? 1 : 0))
    return nullptr;
  auto *c = ctx_.make<Const>();
  c->kind = Const::Kind::Map; // keys in term order
  c->elems = {atomC("__struct__"), atomC("Elixir.Date"), atomC("calendar"),
              atomC("Elixir.Calendar.ISO"), atomC("day"), intC(day),
              atomC("month"), intC(month), atomC("year"), intC(year)};
  return c;
}

Expr *Lowerer::lowerRange(const Node *n) {
  std::vector<Expr *> parts;
  for (const Node *p : n->items)
    parts.push_back(lowerExpr(p));
  bool allInts = true;
  for (Expr *p : parts)
    allInts = allInts && isConst(p) && p->constant->kind == Const::Kind::Int;
  if (allInts) {
    int64_t first = parts[0]->constant->ival, last = parts[1]->constant->ival;
    int64_t step = parts.size() == 3 ? parts[2]->constant->ival : (first <= last ? 1 : -1);
    if (parts.size() == 3 && step == 0) {
      diags_.error(n->loc, "the step of a range cannot be zero");
      return nilE(n->loc);
    }
    auto *c = ctx_.make<Const>();
    c->kind = Const::Kind::Map;
    c->elems = {atomC("__struct__"), atomC("Elixir.Range"), atomC("first"), intC(first),
                atomC("last"), intC(last), atomC("step"), intC(step)};
    return constE(c, n->loc);
  }
  return remoteByName("Elixir.Range", "new", parts, n->loc);
}

Expr *Lowerer::lowerDot(const Node *n) {
  // {{:., _, [x, :field]}, [no_parens: true], []}
  const Node *base = n->callee->items[0];
  const std::string &field = n->callee->items[1]->text;
  Expr *b = lowerExpr(base);
  auto [bind, v] = bindTemp(b, n->loc);
  // A map: the field (KeyError when missing). Anything else: a zero-arity remote call.
  std::vector<CaseClause *> clauses;
  Expr *get = bifE("ath_bif_athanor_map_field", {atomE(field, n->loc), varE(v, n->loc)}, n->loc);
  Expr *call = ctx_.make<Expr>();
  call->kind = Expr::Kind::CallDynamic;
  call->args = {varE(v, n->loc), atomE(field, n->loc)};
  call->loc = n->loc;
  Expr *test = primE(Prim::IsMap, {varE(v, n->loc)}, n->loc);
  clauses.push_back(clauseOf({pLit(atomC("true"), n->loc)}, nullptr, get, n->loc));
  clauses.push_back(clauseOf({pWild(n->loc)}, nullptr, call, n->loc));
  return seqE({bind, caseE({test}, std::move(clauses), MatchFail::Unreachable, n->loc)}, n->loc);
}

Expr *Lowerer::lowerAccessPath(const Node *path, const char *op, const Node *arg) {
  // Decompose the path into a base and steps: .field or [key].
  struct Step {
    bool isField;
    const Node *key; // the atom node (field) or the key expression
  };
  std::vector<Step> steps;
  const Node *cur = path;
  for (;;) {
    if (cur->kind == Kind::Call && cur->callee && cur->callee->isCallTo(".") &&
        cur->callee->items.size() == 2 && cur->noParens && cur->items.empty() &&
        cur->callee->items[1]->kind == Kind::Atom && !cur->callee->items[0]->isCallTo("__aliases__")) {
      steps.push_back({true, cur->callee->items[1]});
      cur = cur->callee->items[0];
    } else if (cur->kind == Kind::Call && cur->callee && cur->callee->isCallTo(".") &&
               cur->callee->items.size() == 2 && cur->callee->items[0]->isAtom("Elixir.Access") &&
               cur->callee->items[1]->isAtom("get") && cur->items.size() == 2) {
      steps.push_back({false, cur->items[1]});
      cur = cur->items[0];
    } else {
      break;
    }
  }
  SourceLoc loc = path->loc;
  if (steps.empty()) {
    // The function form: put_in(data, keys, value) has 3 args and is a plain call.
    diags_.error(loc, std::string(op) + "/2 expects a path such as data.key or data[key]");
    return nilE(loc);
  }
  std::reverse(steps.begin(), steps.end());
  std::vector<Expr *> seq;
  auto [bindBase, baseVar] = bindTemp(lowerExpr(cur), loc);
  seq.push_back(bindBase);
  // Evaluate keys once, in order.
  std::vector<Expr *> keys;
  for (const Step &s : steps) {
    if (s.isField) {
      keys.push_back(atomE(s.key->text, loc));
    } else {
      auto [bk, kv] = bindTemp(lowerExpr(s.key), loc);
      seq.push_back(bk);
      keys.push_back(varE(kv, loc));
    }
  }
  auto getStep = [&](Expr *container, size_t i) -> Expr * {
    if (steps[i].isField)
      return remoteByName("Elixir.Map", "fetch!", {container, keys[i]}, loc);
    return remoteByName("Elixir.Access", "get", {container, keys[i]}, loc);
  };
  if (std::strcmp(op, "pop_in") == 0 || std::strcmp(op, "get_and_update_in") == 0) {
    // The function forms over the keys (a .field step becomes its key).
    auto *list = ctx_.make<Expr>();
    list->kind = Expr::Kind::List;
    list->args = keys;
    list->loc = loc;
    std::vector<Expr *> args = {varE(baseVar, loc), list};
    if (arg)
      args.push_back(lowerExpr(arg));
    seq.push_back(remoteByName("Elixir.Kernel", op, std::move(args), loc));
    return seqE(std::move(seq), loc);
  }
  if (std::strcmp(op, "get_in") == 0) {
    Expr *acc = varE(baseVar, loc);
    for (size_t i = 0; i < steps.size(); ++i)
      acc = getStep(acc, i);
    seq.push_back(acc);
    return seqE(std::move(seq), loc);
  }
  // Values along the path.
  std::vector<VarId> vals = {baseVar};
  for (size_t i = 0; i + 1 < steps.size(); ++i) {
    auto [b, v] = bindTemp(getStep(varE(vals.back(), loc), i), loc);
    seq.push_back(b);
    vals.push_back(v);
  }
  Expr *leaf;
  Expr *argE = lowerExpr(arg);
  if (std::strcmp(op, "put_in") == 0) {
    leaf = argE;
  } else {
    Expr *old = getStep(varE(vals.back(), loc), steps.size() - 1);
    auto *ap = ctx_.make<Expr>();
    ap->kind = Expr::Kind::Apply;
    ap->args = {argE, old};
    ap->loc = loc;
    leaf = ap;
  }
  for (size_t i = steps.size(); i-- > 0;) {
    Expr *container = varE(vals[i], loc);
    if (steps[i].isField) {
      auto *upd = ctx_.make<Expr>();
      upd->kind = Expr::Kind::UpdateMap;
      upd->args = {container, keys[i], leaf};
      upd->loc = loc;
      leaf = upd;
    } else {
      leaf = remoteByName("Elixir.Access", "__put__", {container, keys[i], leaf}, loc);
    }
  }
  seq.push_back(leaf);
  return seqE(std::move(seq), loc);
}

} // namespace athanor::core
