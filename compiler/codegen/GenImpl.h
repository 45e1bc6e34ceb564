// Internal to codegen: ModuleGen (module-wide state: functions, static terms, tables) and
// FunctionGen (one function body).
//
// Control flow in FunctionGen. Every expression is generated into the builder's current
// block and yields an i64 term. Code that cannot continue (a raise, a tail call followed by
// `ret`) terminates its block and continues in a fresh block without predecessors, so
// callers never need to ask whether the code diverged; such dead blocks are deleted before
// the function is verified.
//
// Failure. `fail_` is the block an exception goes to: the function's "return NONVALUE"
// block, a try's handler, or the next clause while a guard is being evaluated. Calls in
// tail position become `tail call tailcc` only when `fail_` is the function's own return
// block (inside a try the result must be checked).
#pragma once

#include "codegen/CodeGen.h"
#include "codegen/RuntimeAbi.h"

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Module.h>

#include <map>
#include <unordered_map>

namespace athanor::codegen {

using core::Const;
using core::Expr;
using core::FunctionRef;
using core::Pattern;
using core::VarId;

class ModuleGen {
public:
  ModuleGen(const core::Program &prog, llvm::Module &m, DiagnosticEngine &diags);
  bool run();

  // ---- functions ----
  llvm::Function *function(const FunctionRef *ref);
  llvm::FunctionType *functionType(const FunctionRef *ref);

  // ---- static terms (GenConst.cpp) ----
  /// The term for a constant: an immediate, or the address of static data.
  llvm::Constant *term(const Const *c);
  /// True if the constant can be emitted as static data (maps up to 32 keys).
  bool staticOk(const Const *c) const;
  llvm::Constant *funInfo(const FunctionRef *ref);
  llvm::Constant *atomConst(const std::string &name);
  uint32_t atomIndex(const std::string &name) const;
  llvm::Constant *i64c(uint64_t v) { return llvm::ConstantInt::get(abi.i64(), v); }
  void emitTables();
  void emitApplyHelpers(); // GenApply.cpp
  llvm::Function *defineRuntimeEntry(const std::string &name, llvm::FunctionType *type);

  const core::Program &prog;
  llvm::Module &m;
  llvm::LLVMContext &ctx;
  DiagnosticEngine &diags;
  RuntimeAbi abi;

private:
  llvm::Constant *staticObject(const std::vector<llvm::Constant *> &words, uint64_t tagOffset);
  llvm::Constant *binaryTerm(const std::string &bytes);
  llvm::Constant *bigintTerm(const std::string &decimal);
  llvm::Constant *mapTerm(const Const *c);
  std::map<const FunctionRef *, llvm::Function *> functions_;
  std::map<const FunctionRef *, llvm::Constant *> funInfos_;
  std::map<std::string, llvm::Constant *> binaries_;
  std::map<const Const *, llvm::Constant *> terms_;
  std::map<std::string, uint32_t> atomIndex_;
  uint32_t staticCount_ = 0;
};

/// Compares two constants in Erlang's exact term order (map key order).
int compareConsts(const core::Program &prog, const Const *a, const Const *b);

class FunctionGen {
public:
  FunctionGen(ModuleGen &mg, const core::Function &fn, llvm::Function *f);
  void run();

private:
  // ---- GenExpr.cpp ----
  llvm::Value *gen(const Expr *e, bool tail);
  llvm::Value *genSeq(const Expr *e, bool tail);
  llvm::Value *genMatchExpr(const Expr *e);
  llvm::Value *genTuple(const std::vector<llvm::Value *> &elems);
  llvm::Value *genList(const std::vector<llvm::Value *> &elems, llvm::Value *tail);
  llvm::Value *genMakeMap(const Expr *e);
  std::vector<size_t> atomKeyOrder(const Expr *e) const;
  llvm::Value *genUpdateMap(const Expr *e);
  llvm::Value *genConcat(const Expr *e);
  llvm::Value *genBinaryBuild(const Expr *e);
  llvm::Value *genPrim(const Expr *e);
  llvm::Value *genCall(const Expr *e, bool tail);
  llvm::Value *genBif(const Expr *e);
  llvm::Value *cachedFunctionLookup(llvm::Value *mod, llvm::Value *name, uint32_t arity);
  llvm::Value *genCallDynamic(const Expr *e, bool tail);
  llvm::Value *genApply(const Expr *e, bool tail);
  llvm::Value *genMakeFun(const Expr *e);
  llvm::Value *genRaise(const Expr *e);
  llvm::Value *genMatchFailure(core::MatchFail fail, llvm::Value *value);

