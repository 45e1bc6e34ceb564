// Core IR: the small language every Elixir construct is lowered to before code generation.
//
// A Core program is a list of functions. Each function is a tree of expressions over
// variables (VarId) that are bound exactly once: Elixir's rebinding becomes a fresh
// variable, so codegen can keep one SSA value per variable. Closures are lambda-lifted to
// functions of their own that receive their captured values from the closure object.
//
// Binding and scope. A variable is bound by a function parameter, a Match, a clause
// pattern (Case, Receive, Try handlers) or a Seq element. Lowering guarantees that every
// use of a variable is dominated by its binding in evaluation order: a Match in the
// middle of a Seq binds for the rest of the Seq (it raises when it fails, so whatever
// follows it runs only after it matched); clause bindings are visible in that clause's
// guard and body only.
//
// Control flow that Elixir spells many ways (if, unless, cond, with, case, function heads,
// `=`, `for`, `&&`, try/rescue) becomes one of: Case (several scrutinees, clauses with
// patterns and guards, and what to raise when none matches), Receive, Try, Seq, Match.
//
// Guards are ordinary expressions evaluated in "guard mode" by codegen: an exception in a
// guard makes the clause fail instead of propagating.
//
// Constants (literals and compile-time-known compound terms) are Const trees; codegen emits
// compound constants as static data, never allocated at run time.
//
// Ownership: a CoreContext arena owns every node; nodes are never freed individually.
#pragma once

#include "support/Source.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace athanor::core {

using VarId = uint32_t;  // 0 is "no variable"
using AtomId = uint32_t; // index in the program's atom table

// ---- constants ----

struct Const {
  enum class Kind { Int, BigInt, Float, Atom, Binary, Nil, Cons, Tuple, Map, Fun };
  Kind kind = Kind::Nil;
  int64_t ival = 0;           // Int
  double fval = 0;            // Float
  AtomId atom = 0;            // Atom
  std::string text;           // BigInt (decimal, optional '-'), Binary (bytes)
  std::vector<Const *> elems; // Cons: [head, tail]; Tuple: elements; Map: k0, v0, k1, v1, ...
  struct FunctionRef *fun = nullptr; // Fun: a capture &Mod.fun/N (no free variables)
};

// ---- patterns ----

struct Expr;

struct Pattern {
  enum class Kind {
    Wild,      // _
    Bind,      // binds a fresh variable
    Same,      // must equal (===) an already bound variable (pin, repeated name)
    Lit,       // a constant, compared with === (pattern semantics: 1 does not match 1.0)
    Tuple,     // {p1, ..., pn}
    Cons,      // [h | t]: elems = [h, t]
    Map,       // %{k => p, ...}: keys are Exprs that are constants or bound variables
    BinPrefix, // "prefix" <> rest: lit = the prefix (Binary const), elems = [rest]
    Binary,    // <<segments>>
    Alias,     // p = q: both must match the same value; elems = [p, q]
  };
  Kind kind = Kind::Wild;
  SourceLoc loc;
  VarId var = 0;                  // Bind, Same
  Const *lit = nullptr;           // Lit, BinPrefix
  std::vector<Pattern *> elems;   // Tuple, Cons, Alias, BinPrefix
  std::vector<Expr *> mapKeys;    // Map
  std::vector<Pattern *> mapVals; // Map
  struct Segment {
    Pattern *pat = nullptr;
    enum class Type { Integer, Binary, Utf8, Float } type = Type::Integer;
    Expr *size = nullptr; // bits (Integer/Float) or bytes (Binary); nullptr = default/rest
    int64_t unit = 1;
    bool isSigned = false;
    bool little = false;
  };
  std::vector<Segment> segments; // Binary
};

// ---- expressions ----

/// Inline primitive operations: codegen emits fast paths and calls the runtime otherwise.
enum class Prim {
  // arithmetic (small-integer fast paths, runtime for the rest)
  Add, Sub, Mul, Neg,
  // comparison
  Eq, Ne, StrictEq, StrictNe, Lt, Gt, Le, Ge,
  // strict boolean not (argument must be a boolean: badarg otherwise)
  Not,
  // type tests and accessors usable in guards
  IsAtom, IsInteger, IsList, IsTuple, IsPid, IsBinary, IsMap, IsFloat, IsNumber,
  IsBoolean, IsNil, IsFunction,
  TupleSize, Element, // element(i, t) with a 1-based index, as :erlang.element/2
  Hd, Tl,
  Self,
  Truthy,            // returns true unless the value is false or nil (for && || ! if)
};

struct FunctionRef;
struct Function;

struct CaseClause {
  std::vector<Pattern *> patterns; // one per scrutinee
  Expr *guard = nullptr;           // nullptr = always
  Expr *body = nullptr;
  SourceLoc loc;
};

/// What a Case does when no clause matches.
enum class MatchFail {
  Badmatch,       // {:badmatch, v}            (=)
  CaseClause,     // {:case_clause, v}         (case)
  FunctionClause, // :function_clause          (function heads, fn)
  CondClause,     // :cond_clause              (cond)
  WithClause,     // {:with_clause, v}         (with ... else)
  TryClause,      // {:try_clause, v}          (try ... else)
  BadBool,        // {:badbool, :and, v} style: `and`/`or`/`not` on a non-boolean
  Unreachable,    // a clause always matches (codegen emits `unreachable`)
  Reraise,        // re-raise the pending exception (try handler fall-through)
};

