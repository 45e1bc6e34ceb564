// Internal to the lowering stage (core/Lower*.cpp): the Lowerer and its state.
//
//   LowerProgram.cpp  atoms, function references, modules, functions, the script,
//                     structs, default-argument functions, BIF wrappers
//   LowerExpr.cpp     expressions: literals, data, operators, variables, blocks, `=`
//   LowerPattern.cpp  patterns (and their bindings)
//   LowerControl.cpp  case/cond/if/unless/with/for/receive/try/fn/&&/||/and/or
//   LowerCall.cpp     calls: local, imported, Kernel, remote, dynamic, captures, raise
//
// Variables: each Elixir function being lowered has an FnFrame holding the names in
// scope. Clause scopes copy `vars` on entry and restore it on exit (bindings never leak
// out of a clause); a Match in a block adds to `vars` for the rest of the block. A name
// not found in a fn's frame is looked up in the enclosing frame and, if found there,
// becomes a captured variable of the fn (captured by value when the closure is made).
#pragma once

#include "core/Lower.h"

#include <deque>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace athanor::core {

struct FnFrame {
  FnFrame *outer = nullptr;
  std::map<std::string, VarId> vars;
  std::map<VarId, VarId> captureOf; // outer VarId -> local VarId
  std::vector<VarId> outerCaptures; // MakeFun's captures (outer ids), in order
  std::vector<VarId> localCaptures; // the lifted function's captured (local ids)
  /// In a `&(...)` capture: the parameters &1..&n (index 1..n).
  std::map<int64_t, VarId> *captureArgs = nullptr;
  /// In a try handler: the variable holding the stacktrace (for __STACKTRACE__).
  VarId stacktrace = 0;
};

/// Where the code being lowered lives.
struct ModuleCtx {
  const sema::ModuleDef *module = nullptr; // nullptr for the script
  std::string name;                        // "" for the script
  const std::map<std::string, std::string> *aliases = nullptr;
  const std::vector<sema::Import> *imports = nullptr;
  const sema::AttributeMap *attributes = nullptr;
  std::string fnName; // the named function being lowered ("" for the script)
  uint32_t fnArity = 0;
};

/// Bindings collected while lowering one pattern (or the patterns of one clause).
struct PatCtx {
  std::map<std::string, VarId> bound;
  std::vector<std::pair<std::string, SourceLoc>> order;
};

class Lowerer {
public:
  Lowerer(const sema::Program &prog, ast::AstContext &astCtx, CoreContext &ctx,
          DiagnosticEngine &diags, const LowerOptions &opts);
  Program *run();

  // ---- LowerProgram.cpp ----
  AtomId atom(const std::string &name);
  FunctionRef *internalRef(const std::string &module, const std::string &name, uint32_t arity);
  FunctionRef *externalRef(const std::string &module, const std::string &name, uint32_t arity);
  /// The program or stdlib function `module.name/arity` if it exists (exported or not).
  FunctionRef *findFunction(const std::string &module, const std::string &name,
                            uint32_t arity, bool *isPrivate = nullptr);
  bool moduleKnown(const std::string &module) const;
  const sema::StructInfo *structOf(const std::string &module) const;
  FunctionRef *liftedRef(const std::string &hint, uint32_t arity, bool isCapture);
  void lowerModuleFunctions(const sema::ModuleDef &m);
  void lowerFunction(const sema::ModuleDef &m, const sema::FunctionDef &fd);
  void lowerDefaultsFunction(const sema::ModuleDef &m, const sema::FunctionDef &fd);
  void lowerScript();
  void lowerStructs();
  void addBifWrappers();

