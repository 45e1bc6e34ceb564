// Core IR: the small language every Elixir construct is lowered to before code generation.
//
// A Core program is a list of modules, each a list of functions. Each function is a
// tree of expressions over immutable variables (VarId, unique per function): Elixir's
// rebinding becomes a fresh variable, bindings never leak out of a clause, closures are
// lambda-lifted to functions of their own that take their captured variables from the
// closure object. Control flow that Elixir spells many ways (if, unless, cond, with,
// case, function heads, `=`, `for`, pipes, try/rescue) becomes one of: Case (with a
// multi-value scrutinee and a failure kind), Receive, Try, Let, Seq.
//
// Pattern matching is expressed by Pattern trees; codegen compiles a Case's clauses
// into tests. Guards are ordinary expressions evaluated in "guard mode": a raise in a
// guard just makes the clause fail.
//
// Constants (literals and compile-time-known compound terms) are Const trees; codegen
// emits compound constants as static data, never allocated at run time.
//
// Ownership: a CoreContext arena owns every node.
#pragma once

#include "support/Source.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace athanor::core {

using VarId = uint32_t;
using AtomId = uint32_t; // index in the program's atom table

// ---- constants ----

struct Const {
  enum class Kind { Int, BigInt, Float, Atom, Binary, Nil, Cons, Tuple, Map } kind;
  int64_t ival = 0;           // Int
  double fval = 0;            // Float
  AtomId atom = 0;            // Atom
  std::string text;           // BigInt (decimal), Binary (bytes)
  std::vector<Const *> elems; // Cons: [head, tail]; Tuple: elements; Map: k0, v0, k1, v1, ...
};

// ---- patterns ----

struct Expr;

struct Pattern {
  enum class Kind {
    Wild,      // _
    Bind,      // a fresh variable
    Same,      // must equal an already bound variable (pin, or a repeated name)
    Lit,       // a constant (compared exactly, as === )
    Tuple,     // {p1, ..., pn}
    Cons,      // [h | t]
    Map,       // %{k => p, ...}: keys are constants or expressions (pinned)
    BinPrefix, // "prefix" <> rest
    Binary,    // <<segments>>: sized integer/binary segments (limited)
    Alias,     // p = q: both must match the same value
  } kind;
  SourceLoc loc;
  VarId var = 0;                  // Bind, Same
  Const *lit = nullptr;           // Lit; BinPrefix: the prefix (a Binary const)
  std::vector<Pattern *> elems;   // Tuple elements; Cons [h, t]; Alias [p, q]; BinPrefix [rest]
  std::vector<Expr *> mapKeys;    // Map: key expressions (constants or pinned variables)
  std::vector<Pattern *> mapVals; // Map: value patterns
  // Binary segments: each elem is a pattern with its segment type
  struct Segment {
    Pattern *pat;
    enum class Type { Integer, Binary, Utf8, Float } type;
    int64_t size = -1; // bits for Integer/Float; bytes for Binary; -1 = default/rest
    bool isSigned = false;
  };
  std::vector<Segment> segments;
};

// ---- expressions ----

/// Inline primitive operations: codegen emits fast paths and calls the runtime for the rest.
enum class Prim {
  // arithmetic
  Add, Sub, Mul, Div /* float / */, IntDiv /* div */, Rem, Neg, Pos,
  // comparison
  Eq, Ne, StrictEq, StrictNe, Lt, Gt, Le, Ge,
  // boolean (strict: the argument must be a boolean)
  Not, And, Or,
  // type tests
  IsAtom, IsInteger, IsFloat, IsNumber, IsBinary, IsBitstring, IsList, IsTuple, IsMap,
  IsFunction, IsFunction2, IsPid, IsReference, IsBoolean, IsNil, IsStruct, IsStruct2,
  IsMapKey, IsException, IsException2,
  // data
  TupleSize, Element /* elem(t, i) 0-based */, Hd, Tl, Length, MapSize, ByteSize,
  Abs, Self,
};

