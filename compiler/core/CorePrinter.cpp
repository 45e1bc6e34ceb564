// Prints Core IR as indented S-expressions for `--emit=core`, so golden tests can check
// what lowering produced. Variables print as _N, constants in Elixir syntax.
#include "core/Lower.h"

#include <sstream>

namespace athanor::core {

namespace {

class Printer {
public:
  explicit Printer(const Program &p) : prog_(p) {}

  std::string run() {
    for (const Function *f : prog_.functions)
      function(*f);
    if (prog_.script)
      function(*prog_.script);
    return out_.str();
  }

private:
  void function(const Function &f) {
    out_ << "(fun " << f.ref->symbol << " (";
    for (size_t i = 0; i < f.params.size(); ++i)
      out_ << (i ? " " : "") << "_" << f.params[i];
    out_ << ")";
    if (!f.captured.empty()) {
      out_ << " captured (";
      for (size_t i = 0; i < f.captured.size(); ++i)
        out_ << (i ? " " : "") << "_" << f.captured[i];
      out_ << ")";
    }
    indent_ = 1;
    newline();
    expr(f.body);
    out_ << ")\n";
  }

  void newline() {
    out_ << "\n";
    for (int i = 0; i < indent_; ++i)
      out_ << "  ";
  }

  void constant(const Const *c) {
    switch (c->kind) {
    case Const::Kind::Int:
      out_ << c->ival;
      break;
    case Const::Kind::BigInt:
      out_ << c->text;
      break;
    case Const::Kind::Float:
      out_ << c->fval;
      break;
    case Const::Kind::Atom:
      out_ << ":" << prog_.atoms[c->atom];
      break;
    case Const::Kind::Binary:
      out_ << "\"" << c->text << "\"";
      break;
    case Const::Kind::Nil:
      out_ << "[]";
      break;
    case Const::Kind::Cons: {
      out_ << "[";
      const Const *cur = c;
      bool first = true;
      while (cur->kind == Const::Kind::Cons) {
        if (!first)
          out_ << ", ";
        first = false;
        constant(cur->elems[0]);
        cur = cur->elems[1];
      }
      if (cur->kind != Const::Kind::Nil) {
        out_ << " | ";
        constant(cur);
      }
      out_ << "]";
      break;
    }
    case Const::Kind::Tuple:
      out_ << "{";
      for (size_t i = 0; i < c->elems.size(); ++i) {
        if (i)
          out_ << ", ";
        constant(c->elems[i]);
      }
      out_ << "}";
      break;
    case Const::Kind::Map:
      out_ << "%{";
      for (size_t i = 0; i + 1 < c->elems.size(); i += 2) {
        if (i)
          out_ << ", ";
        constant(c->elems[i]);
        out_ << " => ";
        constant(c->elems[i + 1]);
      }
      out_ << "}";
      break;
    case Const::Kind::Fun:
      out_ << "&" << c->fun->symbol;
      break;
    }
  }

  void pattern(const Pattern *p) {
    switch (p->kind) {
    case Pattern::Kind::Wild:
      out_ << "_";
      break;
    case Pattern::Kind::Bind:
      out_ << "_" << p->var;
      break;
    case Pattern::Kind::Same:
      out_ << "^_" << p->var;
      break;
    case Pattern::Kind::Lit:
      constant(p->lit);
      break;
    case Pattern::Kind::Tuple:
      out_ << "{";
      for (size_t i = 0; i < p->elems.size(); ++i) {
        if (i)
          out_ << ", ";
        pattern(p->elems[i]);
      }
      out_ << "}";
      break;
    case Pattern::Kind::Cons:
      out_ << "[";
      pattern(p->elems[0]);
      out_ << " | ";
      pattern(p->elems[1]);
      out_ << "]";
      break;
    case Pattern::Kind::Map:
      out_ << "%{";
      for (size_t i = 0; i < p->mapKeys.size(); ++i) {
        if (i)
          out_ << ", ";
        inlineExpr(p->mapKeys[i]);
        out_ << " => ";
        pattern(p->mapVals[i]);
      }
      out_ << "}";
      break;
    case Pattern::Kind::BinPrefix:
      constant(p->lit);
      out_ << " <> ";
      pattern(p->elems[0]);
      break;
    case Pattern::Kind::Binary:
      out_ << "<<";
      for (size_t i = 0; i < p->segments.size(); ++i) {
        if (i)
          out_ << ", ";
        pattern(p->segments[i].pat);
      }
      out_ << ">>";
      break;
    case Pattern::Kind::Alias:
      pattern(p->elems[0]);
      out_ << " = ";
      pattern(p->elems[1]);
      break;
    }
  }