  // ---- LowerExpr.cpp ----
  Expr *lowerExpr(const ast::Node *n);
  Expr *lowerBlock(const std::vector<const ast::Node *> &items, SourceLoc loc);
  Expr *lowerBody(const ast::Node *n); // a do-block body (a __block__ or one expression)
  Expr *lowerMatch(const ast::Node *n);
  Expr *lowerTupleOrList(const ast::Node *n);
  Expr *lowerList(const std::vector<const ast::Node *> &items, const ast::Node *tail,
                  SourceLoc loc);
  Expr *lowerMap(const ast::Node *n);
  Expr *lowerStruct(const ast::Node *n);
  Expr *lowerBinary(const ast::Node *n);
  Expr *lowerVar(const ast::Node *n);
  Expr *lowerAttribute(const ast::Node *n);
  /// True when the module defines (or imports) name/2 itself, a user sigil.
  bool definesSigil(const std::string &name) const;
  Expr *lowerSigil(const ast::Node *n);
  /// ~D[YYYY-MM-DD] as a constant %Date{} (nullptr when the text is not a valid ISO date).
  Const *isoDateConst(const std::string &text);
  Expr *lowerRange(const ast::Node *n);
  Expr *lowerDot(const ast::Node *n); // x.field
  Expr *lowerAccessPath(const ast::Node *n, const char *op, const ast::Node *valueOrFun);
  /// A string literal or interpolation ({:<<>>, _, parts}) as a Concat or constant.
  Expr *lowerStringParts(const ast::Node *n);

  // constant folding and constructors
  Const *constOf(const ast::Node *n); // a literal AST as a constant, or nullptr
  Expr *constE(Const *c, SourceLoc loc);
  /// A guard test that variable v is an element of the constant list or Range struct c;
  /// nullptr for any other constant.
  Expr *constMembership(Const *c, VarId v, SourceLoc loc);
  Expr *atomE(const std::string &name, SourceLoc loc);
  Expr *intE(int64_t v, SourceLoc loc);
  Expr *nilE(SourceLoc loc) { return atomE("nil", loc); }
  Expr *varE(VarId v, SourceLoc loc);
  Expr *primE(Prim p, std::vector<Expr *> args, SourceLoc loc);
  Expr *bifE(const std::string &symbol, std::vector<Expr *> args, SourceLoc loc,
             bool guardOk = false);
  Expr *seqE(std::vector<Expr *> items, SourceLoc loc);
  Expr *tupleE(std::vector<Expr *> items, SourceLoc loc);
  Expr *caseE(std::vector<Expr *> scrutinees, std::vector<CaseClause *> clauses,
              MatchFail fail, SourceLoc loc);
  CaseClause *clauseOf(std::vector<Pattern *> pats, Expr *guard, Expr *body, SourceLoc loc);
  Expr *callE(FunctionRef *ref, std::vector<Expr *> args, SourceLoc loc);
  Expr *raiseE(const std::string &cls, Expr *value, SourceLoc loc);
  Expr *ifE(Expr *cond, Expr *then, Expr *otherwise, SourceLoc loc); // on truthiness
  Expr *errorTupleE(const std::string &tag, Expr *value, SourceLoc loc);
  Const *atomC(const std::string &name);
  Const *intC(int64_t v);
  Const *nilListC();
  Const *binaryC(const std::string &bytes);
  Const *tupleC(std::vector<Const *> elems);
  Const *listC(const std::vector<Const *> &elems, Const *tail = nullptr);
  static bool isConst(const Expr *e) { return e->kind == Expr::Kind::Const; }
  VarId newVar();
  /// Binds `e` to a fresh variable (a Match with a Bind pattern) and returns both.
  std::pair<Expr *, VarId> bindTemp(Expr *e, SourceLoc loc);

  // ---- LowerPattern.cpp ----
  Pattern *lowerPattern(const ast::Node *n, PatCtx &pc);
  /// Adds the bindings of `pc` to the current scope.
  void commitBindings(const PatCtx &pc);
  Pattern *pWild(SourceLoc loc);
  Pattern *pBind(VarId v, SourceLoc loc);
  Pattern *pLit(Const *c, SourceLoc loc);
  Pattern *pTuple(std::vector<Pattern *> elems, SourceLoc loc);

