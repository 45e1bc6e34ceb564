// Lowering of patterns: literals, variables (a name repeated within one pattern must match
// the same value; `_` ignores), pins, tuples, lists and `++` with a literal prefix, maps
// and structs (partial), `"prefix" <> rest`, binaries, ranges, nested `=`, attributes.
// Bindings are collected in a PatCtx and become visible only when committed, so pins and
// sizes inside the pattern see the values from before it.
#include "core/LowerImpl.h"

#include <functional>

namespace athanor::core {

using ast::Kind;
using ast::Node;

Pattern *Lowerer::pWild(SourceLoc loc) {
  auto *p = ctx_.make<Pattern>();
  p->kind = Pattern::Kind::Wild;
  p->loc = loc;
  return p;
}
Pattern *Lowerer::pBind(VarId v, SourceLoc loc) {
  auto *p = ctx_.make<Pattern>();
  p->kind = Pattern::Kind::Bind;
  p->var = v;
  p->loc = loc;
  return p;
}
Pattern *Lowerer::pLit(Const *c, SourceLoc loc) {
  auto *p = ctx_.make<Pattern>();
  p->kind = Pattern::Kind::Lit;
  p->lit = c;
  p->loc = loc;
  return p;
}
Pattern *Lowerer::pTuple(std::vector<Pattern *> elems, SourceLoc loc) {
  auto *p = ctx_.make<Pattern>();
  p->kind = Pattern::Kind::Tuple;
  p->elems = std::move(elems);
  p->loc = loc;
  return p;
}

void Lowerer::commitBindings(const PatCtx &pc) {
  for (auto &[name, var] : pc.bound)
    frame_->vars[name] = var;
}

namespace {

bool allLit(const std::vector<Pattern *> &ps) {
  for (Pattern *p : ps)
    if (p->kind != Pattern::Kind::Lit)
      return false;
  return true;
}

} // namespace

Pattern *Lowerer::lowerPattern(const Node *n, PatCtx &pc) {
  SourceLoc loc = n->loc;
  auto fromExpr = [&](const Node *e) -> Pattern * {
    Expr *x = lowerExpr(e);
    if (isConst(x))
      return pLit(x->constant, loc);
    diags_.error(loc, "this expression is not allowed in a pattern");
    return pWild(loc);
  };
  switch (n->kind) {
  case Kind::Integer:
  case Kind::Float:
  case Kind::Atom:
  case Kind::String:
    return fromExpr(n);
  case Kind::Tuple: {
    std::vector<Pattern *> elems;
    for (const Node *i : n->items)
      elems.push_back(lowerPattern(i, pc));
    if (allLit(elems)) {
      std::vector<Const *> cs;
      for (Pattern *p : elems)
        cs.push_back(p->lit);
      return pLit(tupleC(std::move(cs)), loc);
    }
    return pTuple(std::move(elems), loc);
  }
  case Kind::List: {
    std::vector<const Node *> items(n->items.begin(), n->items.end());
    Pattern *tail = nullptr;
    if (!items.empty() && items.back()->isCallTo("|") && items.back()->items.size() == 2) {
      const Node *last = items.back();
      items.back() = last->items[0];
      std::vector<Pattern *> heads;
      for (const Node *i : items)
        heads.push_back(lowerPattern(i, pc));
      tail = lowerPattern(last->items[1], pc);
      Pattern *acc = tail;
      for (size_t i = heads.size(); i-- > 0;) {
        auto *c = ctx_.make<Pattern>();
        c->kind = Pattern::Kind::Cons;
        c->elems = {heads[i], acc};
        c->loc = loc;
        acc = c;
      }
      return acc;
    }
    std::vector<Pattern *> heads;
    for (const Node *i : items)
      heads.push_back(lowerPattern(i, pc));
    if (allLit(heads)) {
      std::vector<Const *> cs;
      for (Pattern *p : heads)
        cs.push_back(p->lit);
      return pLit(listC(cs), loc);
    }
    Pattern *acc = pLit(nilListC(), loc);
    for (size_t i = heads.size(); i-- > 0;) {
      auto *c = ctx_.make<Pattern>();
      c->kind = Pattern::Kind::Cons;
      c->elems = {heads[i], acc};
      c->loc = loc;
      acc = c;
    }
    return acc;
  }
  case Kind::Call:
    break;
  }

  if (n->isVar()) {
    const std::string &name = n->text;
    if (name == "_")
      return pWild(loc);
    if (name == "__MODULE__")
      return fromExpr(n);
    auto it = pc.bound.find(name);
    if (it != pc.bound.end()) {
      auto *p = ctx_.make<Pattern>();
      p->kind = Pattern::Kind::Same;
      p->var = it->second;
      p->loc = loc;
      return p;
    }
    VarId v = newVar();
    pc.bound[name] = v;
    pc.order.push_back({name, loc});
    return pBind(v, loc);
  }
  if (n->callee) {
    // Remote calls are not patterns, but module attributes and constants folded by
    // lowerExpr (e.g. a string built with <> of literals) are.
    return fromExpr(n);
  }
  const std::string &op = n->text;
  if (op == "^" && n->items.size() == 1 && n->items[0]->isVar()) {
    VarId v = 0;
    {
      // Look the name up without the pattern's own bindings.
      auto it = frame_->vars.find(n->items[0]->text);
      if (it != frame_->vars.end())
        v = it->second;
    }
    if (!v) {
      Expr *e = lowerVar(n->items[0]); // captures from enclosing fns, or reports
      if (e->kind == Expr::Kind::Var)
        v = e->var;
    }
    if (!v)
      return pWild(loc);
    auto *p = ctx_.make<Pattern>();
    p->kind = Pattern::Kind::Same;
    p->var = v;
    p->loc = loc;
    return p;
  }
  if (op == "=" && n->items.size() == 2) {
    auto *p = ctx_.make<Pattern>();
    p->kind = Pattern::Kind::Alias;
    p->elems = {lowerPattern(n->items[0], pc), lowerPattern(n->items[1], pc)};
    p->loc = loc;
    return p;
  }
  if (op == "%{}" || (op == "%" && n->items.size() == 2)) {
    auto *p = ctx_.make<Pattern>();
    p->kind = Pattern::Kind::Map;
    p->loc = loc;
    const Node *body = n;
    if (op == "%") {
      body = n->items[1];
      const Node *name = n->items[0];
      if (name->isVar()) {
        // %name{} binds the struct's module
        p->mapKeys.push_back(atomE("__struct__", loc));
        p->mapVals.push_back(lowerPattern(name, pc));
      } else {
        std::string module = staticModule(name);
        if (module.empty()) {
          diags_.error(loc, "expected a struct name in the pattern");
          return pWild(loc);
        }
        const sema::StructInfo *info = structOf(module);
        if (!info) {
          diags_.error(loc, displayModule(module) + ".__struct__/1 is undefined, cannot "
                                                    "expand struct " + displayModule(module));
          return pWild(loc);
        }
        for (const Node *kv : body->items)
          if (kv->kind == Kind::Tuple && kv->items.size() == 2 &&
              kv->items[0]->kind == Kind::Atom) {
            bool known = false;
            for (const std::string &f : info->fields)
              known = known || f == kv->items[0]->text;
            if (!known)
              diags_.error(kv->loc, "unknown key :" + kv->items[0]->text + " for struct " +
                                        displayModule(module));
          }
        p->mapKeys.push_back(atomE("__struct__", loc));
        p->mapVals.push_back(pLit(atomC(module), loc));
      }
    }
    for (const Node *kv : body->items) {
      if (kv->kind != Kind::Tuple || kv->items.size() != 2) {
        diags_.error(kv->loc, "expected key-value pairs in a map pattern");
        continue;
      }
      const Node *k = kv->items[0];
      Expr *key;
      if (k->isCallTo("^") && k->items.size() == 1) {
        key = lowerVar(k->items[0]);
      } else {
        key = lowerExpr(k);
        if (!isConst(key)) {
          diags_.error(k->loc, "only literals and pinned variables are allowed as map keys "
                               "in patterns");
          continue;
        }
      }
      p->mapKeys.push_back(key);
      p->mapVals.push_back(lowerPattern(kv->items[1], pc));
    }
    return p;
  }
  if (op == "<>" && n->items.size() == 2) {
    Expr *prefix = lowerExpr(n->items[0]);
    if (!isConst(prefix) || prefix->constant->kind != Const::Kind::Binary) {
      diags_.error(loc, "the left argument of <> in a pattern must be a literal string");
      return pWild(loc);
    }
    auto *p = ctx_.make<Pattern>();
    p->kind = Pattern::Kind::BinPrefix;
    p->lit = prefix->constant;
    p->elems = {lowerPattern(n->items[1], pc)};
    p->loc = loc;
    return p;
  }
  if (op == "++" && n->items.size() == 2 && n->items[0]->kind == Kind::List) {
    std::vector<Pattern *> heads;
    for (const Node *i : n->items[0]->items)
      heads.push_back(lowerPattern(i, pc));
    Pattern *acc = lowerPattern(n->items[1], pc);
    for (size_t i = heads.size(); i-- > 0;) {
      auto *c = ctx_.make<Pattern>();
      c->kind = Pattern::Kind::Cons;
      c->elems = {heads[i], acc};
      c->loc = loc;
      acc = c;
    }
    return acc;
  }
  if (op == "<<>>") {
    bool literal = true;
    for (const Node *part : n->items)
      literal = literal && part->kind == Kind::String;
    if (literal)
      return fromExpr(n);
    auto *p = ctx_.make<Pattern>();
    p->kind = Pattern::Kind::Binary;
    p->loc = loc;
    std::vector<bool> sizeFromPattern; // the size is a variable bound earlier in this pattern
    for (const Node *part : n->items) {
      Pattern::Segment seg;
      bool fromPattern = false;
      const Node *value = part;
      const Node *sizeNode = nullptr;
      if (part->isCallTo("::") && part->items.size() == 2) {
        value = part->items[0];
        std::vector<const Node *> specs = {part->items[1]};
        while (!specs.empty()) {
          const Node *s = specs.back();
          specs.pop_back();
          if (s->isCallTo("-") && s->items.size() == 2) {
            specs.push_back(s->items[1]);
            specs.push_back(s->items[0]);
            continue;
          }
          if (s->kind == Kind::Integer) {
            sizeNode = s;
            continue;
          }
          if (s->kind != Kind::Call || s->callee) {
            diags_.error(s->loc, "unsupported binary segment type");
            continue;
          }
          const std::string &t = s->text;
          if (t == "size" && s->items.size() == 1)
            sizeNode = s->items[0];
          else if (t == "unit" && s->items.size() == 1 && s->items[0]->kind == Kind::Integer)
            seg.unit = s->items[0]->ival;
          else if (t == "binary" || t == "bytes" || t == "bitstring" || t == "bits")
            seg.type = Pattern::Segment::Type::Binary;
          else if (t == "integer")
            seg.type = Pattern::Segment::Type::Integer;
          else if (t == "utf8")
            seg.type = Pattern::Segment::Type::Utf8;
          else if (t == "float")
            seg.type = Pattern::Segment::Type::Float;
          else if (t == "signed")
            seg.isSigned = true;
          else if (t == "little")
            seg.little = true;
          else if (t == "unsigned" || t == "big")
            ;
          else
            diags_.error(s->loc, "unsupported binary segment type " + t);
        }
      } else if (part->kind == Kind::String) {
        seg.type = Pattern::Segment::Type::Binary;
      }
      if (sizeNode) {
        if (sizeNode->isVar()) {
          auto it = pc.bound.find(sizeNode->text);
          fromPattern = it != pc.bound.end();
          seg.size = fromPattern ? varE(it->second, sizeNode->loc) : lowerVar(sizeNode);
        } else {
          seg.size = lowerExpr(sizeNode);
        }
      }
      if (part->kind == Kind::String) {
        seg.pat = pLit(binaryC(part->text), part->loc);
        seg.size = intE(static_cast<int64_t>(part->text.size()), part->loc);
      } else {
        seg.pat = lowerPattern(value, pc);
      }
      if (!p->segments.empty() && p->segments.back().type == Pattern::Segment::Type::Binary &&
          !p->segments.back().size)
        diags_.error(n->items[p->segments.size() - 1]->loc,
                     "a binary field without size is only allowed at the end of a binary pattern");
      p->segments.push_back(seg);
      sizeFromPattern.push_back(fromPattern);
    }
    // `<<len, payload::binary-size(len), rest::binary>>`: a size bound by an earlier segment
    // of the same pattern is only known after that segment matched. Split there: the
    // segments before it and the rest of the binary, which is matched (after `len` is
    // bound) against a nested pattern of the remaining segments.
    std::function<Pattern *(Pattern *, size_t)> split = [&](Pattern *bin, size_t from) -> Pattern * {
      for (size_t k = from + 1; k < bin->segments.size(); ++k) {
        if (!sizeFromPattern[k])
          continue;
        auto *inner = ctx_.make<Pattern>();
        inner->kind = Pattern::Kind::Binary;
        inner->loc = bin->loc;
        inner->segments.assign(bin->segments.begin() + static_cast<long>(k), bin->segments.end());
        bin->segments.resize(k);
        Pattern::Segment rest;
        rest.type = Pattern::Segment::Type::Binary;
        rest.pat = inner;
        bin->segments.push_back(rest);
        // Offsets into sizeFromPattern stay those of the original segment list.
        std::vector<bool> tail(sizeFromPattern.begin() + static_cast<long>(k), sizeFromPattern.end());
        sizeFromPattern = tail;
        sizeFromPattern[0] = false;
        split(inner, 0);
        return bin;
      }
      return bin;
    };
    return split(p, 0);
  }
  if ((op == ".." && n->items.size() == 2) || (op == "..//" && n->items.size() == 3)) {
    auto *p = ctx_.make<Pattern>();
    p->kind = Pattern::Kind::Map;
    p->loc = loc;
    p->mapKeys = {atomE("__struct__", loc), atomE("first", loc), atomE("last", loc)};
    p->mapVals = {pLit(atomC("Elixir.Range"), loc), lowerPattern(n->items[0], pc),
                  lowerPattern(n->items[1], pc)};
    if (n->items.size() == 3) {
      p->mapKeys.push_back(atomE("step", loc));
      p->mapVals.push_back(lowerPattern(n->items[2], pc));
    }
    return p;
  }
  if ((op == "-" || op == "+") && n->items.size() == 1)
    return fromExpr(n);
  if (op == "__aliases__" || op == "@" || op == "sigil_w" || op == "sigil_s" || op == "sigil_c" ||
      op == "sigil_D")
    return fromExpr(n);
  if (op == "when") {
    diags_.error(loc, "guards are not allowed inside patterns");
    return pWild(loc);
  }
  diags_.error(loc, "cannot invoke " + op + "/" + std::to_string(n->items.size()) +
                        " inside a match (only patterns are allowed here)");
  return pWild(loc);
}

} // namespace athanor::core
