// Code generation driver: declares every function of the program with the calling
// convention of athanor/rt.h, generates each body with FunctionGen (prologue stack check,
// parameters, closure captures, the body in tail position), removes dead blocks and
// verifies the module.
#include "codegen/GenImpl.h"

#include <llvm/IR/InlineAsm.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Transforms/Utils/Local.h>

namespace athanor::codegen {

using namespace llvm;

ModuleGen::ModuleGen(const core::Program &p, Module &mod, DiagnosticEngine &d)
    : prog(p), m(mod), ctx(mod.getContext()), diags(d), abi(mod) {
  for (uint32_t i = 0; i < prog.atoms.size(); ++i)
    atomIndex_.emplace(prog.atoms[i], i);
}

uint32_t ModuleGen::atomIndex(const std::string &name) const {
  auto it = atomIndex_.find(name);
  if (it == atomIndex_.end())
    throw std::logic_error("codegen: atom not in the table: " + name);
  return it->second;
}

Constant *ModuleGen::atomConst(const std::string &name) { return i64c(atomTerm(atomIndex(name))); }

FunctionType *ModuleGen::functionType(const FunctionRef *ref) {
  std::vector<Type *> params = {abi.ptr()};
  params.insert(params.end(), ref->arity, abi.i64());
  if (ref->isClosure)
    params.push_back(abi.i64());
  return FunctionType::get(abi.i64(), params, false);
}

Function *ModuleGen::function(const FunctionRef *ref) {
  auto it = functions_.find(ref);
  if (it != functions_.end())
    return it->second;
  Function *f;
  if (ref->symbol == "ath_program_main") {
    f = Function::Create(FunctionType::get(abi.i64(), {abi.ptr(), abi.i64()}, false),
                         GlobalValue::ExternalLinkage, ref->symbol, m);
  } else {
    // Program functions are private to the program's object; the standard library
    // exports its named functions (programs call them) but not its lifted fns.
    bool exported = !ref->external && prog.stdlibMode && !ref->isClosure;
    GlobalValue::LinkageTypes linkage = ref->external || exported
                                            ? GlobalValue::ExternalLinkage
                                            : GlobalValue::InternalLinkage;
    f = Function::Create(functionType(ref), linkage, ref->symbol, m);
    f->setCallingConv(CallingConv::Tail);
  }
  f->setDoesNotThrow();
  functions_[ref] = f;
  return f;
}

bool ModuleGen::run() {
  for (const core::Function *fn : prog.functions)
    function(fn->ref);
  std::vector<const core::Function *> all(prog.functions.begin(), prog.functions.end());
  if (prog.script)
    all.push_back(prog.script);
  for (const core::Function *fn : all) {
    Function *f = function(fn->ref);
    FunctionGen(*this, *fn, f).run();
  }
  emitTables();
  if (prog.stdlibMode)
    emitApplyHelpers();
  std::string err;
  raw_string_ostream os(err);
  if (verifyModule(m, &os)) {
    diags.error({}, "internal compiler error: invalid LLVM IR generated:\n" + os.str());
    return false;
  }
  return true;
}

FunctionGen::FunctionGen(ModuleGen &mg, const core::Function &fn, Function *f)
    : mg_(mg), fn_(fn), f_(f), b_(mg.ctx), abi_(mg.abi) {}

BasicBlock *FunctionGen::newBlock(const std::string &name) {
  return BasicBlock::Create(mg_.ctx, name, f_);
}

void FunctionGen::run() {
  bool isScript = fn_.ref->symbol == "ath_program_main";
  BasicBlock *entry = newBlock("entry");
  b_.SetInsertPoint(entry);
  auto args = f_->arg_begin();
  p_ = &*args++;
  p_->setName("p");
  if (!isScript)
    for (VarId v : fn_.params) {
      Value *a = &*args++;
      a->setName("a" + std::to_string(v));
      vars_[v] = a;
    }
  if (fn_.ref->isClosure) {
    closure_ = &*args++;
    closure_->setName("closure");
  }

  // Prologue: the stack check that doubles as the preemption point (rt.h).
  BasicBlock *check = newBlock("stack.check");
  BasicBlock *body = newBlock("body");
  Function *readReg = Intrinsic::getDeclaration(&mg_.m, Intrinsic::read_register, {abi_.i64()});
  Metadata *rsp = MDNode::get(mg_.ctx, MDString::get(mg_.ctx, "rsp"));
  Value *sp = b_.CreateCall(readReg, {MetadataAsValue::get(mg_.ctx, rsp)}, "sp");
  LoadInst *limit = b_.CreateAlignedLoad(abi_.i64(), p_, Align(8), "stack.limit");
  limit->setAtomic(AtomicOrdering::Monotonic);
  Value *low = b_.CreateICmpULT(sp, limit);
  MDBuilder md(mg_.ctx);
  b_.CreateCondBr(low, check, body, md.createBranchWeights(1, 1000));
  b_.SetInsertPoint(check);
  b_.CreateCall(abi_.checkStack(), {p_});
  b_.CreateBr(body);
  b_.SetInsertPoint(body);

  for (size_t i = 0; i < fn_.captured.size(); ++i) {
    Value *v = loadWord(closure_, 3 + static_cast<int64_t>(i));
    v->setName("cap" + std::to_string(fn_.captured[i]));
    vars_[fn_.captured[i]] = v;
  }

  returnFail_ = newBlock("return.nonvalue");
  {
    // The NONVALUE returned on the error path goes through an empty inline asm, which the
    // optimizer cannot see through. Otherwise interprocedural constant propagation proves
    // that a loop that only ends by raising (a receive loop tail-calling itself through a
    // helper) "always returns NONVALUE", replaces `ret (tail call f)` by `ret 22` and the
    // call is no longer in tail position: the stack would grow on every iteration.
    IRBuilder<> rb(returnFail_);
    InlineAsm *opaque = InlineAsm::get(FunctionType::get(abi_.i64(), {abi_.i64()}, false), "",
                                       "=r,0", /*hasSideEffects=*/false);
    rb.CreateRet(rb.CreateCall(opaque, {i64c(kNonValue)}, "nonvalue"));
  }
  fail_ = returnFail_;
  if (isScript)
    fail_ = returnFail_; // the script never makes tail calls: see canTailCall
  Value *result = gen(fn_.body, !isScript);
  b_.CreateRet(result);

  for (BasicBlock &bb : *f_)
    if (!bb.getTerminator()) {
      IRBuilder<> ub(&bb);
      ub.CreateUnreachable();
    }
  removeUnreachableBlocks(*f_);
}

std::unique_ptr<Module> generate(const core::Program &prog, LLVMContext &ctx,
                                 const CodeGenOptions &opts, DiagnosticEngine &diags) {
  auto m = std::make_unique<Module>(opts.moduleName, ctx);
  ModuleGen mg(prog, *m, diags);
  if (!mg.run())
    return nullptr;
  return m;
}

} // namespace athanor::codegen