  // ---- GenMatch.cpp ----
  /// Emits tests of `v` against `p`; branches to `failBB` when they fail and binds the
  /// pattern's variables otherwise. With `bindOnly` (a value known to match), emits no
  /// tests, only the loads that bind the variables.
  void genPattern(const Pattern *p, llvm::Value *v, llvm::BasicBlock *failBB,
                  bool bindOnly = false);
  llvm::Value *genCase(const Expr *e, bool tail);
  /// Clauses over `values`. Each matching clause's body value flows into `phi` in `join`.
  /// `onNoMatch` generates the code for "no clause matched" (its block is current when it
  /// is called); `beforeBody`, if given, runs after a clause matched and before its body.
  void genClauses(const std::vector<core::CaseClause *> &clauses,
                  const std::vector<llvm::Value *> &values, llvm::BasicBlock *join,
                  llvm::PHINode *phi, const std::function<void()> &onNoMatch,
                  const std::function<void(const core::CaseClause *)> &beforeBody, bool tail);
  llvm::Value *genReceive(const Expr *e, bool tail);
  llvm::Value *genTry(const Expr *e, bool tail);
  llvm::Value *genGuard(const Expr *g, llvm::BasicBlock *failBB);

  // ---- helpers (GenExpr.cpp) ----
  llvm::Value *procField(ProcOffset off);
  llvm::Value *loadProc(ProcOffset off);
  void storeProc(ProcOffset off, llvm::Value *v);
  llvm::Value *allocWords(uint64_t n);       // returns ptr to n words
  llvm::Value *allocCons();                  // returns ptr to 2 words
  llvm::Value *termPtr(llvm::Value *t);      // inttoptr of a boxed term
  llvm::Value *loadWord(llvm::Value *t, int64_t wordIndex, int64_t byteAdjust = 0);
  llvm::Value *tagOf(llvm::Value *t);
  llvm::Value *isSmall(llvm::Value *t);
  /// i1: t is boxed and its header satisfies `test` (called with the header).
  llvm::Value *boxedTest(llvm::Value *t, const std::function<llvm::Value *(llvm::Value *)> &test);
  llvm::Value *headerType(llvm::Value *h);
  llvm::Value *boolTerm(llvm::Value *i1);
  llvm::Value *atom(const std::string &name) { return mg_.atomConst(name); }
  llvm::Value *i64c(uint64_t v) { return mg_.i64c(v); }
  /// Branches to fail_ when `r` is NONVALUE.
  void checkFail(llvm::Value *r);
  /// Raises error `reason` (a VM reason term) and continues in a dead block.
  void raiseError(llvm::Value *reason);
  void raiseBadarg();
  /// Calls the BIF `symbol` on arguments it rejects, so it raises its own error (with
  /// Elixir's wording), and continues in a dead block.
  void raiseThroughBif(const std::string &symbol, const std::vector<llvm::Value *> &args);
  void branchToFail();
  void startDead();
  llvm::BasicBlock *newBlock(const std::string &name);
  llvm::Value *var(VarId v);
  /// An array filled with `vals` for one runtime call, on the process heap (GenExpr.cpp).
  llvm::Value *tempArray(const std::vector<llvm::Value *> &vals);
  void endTempArray(llvm::Value *array, size_t n);
  bool canTailCall() const { return fail_ == returnFail_; }
  llvm::Value *retOrValue(llvm::Value *callResult, bool tail);

  ModuleGen &mg_;
  const core::Function &fn_;
  llvm::Function *f_;
  llvm::IRBuilder<> b_;
  RuntimeAbi &abi_;
  llvm::Value *p_ = nullptr;
  llvm::Value *closure_ = nullptr;
  std::unordered_map<VarId, llvm::Value *> vars_;
  llvm::BasicBlock *fail_ = nullptr;
  llvm::BasicBlock *returnFail_ = nullptr;
};

} // namespace athanor::codegen