  void inlineExpr(const Expr *e) {
    int saved = indent_;
    expr(e);
    indent_ = saved;
  }

  static const char *kindName(Expr::Kind k) {
    switch (k) {
    case Expr::Kind::Const: return "const";
    case Expr::Kind::Var: return "var";
    case Expr::Kind::Seq: return "seq";
    case Expr::Kind::Match: return "match";
    case Expr::Kind::Tuple: return "tuple";
    case Expr::Kind::List: return "list";
    case Expr::Kind::MakeMap: return "map";
    case Expr::Kind::UpdateMap: return "map-update";
    case Expr::Kind::Concat: return "concat";
    case Expr::Kind::BinaryBuild: return "binary";
    case Expr::Kind::Prim: return "prim";
    case Expr::Kind::Call: return "call";
    case Expr::Kind::CallBif: return "bif";
    case Expr::Kind::CallDynamic: return "call-dynamic";
    case Expr::Kind::Apply: return "apply";
    case Expr::Kind::MakeFun: return "make-fun";
    case Expr::Kind::Case: return "case";
    case Expr::Kind::Receive: return "receive";
    case Expr::Kind::Try: return "try";
    case Expr::Kind::Raise: return "raise";
    case Expr::Kind::MatchFailure: return "match-failure";
    }
    return "?";
  }

  void clauses(const std::vector<CaseClause *> &cs) {
    for (const CaseClause *c : cs) {
      newline();
      out_ << "(clause (";
      for (size_t i = 0; i < c->patterns.size(); ++i) {
        if (i)
          out_ << " ";
        pattern(c->patterns[i]);
      }
      out_ << ")";
      if (c->guard) {
        out_ << " when ";
        inlineExpr(c->guard);
      }
      ++indent_;
      newline();
      expr(c->body);
      --indent_;
      out_ << ")";
    }
  }

  void expr(const Expr *e) {
    switch (e->kind) {
    case Expr::Kind::Const:
      constant(e->constant);
      return;
    case Expr::Kind::Var:
      out_ << "_" << e->var;
      return;
    default:
      break;
    }
    out_ << "(" << kindName(e->kind);
    if (e->kind == Expr::Kind::Prim)
      out_ << " " << static_cast<int>(e->prim);
    if (e->kind == Expr::Kind::Call || e->kind == Expr::Kind::MakeFun)
      out_ << " " << e->callee->symbol;
    if (e->kind == Expr::Kind::CallBif)
      out_ << " " << e->bif;
    if (e->kind == Expr::Kind::Match) {
      out_ << " ";
      pattern(e->pattern);
    }
    for (VarId v : e->captures)
      out_ << " _" << v;
    ++indent_;
    for (const Expr *a : e->args) {
      newline();
      expr(a);
    }
    for (const Expr *a : e->segmentValues) {
      newline();
      expr(a);
    }
    if (e->kind == Expr::Kind::Try) {
      newline();
      out_ << "(do ";
      expr(e->body);
      out_ << ")";
      clauses(e->clauses);
      if (e->hasElse) {
        newline();
        out_ << "(else";
        ++indent_;
        clauses(e->elseClauses);
        --indent_;
        out_ << ")";
      }
      if (e->afterBody) {
        newline();
        out_ << "(after ";
        expr(e->afterBody);
        out_ << ")";
      }
    } else {
      clauses(e->clauses);
      if (e->body) {
        newline();
        out_ << (e->kind == Expr::Kind::Receive ? "(after " : "(tail ");
        expr(e->body);
        out_ << ")";
      }
    }
    --indent_;
    out_ << ")";
  }

  const Program &prog_;
  std::ostringstream out_;
  int indent_ = 0;
};

} // namespace

std::string printCore(const Program &prog) { return Printer(prog).run(); }

} // namespace athanor::core
