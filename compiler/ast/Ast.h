// The AST: Elixir's quoted form as plain C++ data.
//
// Elixir represents code as terms: literals (integers, floats, atoms, strings, lists and
// 2-tuples) and three-element call tuples `{form, meta, args}`. We mirror that exactly, so
// `--emit=quoted` can print what `Code.string_to_quoted!/1` returns and the front end stays
// a faithful, small translation; sema recognises the special forms (`def`, `case`, `fn`,
// `=`, `__aliases__`, ...) by their names.
//
//   Kind::Integer  `1_000` -> 1000. Values beyond int64 keep their decimal digits in `text`.
//   Kind::Float    `1.5`
//   Kind::Atom     `:ok`, `true`, `nil`; `text` is the atom's name ("ok"). An alias `Foo.Bar`
//                  is not an atom but the call {:__aliases__, [], [:Foo, :Bar]}.
//   Kind::String   a string literal without interpolation; `text` holds its bytes.
//   Kind::List     `[a, b]`, keyword lists (`[a: 1]` is a list of 2-tuples), charlists
//                  (lists of integers). `[h | t]` ends with the call {:|, [], [h, t]}.
//   Kind::Tuple    any tuple. The quoted printer prints 2-tuples literally and other sizes
//                  as {:{}, [], elems}, as Elixir does.
//   Kind::Call     {name, meta, args}. `name` holds the atom when the head is an atom;
//                  otherwise `callee` holds the head expression (e.g. {:., [], [IO, :puts]}).
//                  A variable is a call whose args are nil (`argsNil`): {:x, [], nil}.
//
// Nodes live in an AstContext arena and are never freed individually; pointers stay valid
// for the arena's lifetime. Every node carries the source position of its first token.
#pragma once

#include "support/Source.h"

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace athanor::ast {

enum class Kind : uint8_t { Integer, Float, Atom, String, List, Tuple, Call };

struct Node {
  Kind kind;
  SourceLoc loc;
  /// Integer: the value when !isBig. Unused otherwise.
  int64_t ival = 0;
  /// Float: the value.
  double fval = 0;
  /// Integer (isBig): decimal digits with optional leading '-'. Atom: the name.
  /// String: the bytes. Call: the head atom's name when callee == nullptr.
  std::string text;
  /// Call: the head when it is not an atom.
  Node *callee = nullptr;
  /// List/Tuple: the elements. Call: the arguments.
  std::vector<Node *> items;
  /// Integer: the value does not fit int64 and lives in `text`.
  bool isBig = false;
  /// Call: the args are nil, i.e. this is a variable (or a bare zero-arity name).
  bool argsNil = false;
  /// Call: written without parentheses (Elixir's `no_parens: true` meta). Sema uses it to
  /// tell `map.field` from `mod.fun()`; the quoted printer ignores it (meta is stripped).
  bool noParens = false;

  bool isCall() const { return kind == Kind::Call; }
  /// True for a call whose head is the atom `name`.
  bool isCallTo(const char *name) const {
    return kind == Kind::Call && callee == nullptr && text == name;
  }
  bool isVar() const { return kind == Kind::Call && callee == nullptr && argsNil; }
  bool isAtom(const char *name) const { return kind == Kind::Atom && text == name; }
};

/// Owns every node of one compilation.
class AstContext {
public:
  Node *make(Kind kind, SourceLoc loc) {
    nodes_.emplace_back();
    Node *n = &nodes_.back();
    n->kind = kind;
    n->loc = loc;
    return n;
  }
  Node *integer(SourceLoc loc, int64_t v) {
    Node *n = make(Kind::Integer, loc);
    n->ival = v;
    return n;
  }
  Node *atom(SourceLoc loc, std::string name) {
    Node *n = make(Kind::Atom, loc);
    n->text = std::move(name);
    return n;
  }
  Node *string(SourceLoc loc, std::string bytes) {
    Node *n = make(Kind::String, loc);
    n->text = std::move(bytes);
    return n;
  }
  Node *list(SourceLoc loc, std::vector<Node *> elems) {
    Node *n = make(Kind::List, loc);
    n->items = std::move(elems);
    return n;
  }
  Node *tuple(SourceLoc loc, std::vector<Node *> elems) {
    Node *n = make(Kind::Tuple, loc);
    n->items = std::move(elems);
    return n;
  }
  /// {name, [], args}
  Node *call(SourceLoc loc, std::string name, std::vector<Node *> args) {
    Node *n = make(Kind::Call, loc);
    n->text = std::move(name);
    n->items = std::move(args);
    return n;
  }
  /// {callee, [], args}
  Node *callExpr(SourceLoc loc, Node *callee, std::vector<Node *> args) {
    Node *n = make(Kind::Call, loc);
    n->callee = callee;
    n->items = std::move(args);
    return n;
  }
  /// {name, [], nil}
  Node *var(SourceLoc loc, std::string name) {
    Node *n = make(Kind::Call, loc);
    n->text = std::move(name);
    n->argsNil = true;
    return n;
  }
  size_t size() const { return nodes_.size(); }

private:
  std::deque<Node> nodes_;
};

} // namespace athanor::ast
