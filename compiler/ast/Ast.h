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
//
// Shapes the parser produces (compiler/parse), exactly Elixir 1.14's quoted forms. `name`
// below is Call::text, `head` a Call::callee; atoms of modules keep their "Elixir." prefix
// (`Kernel` in printed output is the atom "Elixir.Kernel").
//   file            one expression, or __block__(exprs); an empty file is __block__()
//   variable        {x, [], nil} (argsNil). A bare `foo` or `__MODULE__` is the same shape:
//                   telling a variable from a zero-arity local call is sema's job
//   local call      foo(a) / `foo a` -> {:foo, [], [a]}; foo() -> {:foo, [], []}
//   remote call     Mod.f(a) -> head {:., [], [Mod, :f]}, args [a]. `m.key` / `Mod.f` without
//                   parentheses has empty args and Node::noParens set (Elixir's no_parens meta)
//   anonymous call  f.(a) -> head {:., [], [f]}; foo(a)(b) -> head is the call foo(a)
//   alias           Foo.Bar -> {:__aliases__, [], [:Foo, :Bar]}; the first segment may be an
//                   expression (__MODULE__.Child); Foo.{A, B} -> head {:., [], [Foo, :{}]}
//   operators       {op, [], [lhs, rhs]} / {op, [], [arg]}, named by their text ("+", "|>",
//                   "and", "::", "\\", "<-", "when", "|", "="...); `a not in b` and
//                   `not a in b` -> {:not, [], [{:in, [], [a, b]}]}; `a..b//c` ->
//                   {:"..//", [], [a, b, c]}; the bare range `..` -> {:.., [], []}
//   keyword list    List of 2-Tuples {Atom, value}; in calls the trailing `k: v` pairs are
//                   one List argument: f(a, k: 1) -> {:f, [], [a, [k: 1]]}
//   do-blocks       one trailing keyword-list argument, identical to the `do:` form:
//                   if c do a else b end == if(c, do: a, else: b) -> [do: a, else: b];
//                   keys do/else/after/rescue/catch in source order; an empty body is
//                   {:__block__, [], []}, several expressions a __block__
//   clauses         a List of {:->, [], [[args...], body]}: the value of a do/else/... key
//                   (case, receive, cond, try...) and the args of fn. A guard wraps all the
//                   arguments: `a, b when g ->` -> [{:when, [], [a, b, g]}]. `fn -> end` has
//                   body nil
//   blocks          {:__block__, [], exprs} for several expressions; a lone `not x`, `!x`
//                   or `unquote_splicing(x)` body also stays wrapped, as in Elixir
//   strings         String node; with interpolation {:<<>>, [], parts} where a part is a
//                   String or {:"::", [], [Kernel.to_string(expr), {:binary, [], nil}]}
//   charlists       a List of Integer code points; with interpolation
//                   List.to_charlist([parts]) where parts are Strings and Kernel.to_string(e)
//   sigils          ~r/x/i -> {:sigil_r, [], [{:<<>>, [], parts}, 'i' as a List of Integer]};
//                   the text is raw (escapes are the sigil's business)
//   quoted atoms    :"a#{b}" and "a#{b}": k -> :erlang.binary_to_atom(<<...>>, :utf8)
//   containers      Tuple (any size; `{a, k: 1}` holds [k: 1] as its last element);
//                   %{k => v, a: 1} -> {:%{}, [], [{k, v}, {:a, 1}]};
//                   %{m | a: 1} -> {:%{}, [], [{:|, [], [m, [a: 1]]}]};
//                   %S{...} -> {:%, [], [S, {:%{}, [], ...}]}; <<a::8>> -> {:<<>>, [], ...};
//                   [h | t] -> a List whose last element is {:|, [], [h, t]}
//   access          m[k] -> head {:., [], [Access, :get]}, args [m, k]
//   captures        &f/1 -> {:&, [], [{:/, [], [f, 1]}]}; &1 -> {:&, [], [1]}
//   attributes      @doc "x" -> {:@, [], [{:doc, [], ["x"]}]}; @x -> {:@, [], [{:x, [], nil}]}
//   literals        true/false/nil are Atoms; ?a is an Integer; -1 is {:-, [], [1]}
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
  /// As in Elixir, the parser sets it only on dot calls without arguments (`a.b`, `Mod.f`);
  /// `foo a` (arguments without parentheses) leaves it false.
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