struct Expr {
  enum class Kind {
    Const,         // constant
    Var,           // var
    Seq,           // args evaluated in order; value of the last
    Match,         // match args[0] against pattern; value is args[0]'s; raises `fail`
    Tuple,         // {args...}
    List,          // [args... | body]; body == nullptr means []
    MakeMap,       // %{args[0] => args[1], ...}
    UpdateMap,     // %{args[0] | args[1] => args[2], ...}: every key must exist
    Concat,        // binaries args concatenated (string interpolation)
    BinaryBuild,   // <<segments>> construction (segments in `segments`)
    Prim,          // prim(args)
    Call,          // direct call of a known function: callee(args)
    CallBif,       // runtime BIF symbol(args)
    CallDynamic,   // args[0] is the module, args[1] the function name, args[2..] the args
    Apply,         // closure call: args[0].(args[1..])
    MakeFun,       // closure of lifted function `callee` over `captures`
    Case,          // case args (scrutinees) of clauses; `fail` when none match
    Receive,       // receive clauses after args[0] -> body (args empty: no after)
    Try,           // see below
    Raise,         // raise class args[0], value args[1] (args[2]: stacktrace, optional)
    MatchFailure,  // raise the error of `fail` for the value args[0]
  };
  Kind kind = Kind::Const;
  SourceLoc loc;
  Const *constant = nullptr;         // Const
  VarId var = 0;                     // Var
  Pattern *pattern = nullptr;        // Match
  std::vector<Expr *> args;
  Expr *body = nullptr;              // List: tail; Receive: after body; Try: protected body
  Prim prim = Prim::Add;
  FunctionRef *callee = nullptr;     // Call, MakeFun
  std::string bif;                   // CallBif: the symbol suffix (ath_bif_<bif>)
  bool bifGuard = false;             // CallBif: allowed in guards
  std::vector<VarId> captures;       // MakeFun: outer variables, in the lifted fn's order
  std::vector<CaseClause *> clauses; // Case, Receive, Try rescue/catch handler clauses
  MatchFail fail = MatchFail::CaseClause;
  std::vector<Pattern::Segment> segments; // BinaryBuild: pat unused, `value` per segment
  std::vector<Expr *> segmentValues;      // BinaryBuild
  // Try: body = protected expression; clauses = handler clauses over the three values
  // (kind, reason, stacktrace); a value matching no handler is re-raised. elseClauses =
  // `else` clauses over the body's value (TryClause error when none matches). afterBody =
  // the `after` expression, run on every way out (its value is discarded).
  std::vector<CaseClause *> elseClauses;
  bool hasElse = false;
  Expr *afterBody = nullptr;
};

/// A function of the program: a named def/defp, a lifted fn, or the script body.
struct FunctionRef {
  std::string module;      // "Elixir.Fib"
  std::string name;        // "fib", or "-run/0-fun-0-" for lifted fns
  uint32_t arity = 0;      // Elixir arity (not counting the closure argument)
  bool isClosure = false;  // takes the closure as an extra last argument
  uint32_t numCaptures = 0;
  bool exported = true;    // def (true) or defp / lifted (false)
  bool external = false;   // defined in another object (the standard library)
  bool isBifWrapper = false; // a tailcc wrapper around a BIF (stdlib mode emits these)
  std::string bif;         // isBifWrapper: the BIF symbol suffix
  std::string symbol;      // LLVM symbol name
  uint32_t unique = 0;     // lifted fns: index within the module (for inspect)
  std::string parentName;  // lifted fns: the enclosing named function ("run")
  uint32_t parentArity = 0;
  /// A capture &Mod.fun/N (or &fun/N): the module and function it names, which inspect
  /// prints instead of the wrapper's own name.
  bool isCapture = false;
  std::string captureModule;
  std::string captureName;
};

struct Function {
  FunctionRef *ref = nullptr;
  std::vector<VarId> params;   // one per arity parameter
  std::vector<VarId> captured; // closures: variables bound to the captured values
  Expr *body = nullptr;
  SourceLoc loc;
};

struct StructDef {
  std::string module;
  std::vector<AtomId> fields;    // definition order (without __struct__ and __exception__)
  std::vector<Const *> defaults; // one per field
  bool isException = false;
  bool inspectDerived = false;       // @derive {Inspect, only/except} hiding fields
  std::vector<AtomId> inspectFields; // the fields inspect shows then
};

struct Program {
  std::vector<Function *> functions;
  std::vector<FunctionRef *> refs; // every function known (defined here or external)
  std::vector<StructDef *> structs;
  Function *script = nullptr;      // top-level code (nullptr in library mode)
  std::vector<std::string> atoms;  // the full atom table, index = AtomId
  uint32_t firstOwnAtom = 0;       // atoms before this index come from the stdlib manifest
  uint32_t varCount = 0;           // VarIds are < varCount
  bool stdlibMode = false;
};

class CoreContext {
public:
  template <class T> T *make() {
    auto p = std::make_shared<T>();
    T *raw = p.get();
    owned_.emplace_back(std::move(p));
    return raw;
  }

private:
  std::deque<std::shared_ptr<void>> owned_;
};

} // namespace athanor::core
