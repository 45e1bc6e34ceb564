// Lowering of calls. Resolution order for a local call name(args):
//   1. a def/defp of the current module with that name and arity;
//   2. explicit imports (import Mod, only: [...]);
//   3. Kernel: operators and guards become primitives or :erlang BIFs (as Elixir inlines
//      them), a few become control flow (exit, throw, apply); the rest resolve to the
//      standard library's Kernel module.
// A remote call Mod.fun(args) is a direct call when Mod is a module of the program or of
// the standard library that defines fun/arity, a BIF call when bifs.def lists it, and
// otherwise raises UndefinedFunctionError when it runs (as Elixir does). A call on a module
// held in a variable is looked up at run time (CallDynamic).
// Also here: captures (&fun/N, &Mod.fun/N, &(&1 + 1)), raise/reraise and |>.
#include "core/Bifs.h"
#include "core/LowerImpl.h"

#include <functional>

namespace athanor::core {

using ast::Kind;
using ast::Node;

std::string Lowerer::displayModule(const std::string &name) const {
  return name.rfind("Elixir.", 0) == 0 ? name.substr(7) : ":" + name;
}

std::string Lowerer::staticModule(const Node *n) {
  if (n->kind == Kind::Atom)
    return n->text;
  return sema::aliasName(n, *mod_.aliases, mod_.name);
}

std::vector<Expr *> Lowerer::lowerArgs(const std::vector<const Node *> &args) {
  std::vector<Expr *> out;
  for (const Node *a : args)
    out.push_back(lowerExpr(a));
  return out;
}

Expr *Lowerer::lowerCall(const Node *n) {
  if (!n->callee) {
    if (n->text == "__aliases__") {
      std::string m = staticModule(n);
      if (m.empty()) {
        diags_.error(n->loc, "invalid alias");
        return nilE(n->loc);
      }
      return atomE(m, n->loc);
    }
    return lowerLocalCall(n->text, {n->items.begin(), n->items.end()}, n);
  }
  const Node *callee = n->callee;
  std::vector<const Node *> args(n->items.begin(), n->items.end());
  if (callee->isCallTo(".") && callee->items.size() == 1) {
    // f.(args)
    if (inGuard_) {
      diags_.error(n->loc, "anonymous function calls are not allowed in guards");
      return nilE(n->loc);
    }
    auto *e = ctx_.make<Expr>();
    e->kind = Expr::Kind::Apply;
    e->args.push_back(lowerExpr(callee->items[0]));
    for (Expr *a : lowerArgs(args))
      e->args.push_back(a);
    e->loc = n->loc;
    return e;
  }
  if (callee->isCallTo(".") && callee->items.size() == 2 &&
      callee->items[1]->kind == Kind::Atom) {
    const Node *lhs = callee->items[0];
    const std::string &name = callee->items[1]->text;
    bool staticLhs = lhs->kind == Kind::Atom || lhs->isCallTo("__aliases__") ||
                     (lhs->isCallTo("__MODULE__") && lhs->argsNil);
    if (staticLhs)
      return lowerRemoteCall(lhs, name, args, n);
    if (n->noParens && args.empty())
      return lowerDot(n);
    if (inGuard_) {
      diags_.error(n->loc, "cannot invoke remote function " + name + " inside guards");
      return nilE(n->loc);
    }
    auto *e = ctx_.make<Expr>();
    e->kind = Expr::Kind::CallDynamic;
    e->args.push_back(lowerExpr(lhs));
    e->args.push_back(atomE(name, n->loc));
    for (Expr *a : lowerArgs(args))
      e->args.push_back(a);
    e->loc = n->loc;
    return e;
  }
  diags_.error(n->loc, "unsupported call form");
  return nilE(n->loc);
}

static bool importAllows(const sema::Import &imp, const std::string &name, uint32_t arity) {
  if (imp.except.count({name, arity}))
    return false;
  if (imp.only)
    return imp.only->count({name, arity}) > 0;
  return true;
}

bool Lowerer::definesSigil(const std::string &name) const {
  // `def sigil_i(string, mods)` (or an imported one) makes `~i(...)` and `sigil_i(a, b)`
  // ordinary calls, as in Elixir, where the built-in sigils are Kernel macros.
  if (mod_.module && mod_.module->find(name, 2))
    return true;
  if (mod_.imports)
    for (const sema::Import &imp : *mod_.imports)
      if (importAllows(imp, name, 2) && prog_.module(imp.module) &&
          prog_.module(imp.module)->find(name, 2))
        return true;
  return false;
}

Expr *Lowerer::lowerLocalCall(const std::string &name, const std::vector<const Node *> &argNodes,
                              const Node *n) {
  SourceLoc loc = n->loc;
  uint32_t arity = static_cast<uint32_t>(argNodes.size());
  // 1. The module's own functions.
  if (mod_.module && mod_.module->find(name, arity)) {
    if (inGuard_) {
      diags_.error(loc, "cannot invoke local " + name + "/" + std::to_string(arity) +
                            " inside guards");
      return nilE(loc);
    }
    return callE(internalRef(mod_.name, name, arity), lowerArgs(argNodes), loc);
  }
  if (mod_.module) {
    auto g = mod_.module->guards.find({name, arity});
    if (g != mod_.module->guards.end())
      return expandGuard(*mod_.module, g->second, argNodes, loc);
  }
  if (name == "binding" && arity == 0) {
    // binding(): the variables in scope as a keyword list, sorted by name.
    std::vector<std::pair<std::string, VarId>> vars;
    for (auto &[vname, v] : frame_->vars)
      if (!vname.empty() && vname[0] != '_' && vname.find(' ') == std::string::npos &&
          vname[0] != '&')
        vars.emplace_back(vname, v);
    std::vector<Expr *> pairs;
    for (auto &[vname, v] : vars)
      pairs.push_back(tupleE({atomE(vname, loc), varE(v, loc)}, loc));
    auto *e = ctx_.make<Expr>();
    e->kind = Expr::Kind::List;
    e->args = std::move(pairs);
    e->loc = loc;
    return e;
  }
  // 2. Imports.
  if (mod_.imports)
    for (const sema::Import &imp : *mod_.imports) {
      if (!importAllows(imp, name, arity))
        continue;
      if (const sema::ModuleDef *im = prog_.module(imp.module)) {
        auto g = im->guards.find({name, arity});
        if (g != im->guards.end() && !g->second.isPrivate)
          return expandGuard(*im, g->second, argNodes, loc);
      }
      if (imp.module == "Elixir.Integer" && arity == 1 && (name == "is_even" || name == "is_odd"))
        return lowerParity(argNodes[0], name == "is_even", loc);
      if (findFunction(imp.module, name, arity) || findBif(imp.module, name, arity))
        return remoteByName(imp.module, name, lowerArgs(argNodes), loc);
    }
  // 3. Kernel.
  std::vector<Expr *> args = lowerArgs(argNodes);
  bool handled = false;
  Expr *k = lowerKernel(name, args, argNodes, loc, &handled);
  if (handled)
    return k;
  if (findFunction("Elixir.Kernel", name, arity)) {
    if (inGuard_) {
      diags_.error(loc, "cannot invoke " + name + "/" + std::to_string(arity) + " inside guards");
      return nilE(loc);
    }
    return callE(externalRef("Elixir.Kernel", name, arity), std::move(args), loc);
  }
  std::string msg = "undefined function " + name + "/" + std::to_string(arity);
  if (mod_.module) {
    std::vector<uint32_t> arities = mod_.module->aritiesOf(name);
    if (!arities.empty()) {
      msg += " (only ";
      for (size_t i = 0; i < arities.size(); ++i)
        msg += (i ? ", " : "") + name + "/" + std::to_string(arities[i]);
      msg += arities.size() == 1 ? " is" : " are";
      msg += " defined in " + displayModule(mod_.name) + ")";
    } else {
      msg += " (expected " + displayModule(mod_.name) +
             " to define such a function or for it to be imported, but none are available)";
    }
  } else {
    msg += " (there is no such import)";
  }
  diags_.error(loc, msg);
  return nilE(loc);
}

Expr *Lowerer::lowerRemoteCall(const Node *modNode, const std::string &name,
                               const std::vector<const Node *> &argNodes, const Node *n) {
  std::string module = staticModule(modNode);
  if (module.empty()) {
    diags_.error(n->loc, "invalid module in remote call");
    return nilE(n->loc);
  }
  if (module == "Elixir.Integer" && argNodes.size() == 1 && (name == "is_even" || name == "is_odd")) {
    // Macros: usable once Integer is required (or imported) in scope.
    auto inScope = [&](const std::vector<sema::Import> *imports) {
      if (imports)
        for (const sema::Import &imp : *imports)
          if (imp.module == module)
            return true;
      return false;
    };
    if (inScope(mod_.imports) || inScope(&prog_.scriptImports) || mod_.name == module)
      return lowerParity(argNodes[0], name == "is_even", n->loc);
    // Elixir 1.14 compiles the call as a function call, which fails when it runs (in a
    // guard, it is rejected as a remote call).
    if (inGuard_) {
      diags_.error(n->loc, "cannot invoke remote function Integer." + name + "/1 inside guards");
      return nilE(n->loc);
    }
    diags_.warning(n->loc, "you must require Integer before invoking the macro Integer." +
                               name + "/1");
    auto *list = ctx_.make<Expr>();
    list->kind = Expr::Kind::List;
    list->args = lowerArgs(argNodes);
    list->loc = n->loc;
    return bifE("ath_raise_undef", {atomE(module, n->loc), atomE(name, n->loc), list}, n->loc);
  }
  if (const sema::ModuleDef *owner = prog_.module(module)) {
    auto g = owner->guards.find({name, static_cast<uint32_t>(argNodes.size())});
    if (g != owner->guards.end() && (!g->second.isPrivate || owner == mod_.module))
      return expandGuard(*owner, g->second, argNodes, n->loc);
  }
  std::vector<Expr *> args = lowerArgs(argNodes);
  if (module == "Elixir.Kernel") {
    bool handled = false;
    Expr *k = lowerKernel(name, args, argNodes, n->loc, &handled);
    if (handled)
      return k;
  }
  return remoteByName(module, name, std::move(args), n->loc);
}

Expr *Lowerer::remoteByName(const std::string &module, const std::string &name,
                            std::vector<Expr *> args, SourceLoc loc) {
  uint32_t arity = static_cast<uint32_t>(args.size());
  if (const BifInfo *b = findBif(module, name, arity)) {
    if (inGuard_ && !b->guard) {
      diags_.error(loc, "cannot invoke remote function " + displayModule(module) + "." + name +
                            "/" + std::to_string(arity) + " inside guards");
      return nilE(loc);
    }
    return bifE(b->cSymbol(), std::move(args), loc, b->guard);
  }
  if (inGuard_) {
    diags_.error(loc, "cannot invoke remote function " + displayModule(module) + "." + name +
                          "/" + std::to_string(arity) + " inside guards");
    return nilE(loc);
  }
  bool isPrivate = false;
  if (FunctionRef *ref = findFunction(module, name, arity, &isPrivate)) {
    if (!isPrivate || module == mod_.name)
      return callE(ref, std::move(args), loc);
    diags_.warning(loc, displayModule(module) + "." + name + "/" + std::to_string(arity) +
                            " is private");
  } else if (moduleKnown(module) || module.rfind("Elixir.", 0) != 0) {
    diags_.warning(loc, displayModule(module) + "." + name + "/" + std::to_string(arity) +
                            " is undefined or private");
  } else if (warnedModules_.insert(module).second) {
    diags_.warning(loc, displayModule(module) + "." + name + "/" + std::to_string(arity) +
                            " is undefined (module " + displayModule(module) +
                            " is not available or is yet to be defined)");
  }
  // Raises UndefinedFunctionError when it runs, after evaluating the arguments.
  auto *list = ctx_.make<Expr>();
  list->kind = Expr::Kind::List;
  list->args = std::move(args);
  list->loc = loc;
  return bifE("ath_raise_undef", {atomE(module, loc), atomE(name, loc), list}, loc);
}

Expr *Lowerer::lowerKernel(const std::string &name, std::vector<Expr *> &args,
                           const std::vector<const Node *> &argNodes, SourceLoc loc,
                           bool *handled) {
  *handled = true;
  size_t n = args.size();
  auto prim = [&](Prim p) { return primE(p, args, loc); };
  auto erl = [&](const char *fname) -> Expr * {
    const BifInfo *b = findBif("erlang", fname, static_cast<uint32_t>(args.size()));
    if (inGuard_ && !b->guard) {
      diags_.error(loc, std::string("cannot invoke ") + name + " inside guards");
      return nilE(loc);
    }
    return bifE(b->cSymbol(), args, loc, b->guard);
  };
  auto notGuard = [&]() {
    if (inGuard_)
      diags_.error(loc, "cannot invoke " + name + "/" + std::to_string(n) + " inside guards");
  };
  if (n == 2) {
    static const std::map<std::string, Prim> binops = {
        {"+", Prim::Add},       {"-", Prim::Sub},       {"*", Prim::Mul},
        {"==", Prim::Eq},       {"!=", Prim::Ne},       {"===", Prim::StrictEq},
        {"!==", Prim::StrictNe}, {"<", Prim::Lt},        {">", Prim::Gt},
        {"<=", Prim::Le},       {">=", Prim::Ge}};
    auto it = binops.find(name);
    if (it != binops.end())
      return prim(it->second);
    static const std::map<std::string, const char *> erl2 = {
        {"/", "/"},        {"div", "div"},     {"rem", "rem"},   {"max", "max"},
        {"min", "min"},    {"++", "++"},       {"--", "--"},     {"band", "band"},
        {"bor", "bor"},    {"bxor", "bxor"},   {"bsl", "bsl"},   {"bsr", "bsr"},
        {"send", "send"},  {"spawn", "spawn"}, {"is_function", "is_function"},
        {"binary_part", "binary_part"}};
    auto e2 = erl2.find(name);
    if (e2 != erl2.end() && name != "binary_part")
      return erl(e2->second);
    if (name == "elem")
      return primE(Prim::Element, {primE(Prim::Add, {args[1], intE(1, loc)}, loc), args[0]}, loc);
    if (name == "is_map_key") {
      std::swap(args[0], args[1]);
      return erl("is_map_key");
    }
    if (name == "<>") {
      notGuard();
      auto *e = ctx_.make<Expr>();
      e->kind = Expr::Kind::Concat;
      e->args = args;
      e->loc = loc;
      return e;
    }
    if (name == "**")
      return bifE("ath_bif_kernel_pow", args, loc);
    if (name == "=~") {
      notGuard();
      return remoteByName("Elixir.Kernel", "=~", args, loc); // a string or a %Regex{}
    }
    if (name == "apply") {
      notGuard();
      return bifE("ath_apply_fun", args, loc);
    }
    if (name == "is_struct") {
      auto [bind, v] = bindTemp(args[0], loc);
      Expr *isMap = primE(Prim::IsMap, {varE(v, loc)}, loc);
      Expr *hasKey = bifE("ath_bif_erlang_is_map_key", {atomE("__struct__", loc), varE(v, loc)}, loc, true);
      Expr *mod = bifE("ath_bif_erlang_map_get", {atomE("__struct__", loc), varE(v, loc)}, loc, true);
      Expr *eq = primE(Prim::StrictEq, {mod, args[1]}, loc);
      return seqE({bind, ifE(isMap, ifE(hasKey, eq, atomE("false", loc), loc), atomE("false", loc), loc)},
                  loc);
    }
    if (name == "is_exception") {
      auto [bind, v] = bindTemp(args[0], loc);
      Expr *isMap = primE(Prim::IsMap, {varE(v, loc)}, loc);
      Expr *exc = primE(Prim::StrictEq,
                        {bifE("ath_bif_erlang_map_get", {atomE("__exception__", loc), varE(v, loc)}, loc, true),
                         atomE("true", loc)},
                        loc);
      Expr *mod = bifE("ath_bif_erlang_map_get", {atomE("__struct__", loc), varE(v, loc)}, loc, true);
      Expr *eq = primE(Prim::StrictEq, {mod, args[1]}, loc);
      return seqE({bind, ifE(isMap, ifE(exc, eq, atomE("false", loc), loc), atomE("false", loc), loc)},
                  loc);
    }
  }
  if (n == 1) {
    static const std::map<std::string, Prim> unops = {
        {"is_atom", Prim::IsAtom},     {"is_integer", Prim::IsInteger}, {"is_list", Prim::IsList},
        {"is_tuple", Prim::IsTuple},   {"is_pid", Prim::IsPid},         {"is_binary", Prim::IsBinary},
        {"is_map", Prim::IsMap},       {"is_float", Prim::IsFloat},     {"is_number", Prim::IsNumber},
        {"is_boolean", Prim::IsBoolean}, {"is_function", Prim::IsFunction},
        {"hd", Prim::Hd},              {"tl", Prim::Tl},                {"tuple_size", Prim::TupleSize},
        {"-", Prim::Neg},              {"not", Prim::Not}};
    auto it = unops.find(name);
    if (it != unops.end())
      return prim(it->second);
    static const std::map<std::string, const char *> erl1 = {
        {"+", "+"},           {"length", "length"},       {"map_size", "map_size"},
        {"byte_size", "byte_size"}, {"bit_size", "bit_size"}, {"abs", "abs"},
        {"round", "round"},   {"trunc", "trunc"},         {"floor", "floor"},
        {"ceil", "ceil"},     {"is_reference", "is_reference"}, {"is_bitstring", "is_bitstring"},
        {"is_port", "is_port"}, {"bnot", "bnot"},         {"spawn", "spawn"},
        {"spawn_link", "spawn_link"}, {"spawn_monitor", "spawn_monitor"}};
    auto e1 = erl1.find(name);
    if (e1 != erl1.end())
      return erl(e1->second);
    if (name == "is_nil")
      return primE(Prim::StrictEq, {args[0], nilE(loc)}, loc);
    if (name == "!")
      return primE(Prim::Not, {primE(Prim::Truthy, {args[0]}, loc)}, loc);
    if (name == "exit") {
      notGuard();
      return raiseE("exit", args[0], loc);
    }
    if (name == "throw") {
      notGuard();
      return raiseE("throw", args[0], loc);
    }
    if (name == "to_string") {
      notGuard();
      if (isConst(args[0]) && args[0]->constant->kind == Const::Kind::Binary)
        return args[0];
      return bifE("ath_bif_athanor_to_string", args, loc);
    }
    if (name == "is_struct") {
      auto [bind, v] = bindTemp(args[0], loc);
      Expr *isMap = primE(Prim::IsMap, {varE(v, loc)}, loc);
      Expr *hasKey = bifE("ath_bif_erlang_is_map_key", {atomE("__struct__", loc), varE(v, loc)}, loc, true);
      Expr *isAtom = primE(
          Prim::IsAtom,
          {bifE("ath_bif_erlang_map_get", {atomE("__struct__", loc), varE(v, loc)}, loc, true)}, loc);
      return seqE({bind, ifE(isMap, ifE(hasKey, isAtom, atomE("false", loc), loc),
                             atomE("false", loc), loc)},
                  loc);
    }
    if (name == "is_exception") {
      auto [bind, v] = bindTemp(args[0], loc);
      Expr *isMap = primE(Prim::IsMap, {varE(v, loc)}, loc);
      Expr *hasKey = bifE("ath_bif_erlang_is_map_key", {atomE("__exception__", loc), varE(v, loc)}, loc, true);
      Expr *isTrue = primE(
          Prim::StrictEq,
          {bifE("ath_bif_erlang_map_get", {atomE("__exception__", loc), varE(v, loc)}, loc, true),
           atomE("true", loc)},
          loc);
      return seqE({bind, ifE(isMap, ifE(hasKey, isTrue, atomE("false", loc), loc),
                             atomE("false", loc), loc)},
                  loc);
    }
  }
  if (n == 0) {
    if (name == "self")
      return primE(Prim::Self, {}, loc);
    if (name == "make_ref" || name == "node")
      return erl(name.c_str());
  }
  if (n == 3) {
    if (name == "put_elem") {
      notGuard();
      return bifE("ath_bif_erlang_setelement",
                  {primE(Prim::Add, {args[1], intE(1, loc)}, loc), args[0], args[2]}, loc);
    }
    if (name == "binary_part")
      return erl("binary_part");
    if (name == "apply") {
      notGuard();
      // apply(mod, fun, [a, b]) with a literal list: a direct or dynamic call.
      const Node *list = argNodes[2];
      if (list->kind == Kind::List &&
          !(list->items.size() && list->items.back()->isCallTo("|"))) {
        std::vector<Expr *> callArgs;
        Expr *l = args[2];
        if (l->kind == Expr::Kind::List && !l->body)
          callArgs = l->args;
        else if (isConst(l)) {
          for (Const *c = l->constant; c->kind == Const::Kind::Cons; c = c->elems[1])
            callArgs.push_back(constE(c->elems[0], loc));
        }
        if (isConst(args[0]) && args[0]->constant->kind == Const::Kind::Atom &&
            isConst(args[1]) && args[1]->constant->kind == Const::Kind::Atom)
          return remoteByName(out_->atoms[args[0]->constant->atom],
                              out_->atoms[args[1]->constant->atom], std::move(callArgs), loc);
        auto *e = ctx_.make<Expr>();
        e->kind = Expr::Kind::CallDynamic;
        e->args = {args[0], args[1]};
        for (Expr *a : callArgs)
          e->args.push_back(a);
        e->loc = loc;
        return e;
      }
      return bifE("ath_apply_mfa", args, loc);
    }
    if (name == "spawn" || name == "spawn_link" || name == "spawn_monitor")
      return erl(name.c_str());
    if (name == "function_exported?")
      return bifE("ath_bif_erlang_function_exported", args, loc);
  }
  *handled = false;
  return nullptr;
}

Expr *Lowerer::lowerParity(const Node *arg, bool even, SourceLoc loc) {
  // is_integer(x) and (x &&& 1) == 0 (or 1)
  auto [bind, v] = bindTemp(lowerExpr(arg), loc);
  Expr *isInt = primE(Prim::IsInteger, {varE(v, loc)}, loc);
  Expr *low = bifE("ath_bif_erlang_band", {varE(v, loc), intE(1, loc)}, loc, true);
  Expr *test = primE(Prim::StrictEq, {low, intE(even ? 0 : 1, loc)}, loc);
  return seqE({bind, ifE(isInt, test, atomE("false", loc), loc)}, loc);
}

Expr *Lowerer::expandGuard(const sema::ModuleDef &owner, const sema::GuardDef &g,
                           const std::vector<const Node *> &args, SourceLoc loc) {
  std::vector<Expr *> seq;
  std::map<std::string, Node *> subst;
  for (size_t i = 0; i < args.size(); ++i) {
    auto [bind, v] = bindTemp(lowerExpr(args[i]), loc);
    seq.push_back(bind);
    std::string name = "guard arg " + std::to_string(v);
    frame_->vars[name] = v;
    subst[g.params[i]] = astCtx_.var(loc, name);
  }
  std::function<Node *(const Node *)> clone = [&](const Node *n) -> Node * {
    if (n->isVar()) {
      auto it = subst.find(n->text);
      if (it != subst.end())
        return it->second;
    }
    Node *c = astCtx_.make(n->kind, n->loc);
    *c = *n;
    if (n->callee)
      c->callee = clone(n->callee);
    for (Node *&item : c->items)
      item = clone(item);
    return c;
  };
  Node *body = clone(g.body);
  ModuleCtx saved = mod_;
  mod_.module = &owner;
  mod_.name = owner.name;
  mod_.aliases = &owner.aliases;
  mod_.imports = &owner.imports;
  if (g.attributes)
    mod_.attributes = g.attributes.get();
  seq.push_back(lowerExpr(body));
  mod_ = saved;
  return seqE(std::move(seq), loc);
}

Expr *Lowerer::lowerCapture(const Node *n) {
  const Node *x = n->items[0];
  SourceLoc loc = n->loc;
  if (x->kind == Kind::Integer) {
    // &N belongs to the nearest enclosing capture, which may be outside fns nested in it
    // (`&Task.async(fn -> f(&1) end)`): from there it is captured like any variable.
    FnFrame *owner = frame_;
    while (owner && !owner->captureArgs)
      owner = owner->outer;
    if (!owner) {
      diags_.error(loc, "capture argument &" + std::to_string(x->ival) +
                            " must be used within the capture operator &");
      return nilE(loc);
    }
    if (x->ival < 1 || x->ival > 255) {
      diags_.error(loc, "invalid capture argument &" + std::to_string(x->ival));
      return nilE(loc);
    }
    auto &slot = (*owner->captureArgs)[x->ival];
    if (!slot)
      slot = newVar();
    if (owner == frame_)
      return varE(slot, loc);
    std::string name = "&" + std::to_string(x->ival);
    owner->vars[name] = slot;
    return lowerVar(astCtx_.var(loc, name));
  }
  if (x->isCallTo("/") && x->items.size() == 2 && x->items[1]->kind == Kind::Integer) {
    const Node *target = x->items[0];
    uint32_t arity = static_cast<uint32_t>(x->items[1]->ival);
    std::string module, name;
    const Node *dynamicModule = nullptr;
    if (target->kind == Kind::Call && !target->callee &&
        (target->argsNil || target->items.empty())) {
      name = target->text;
      module = ""; // local or imported
    } else if (target->kind == Kind::Call && target->callee && target->callee->isCallTo(".") &&
               target->callee->items.size() == 2 && target->callee->items[1]->kind == Kind::Atom &&
               target->items.empty()) {
      const Node *lhs = target->callee->items[0];
      name = target->callee->items[1]->text;
      if (lhs->kind == Kind::Atom || lhs->isCallTo("__aliases__") || lhs->isCallTo("__MODULE__"))
        module = staticModule(lhs);
      else
        dynamicModule = lhs;
    } else {
      return lowerCaptureExpr(n);
    }
    std::string key = (module.empty() ? mod_.name + "\1local" : module) + "\1" + name + "\1" +
                      std::to_string(arity);
    if (!dynamicModule) {
      auto it = captureWrappers_.find(key);
      if (it != captureWrappers_.end()) {
        auto *c = ctx_.make<Const>();
        c->kind = Const::Kind::Fun;
        c->fun = it->second;
        return constE(c, loc);
      }
    }
    FunctionRef *ref = liftedRef(name, arity, true);
    ref->isCapture = true;
    ref->captureName = name;
    auto *fn = ctx_.make<Function>();
    fn->ref = ref;
    fn->loc = loc;
    FnFrame frame;
    frame.outer = frame_;
    frame_ = &frame;
    std::vector<const Node *> argNodes;
    for (uint32_t i = 0; i < arity; ++i) {
      VarId v = newVar();
      fn->params.push_back(v);
      std::string vname = "capture arg " + std::to_string(i);
      frame.vars[vname] = v;
      argNodes.push_back(astCtx_.var(loc, vname));
    }
    if (dynamicModule) {
      auto *e = ctx_.make<Expr>();
      e->kind = Expr::Kind::CallDynamic;
      e->args.push_back(lowerExpr(dynamicModule));
      e->args.push_back(atomE(name, loc));
      for (const Node *a : argNodes)
        e->args.push_back(lowerExpr(a));
      e->loc = loc;
      fn->body = e;
      ref->captureModule = "";
    } else if (module.empty()) {
      bool local = mod_.module && mod_.module->find(name, arity);
      fn->body = lowerLocalCall(name, argNodes, x);
      ref->captureModule = local ? mod_.name : "Elixir.Kernel";
      if (fn->body->kind == Expr::Kind::Call)
        ref->captureModule = fn->body->callee->module;
      // A Kernel intrinsic is, for Elixir, the :erlang function it inlines to (&max/2
      // inspects as &:erlang.max/2).
      static const std::map<Prim, const char *> primNames = {
          {Prim::Add, "+"},        {Prim::Sub, "-"},        {Prim::Mul, "*"},
          {Prim::Neg, "-"},        {Prim::Eq, "=="},        {Prim::Ne, "/="},
          {Prim::StrictEq, "=:="}, {Prim::StrictNe, "=/="}, {Prim::Lt, "<"},
          {Prim::Gt, ">"},         {Prim::Le, "=<"},        {Prim::Ge, ">="},
          {Prim::Not, "not"},      {Prim::IsAtom, "is_atom"}, {Prim::IsInteger, "is_integer"},
          {Prim::IsList, "is_list"}, {Prim::IsTuple, "is_tuple"}, {Prim::IsPid, "is_pid"},
          {Prim::IsBinary, "is_binary"}, {Prim::IsMap, "is_map"}, {Prim::IsFloat, "is_float"},
          {Prim::IsNumber, "is_number"}, {Prim::IsBoolean, "is_boolean"},
          {Prim::IsFunction, "is_function"}, {Prim::TupleSize, "tuple_size"},
          {Prim::Hd, "hd"},        {Prim::Tl, "tl"},        {Prim::Self, "self"}};
      if (fn->body->kind == Expr::Kind::CallBif) {
        if (const BifInfo *b = findBifBySymbol(fn->body->bif)) {
          ref->captureModule = b->module;
          ref->captureName = b->name;
        }
      } else if (fn->body->kind == Expr::Kind::Prim) {
        auto it = primNames.find(fn->body->prim);
        if (it != primNames.end()) {
          ref->captureModule = "erlang";
          ref->captureName = it->second;
        }
      }
    } else {
      fn->body = remoteByName(module, name, lowerArgs(argNodes), loc);
      ref->captureModule = module;
    }
    frame_ = frame.outer;
    atom(ref->captureName);
    if (!ref->captureModule.empty())
      atom(ref->captureModule);
    Expr *made = makeClosure(ref, fn, frame, loc);
    if (!dynamicModule)
      captureWrappers_[key] = ref;
    return made;
  }
  return lowerCaptureExpr(n);
}

Expr *Lowerer::lowerRaise(const Node *n, bool reraise) {
  SourceLoc loc = n->loc;
  if (inGuard_) {
    diags_.error(loc, "cannot invoke raise inside guards");
    return nilE(loc);
  }
  if (reraise && n->items.size() == 3) {
    // reraise Module, message_or_attrs, stacktrace
    std::string m = staticModule(n->items[0]);
    Expr *opts = lowerExpr(n->items[1]);
    Expr *stack = lowerExpr(n->items[2]);
    Expr *exc;
    if (!m.empty()) {
      exc = remoteByName(m, "exception", {opts}, loc);
    } else {
      auto *e = ctx_.make<Expr>();
      e->kind = Expr::Kind::CallDynamic;
      e->args = {lowerExpr(n->items[0]), atomE("exception", loc), opts};
      e->loc = loc;
      exc = e;
    }
    Expr *r = raiseE("error", exc, loc);
    r->args.push_back(stack);
    return r;
  }
  if (reraise) {
    if (n->items.size() != 2) {
      diags_.error(loc, "reraise expects an exception and a stacktrace");
      return nilE(loc);
    }
    Expr *exc = lowerExpr(n->items[0]);
    Expr *stack = lowerExpr(n->items[1]);
    Expr *value = remoteByName("Elixir.Kernel", "__exception_for_raise__", {exc}, loc);
    Expr *r = raiseE("error", value, loc);
    r->args.push_back(stack);
    return r;
  }
  if (n->items.size() == 1) {
    const Node *a = n->items[0];
    Expr *v = lowerExpr(a);
    if (a->kind == Kind::String || a->isCallTo("<<>>") ||
        (isConst(v) && v->constant->kind == Const::Kind::Binary))
      return raiseE("error", remoteByName("Elixir.RuntimeError", "exception", {v}, loc), loc);
    if (a->isCallTo("__aliases__")) {
      std::string m = staticModule(a);
      return raiseE("error", remoteByName(m, "exception", {constE(nilListC(), loc)}, loc), loc);
    }
    return raiseE("error", remoteByName("Elixir.Kernel", "__exception_for_raise__", {v}, loc),
                  loc);
  }
  if (n->items.size() == 2) {
    const Node *a = n->items[0];
    Expr *opts = lowerExpr(n->items[1]);
    if (a->isCallTo("__aliases__") || a->kind == Kind::Atom) {
      std::string m = staticModule(a);
      return raiseE("error", remoteByName(m, "exception", {opts}, loc), loc);
    }
    Expr *mod = lowerExpr(a);
    auto *e = ctx_.make<Expr>();
    e->kind = Expr::Kind::CallDynamic;
    e->args = {mod, atomE("exception", loc), opts};
    e->loc = loc;
    return raiseE("error", e, loc);
  }
  diags_.error(loc, "raise expects a message, an exception module or an exception");
  return nilE(loc);
}

Expr *Lowerer::lowerPipe(const Node *n) {
  const Node *lhs = n->items[0];
  const Node *rhs = n->items[1];
  if (rhs->kind != Kind::Call) {
    diags_.error(rhs->loc, "cannot pipe into this expression: expected a function call");
    return nilE(n->loc);
  }
  Node *copy = astCtx_.make(Kind::Call, rhs->loc);
  copy->text = rhs->text;
  copy->callee = rhs->callee;
  copy->items.push_back(const_cast<Node *>(lhs));
  if (!rhs->argsNil)
    for (Node *a : rhs->items)
      copy->items.push_back(a);
  copy->argsNil = false;
  copy->noParens = false;
  if (!copy->callee && (copy->text == "fn" || copy->text == "&")) {
    diags_.error(rhs->loc, "cannot pipe into an anonymous function definition; use "
                           "|> then(...) or call it with .()");
    return nilE(n->loc);
  }
  return lowerExpr(copy);
}

} // namespace athanor::core