  // ---- LowerControl.cpp ----
  Expr *lowerCase(const ast::Node *n);
  Expr *lowerCond(const ast::Node *n);
  Expr *lowerIf(const ast::Node *n, bool negate);
  Expr *lowerWith(const ast::Node *n);
  Expr *lowerFor(const ast::Node *n);
  Expr *lowerReceive(const ast::Node *n);
  Expr *lowerTry(const ast::Node *n);
  Expr *lowerTryParts(const ast::Node *kw, Expr *body, SourceLoc loc);
  Expr *lowerFn(const ast::Node *n);
  Expr *lowerCaptureExpr(const ast::Node *n); // &(...)
  Expr *lowerShortCircuit(const ast::Node *n); // && || and or
  Expr *lowerIn(const ast::Node *n, bool negate);
  Expr *lowerMatchQ(const ast::Node *n); // match?(pat, expr)
  /// Clauses {:->, _, [[args], body]} lowered against `n` scrutinee(s); each clause gets a
  /// fresh scope.
  std::vector<CaseClause *> lowerStabClauses(const ast::Node *list, size_t arity,
                                             const char *what);
  CaseClause *lowerClause(const std::vector<const ast::Node *> &pats, const ast::Node *guard,
                          const ast::Node *body, SourceLoc loc);
  Expr *lowerGuard(const ast::Node *g);
  /// Lowers a lifted function body with its own frame; returns the MakeFun (or constant).
  Expr *makeClosure(FunctionRef *ref, Function *fn, FnFrame &frame, SourceLoc loc);

  // ---- LowerCall.cpp ----
  Expr *lowerCall(const ast::Node *n);
  Expr *lowerLocalCall(const std::string &name, const std::vector<const ast::Node *> &args,
                       const ast::Node *n);
  Expr *lowerRemoteCall(const ast::Node *modNode, const std::string &name,
                        const std::vector<const ast::Node *> &args, const ast::Node *n);
  Expr *lowerKernel(const std::string &name, std::vector<Expr *> &args,
                    const std::vector<const ast::Node *> &argNodes, SourceLoc loc, bool *handled);
  Expr *remoteByName(const std::string &module, const std::string &name,
                     std::vector<Expr *> args, SourceLoc loc);
  Expr *lowerCapture(const ast::Node *n); // &...
  /// A call of a defguard: the arguments bound to temporaries, then the guard's body
  /// lowered in its own module's context with the parameters naming those temporaries.
  Expr *expandGuard(const sema::ModuleDef &owner, const sema::GuardDef &g,
                    const std::vector<const ast::Node *> &args, SourceLoc loc);
  /// Integer.is_even/1 and is_odd/1 (guard macros in Elixir).
  Expr *lowerParity(const ast::Node *arg, bool even, SourceLoc loc);
  Expr *lowerRaise(const ast::Node *n, bool reraise);
  Expr *lowerPipe(const ast::Node *n);
  std::vector<Expr *> lowerArgs(const std::vector<const ast::Node *> &args);
  /// The module an alias or module-valued node names ("" if not static).
  std::string staticModule(const ast::Node *n);
  std::string displayModule(const std::string &name) const;

  // ---- state ----
  const sema::Program &prog_;
  ast::AstContext &astCtx_;
  CoreContext &ctx_;
  DiagnosticEngine &diags_;
  LowerOptions opts_;
  Program *out_ = nullptr;

  std::map<std::string, AtomId> atomIndex_;
  std::map<std::string, FunctionRef *> refs_; // "module\1name\1arity"
  std::map<std::string, uint32_t> liftedCount_;
  std::map<std::string, FunctionRef *> captureWrappers_;
  std::set<std::string> warnedModules_;
  // Alias/import tables made by directives inside function bodies (lexical scope).
  std::deque<std::map<std::string, std::string>> scopedAliases_;
  std::deque<std::vector<sema::Import>> scopedImports_;

  ModuleCtx mod_;
  FnFrame *frame_ = nullptr;
  bool inGuard_ = false;
  bool inPattern_ = false;
  int attributeDepth_ = 0;
};

/// Scoped save/restore of the current frame's variables (a clause scope).
class ScopeGuard {
public:
  explicit ScopeGuard(Lowerer &l) : l_(l), saved_(l.frame_->vars) {}
  ~ScopeGuard() { l_.frame_->vars = std::move(saved_); }

private:
  Lowerer &l_;
  std::map<std::string, VarId> saved_;
};

/// Splits a stab clause {:->, _, [args, body]} into its argument patterns and guard.
void splitStabHead(const ast::Node *clause, std::vector<const ast::Node *> &args,
                   const ast::Node *&guard);

/// The code points of UTF-8 text (invalid bytes are taken as Latin-1).
std::vector<uint32_t> decodeUtf8(const std::string &s);

/// The items of a block ({:__block__, _, items}) or the expression itself.
std::vector<const ast::Node *> blockItems(const ast::Node *body);

} // namespace athanor::core