struct FunctionRef; // a function of the program (see below)

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
  Unreachable,    // a clause always matches
  Reraise,        // re-raise the pending exception (try handler fall-through)
};

struct Expr {
  enum class Kind {
    Const,     // const
    Var,       // var
    Let,       // var = a; body           (binding a value, no matching)
    Seq,       // a; b
    Tuple,     // {args...}
    Cons,      // [args[0] | args[1]]
    MakeMap,   // %{args[0] => args[1], ...}
    UpdateMap, // %{args[0] | args[1] => args[2], ...}: keys must exist
    PutMap,    // Map.put-like merge of pairs (keys need not exist)
    Binary,    // <<segments>>: concatenation of binary args (all must be binaries)
    Prim,      // prim(args)
    Call,      // direct call of a known function: callee(args)
    CallBif,   // runtime function bif(args)
    CallDynamic, // args[0].name(args[1..]) with runtime lookup (module in a variable)
    CallUndefined, // a remote call to a function that does not exist: raises :undef
    Apply,     // closure call: args[0].(args[1..])
    MakeFun,   // closure over `captures` for lifted function `callee`
    Case,      // case args (scrutinees) of clauses; `fail` when none match
    Receive,   // receive clauses after args[0] -> afterBody
    Try,       // try (see below)
    Raise,     // raise class=args[0] value=args[1] (stack: args[2] optional)
    MatchFailure, // error for MatchFail `fail` on args (value)
  } kind;
  SourceLoc loc;
  Const *constant = nullptr;
  VarId var = 0;
  std::vector<Expr *> args;
  Expr *body = nullptr;            // Let: body; Receive: afterBody; Try: see below
  Prim prim = Prim::Add;
  FunctionRef *callee = nullptr;   // Call, MakeFun
  std::string bif;                 // CallBif: C symbol
  bool bifCanFail = true;          // CallBif: may return NONVALUE
  AtomId name = 0;                 // CallDynamic / CallUndefined: function name
  AtomId module = 0;               // CallUndefined: module
  std::vector<VarId> captures;     // MakeFun
  std::vector<CaseClause *> clauses; // Case, Receive, Try (handler clauses)
  MatchFail fail = MatchFail::CaseClause;
  bool tail = false;               // set by codegen analysis: call in tail position
  // Try: body = protected expression; clauses = handler clauses over (class, reason,
  // stacktrace) (falling through re-raises); elseClauses = `else` clauses over the
  // body's value; afterBody = `after` expression (run on every exit).
  std::vector<CaseClause *> elseClauses;
  Expr *afterBody = nullptr;
  VarId tryClass = 0, tryReason = 0, tryStack = 0; // Try: variables bound in handlers
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
  std::string symbol;      // LLVM symbol name
};

struct Function {
  FunctionRef *ref = nullptr;
  std::vector<VarId> params;   // arity params (+ captures are loaded from the closure)
  std::vector<VarId> captured; // for closures: variables bound to the captured values
  Expr *body = nullptr;
  SourceLoc loc;
  uint32_t numVars = 0;
};

struct StructDef {
  std::string module;
  std::vector<AtomId> fields;   // in definition order (without __struct__)
  std::vector<Const *> defaults;
  bool isException = false;
};

struct Module {
  std::string name; // "Elixir.Fib"
  std::vector<Function *> functions;
};

struct Program {
  std::vector<Module *> modules;
  std::vector<StructDef *> structs;
  Function *script = nullptr; // top-level code (nullptr in library mode)
  std::vector<std::string> atoms; // the full atom table, index = AtomId
};

class CoreContext {
public:
  template <class T> T *make() {
    auto p = std::make_unique<T>();
    T *raw = p.get();
    owned_.emplace_back(std::shared_ptr<void>(std::move(p)));
    return raw;
  }

private:
  std::deque<std::shared_ptr<void>> owned_;
};

} // namespace athanor::core
