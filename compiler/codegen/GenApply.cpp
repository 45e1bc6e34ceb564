// The bridges from C++ into generated code, emitted once, in the standard library's
// object (athanor/rt.h):
//   i64 ath_apply_code(ptr p, ptr code, i32 arity, i64 args)   call code(args...)
//   i64 ath_apply_fun(ptr p, i64 fun, i64 args)               call fun.(args...)
// Both are C-convention functions that switch over the arity (up to kMaxApplyArity) and
// tail-call a small per-arity helper, which unpacks the proper list into `tailcc` arguments.
#include "codegen/GenImpl.h"

namespace athanor::codegen {

using namespace llvm;

namespace {

constexpr uint32_t kMaxApplyArity = 20;

/// The helper that calls `code` with the `n` elements of a list (and `extra` after them, for
/// a closure's environment): i64 name(ptr p, ptr code, i64 list[, i64 extra]). One small
/// C-convention function per arity, so that the frame left on a process stack under the
/// applied function is sized for its own arity, not for the largest one: a process started
/// by spawn(fn -> ... end) keeps this frame for as long as it lives, and its stack image
/// is copied at every suspension (sched/Stack.cpp).
Function *arityHelper(ModuleGen &mg, uint32_t n, bool withExtra) {
  std::string name = std::string(withExtra ? "ath.apply_fun." : "ath.apply_code.") + std::to_string(n);
  if (Function *f = mg.m.getFunction(name))
    return f;
  Type *i64 = mg.abi.i64();
  std::vector<Type *> helperParams = {mg.abi.ptr(), mg.abi.ptr(), i64};
  if (withExtra)
    helperParams.push_back(i64);
  Function *f = Function::Create(FunctionType::get(i64, helperParams, false),
                                 GlobalValue::InternalLinkage, name, mg.m);
  f->addFnAttr(Attribute::NoInline);
  auto a = f->arg_begin();
  Value *p = &*a++, *code = &*a++, *list = &*a++;
  Value *extra = withExtra ? &*a : nullptr;
  IRBuilder<> cb(BasicBlock::Create(mg.ctx, "entry", f));
  std::vector<Value *> args = {p};
  Value *cur = list;
  for (uint32_t i = 0; i < n; ++i) {
    // The dispatcher checked that the list has exactly `n` cells.
    Value *cell = cb.CreateIntToPtr(cb.CreateSub(cur, ConstantInt::get(i64, kTagCons)), mg.abi.ptr());
    args.push_back(cb.CreateAlignedLoad(i64, cell, Align(8)));
    cur = cb.CreateAlignedLoad(i64, cb.CreateConstGEP1_64(i64, cell, 1), Align(8));
  }
  std::vector<Type *> params = {mg.abi.ptr()};
  params.insert(params.end(), n, i64);
  if (extra) {
    params.push_back(i64);
    args.push_back(extra);
  }
  CallInst *call = cb.CreateCall(FunctionType::get(i64, params, false), code, args);
  call->setCallingConv(CallingConv::Tail);
  cb.CreateRet(call);
  return f;
}

/// Emits the switch that calls `code` with the elements of `list` for `arity` in
/// [0, kMaxApplyArity]; `extra` (if any) is passed after them. Each case tail-calls the
/// arity's helper (a sibling call: no frame of the dispatcher stays on the stack). Returns
/// nothing: every case returns.
void emitArityDispatch(ModuleGen &mg, Function *f, IRBuilder<> &b, Value *p, Value *code,
                       Value *arity32, Value *list, Value *extra, BasicBlock *bad) {
  SwitchInst *sw = b.CreateSwitch(arity32, bad, kMaxApplyArity + 1);
  for (uint32_t n = 0; n <= kMaxApplyArity; ++n) {
    BasicBlock *bb = BasicBlock::Create(mg.ctx, "arity" + std::to_string(n), f);
    sw->addCase(cast<ConstantInt>(ConstantInt::get(mg.abi.i32(), n)), bb);
    IRBuilder<> cb(bb);
    std::vector<Value *> args = {p, code, list};
    if (extra)
      args.push_back(extra);
    CallInst *call = cb.CreateCall(arityHelper(mg, n, extra != nullptr), args);
    call->setTailCall();
    cb.CreateRet(call);
  }
}

/// Emits a loop computing the length of `list` if it is a proper list, else -1.
Value *emitListLength(ModuleGen &mg, Function *f, IRBuilder<> &b, Value *list) {
  LLVMContext &ctx = mg.ctx;
  Type *i64 = mg.abi.i64();
  BasicBlock *from = b.GetInsertBlock();
  BasicBlock *loop = BasicBlock::Create(ctx, "len.loop", f);
  BasicBlock *step = BasicBlock::Create(ctx, "len.step", f);
  BasicBlock *done = BasicBlock::Create(ctx, "len.done", f);
  b.CreateBr(loop);
  b.SetInsertPoint(loop);
  PHINode *cur = b.CreatePHI(i64, 2);
  PHINode *n = b.CreatePHI(i64, 2);
  cur->addIncoming(list, from);
  n->addIncoming(ConstantInt::get(i64, 0), from);
  Value *isCons = b.CreateICmpEQ(b.CreateAnd(cur, ConstantInt::get(i64, kTagMask)),
                                 ConstantInt::get(i64, kTagCons));
  b.CreateCondBr(isCons, step, done);
  b.SetInsertPoint(step);
  Value *cell = b.CreateIntToPtr(b.CreateSub(cur, ConstantInt::get(i64, kTagCons)), mg.abi.ptr());
  Value *next = b.CreateAlignedLoad(i64, b.CreateConstGEP1_64(i64, cell, 1), Align(8));
  cur->addIncoming(next, step);
  n->addIncoming(b.CreateAdd(n, ConstantInt::get(i64, 1)), step);
  b.CreateBr(loop);
  b.SetInsertPoint(done);
  Value *proper = b.CreateICmpEQ(cur, ConstantInt::get(i64, kNil));
  return b.CreateSelect(proper, n, ConstantInt::get(i64, -1));
}

} // namespace

/// The C-convention function `name`, reusing the declaration that calls from library code
/// (apply/2 lowers to a call of ath_apply_fun) have already created in this module.
Function *ModuleGen::defineRuntimeEntry(const std::string &name, FunctionType *type) {
  if (Function *existing = m.getFunction(name)) {
    if (existing->getFunctionType() != type || !existing->isDeclaration())
      throw std::logic_error("codegen: conflicting definition of " + name);
    return existing;
  }
  return Function::Create(type, GlobalValue::ExternalLinkage, name, m);
}

void ModuleGen::emitApplyHelpers() {
  Type *i64 = abi.i64();
  // ath_apply_code
  {
    Function *f = defineRuntimeEntry("ath_apply_code",
                                     FunctionType::get(i64, {abi.ptr(), abi.ptr(), abi.i32(), i64}, false));
    auto args = f->arg_begin();
    Value *p = &*args++, *code = &*args++, *arity = &*args++, *list = &*args++;
    IRBuilder<> b(BasicBlock::Create(ctx, "entry", f));
    BasicBlock *bad = BasicBlock::Create(ctx, "badarg", f);
    BasicBlock *go = BasicBlock::Create(ctx, "dispatch", f);
    Value *len = emitListLength(*this, f, b, list);
    b.CreateCondBr(b.CreateICmpEQ(len, b.CreateZExt(arity, i64)), go, bad);
    b.SetInsertPoint(go);
    emitArityDispatch(*this, f, b, p, code, arity, list, nullptr, bad);
    IRBuilder<> bb(bad);
    bb.CreateRet(bb.CreateCall(abi.error(), {p, atomConst("badarg")}));
  }
  // ath_apply_fun
  {
    Function *f = defineRuntimeEntry("ath_apply_fun", FunctionType::get(i64, {abi.ptr(), i64, i64}, false));
    auto args = f->arg_begin();
    Value *p = &*args++, *fun = &*args++, *list = &*args++;
    IRBuilder<> b(BasicBlock::Create(ctx, "entry", f));
    BasicBlock *checkHdr = BasicBlock::Create(ctx, "hdr", f);
    BasicBlock *badfun = BasicBlock::Create(ctx, "badfun", f);
    BasicBlock *checkArity = BasicBlock::Create(ctx, "arity", f);
    BasicBlock *badarity = BasicBlock::Create(ctx, "badarity", f);
    BasicBlock *go = BasicBlock::Create(ctx, "dispatch", f);
    Value *isBoxed = b.CreateICmpEQ(b.CreateAnd(fun, ConstantInt::get(i64, kTagMask)),
                                    ConstantInt::get(i64, kTagBoxed));
    b.CreateCondBr(isBoxed, checkHdr, badfun);
    b.SetInsertPoint(checkHdr);
    Value *hdr = b.CreateAlignedLoad(i64, b.CreateIntToPtr(fun, abi.ptr()), Align(8));
    Value *type = b.CreateAnd(b.CreateLShr(hdr, ConstantInt::get(i64, 6)), ConstantInt::get(i64, 63));
    b.CreateCondBr(b.CreateICmpEQ(type, ConstantInt::get(i64, kFun)), checkArity, badfun);
    b.SetInsertPoint(checkArity);
    Value *funPtr = b.CreateIntToPtr(fun, abi.ptr());
    Value *info = b.CreateIntToPtr(b.CreateAlignedLoad(i64, b.CreateConstGEP1_64(i64, funPtr, 2), Align(8)),
                                   abi.ptr());
    Value *arity = b.CreateAlignedLoad(abi.i32(), info, Align(4));
    Value *len = emitListLength(*this, f, b, list);
    b.CreateCondBr(b.CreateICmpEQ(len, b.CreateZExt(arity, i64)), go, badarity);
    b.SetInsertPoint(go);
    Value *code = b.CreateIntToPtr(b.CreateAlignedLoad(i64, b.CreateConstGEP1_64(i64, funPtr, 1), Align(8)),
                                   abi.ptr());
    emitArityDispatch(*this, f, b, p, code, arity, list, fun, badarity);
    IRBuilder<> bf(badfun);
    bf.CreateRet(bf.CreateCall(abi.errorTagged(), {p, atomConst("badfun"), fun}));
    IRBuilder<> ba(badarity);
    ba.CreateRet(ba.CreateCall(abi.termFn("ath_raise_badarity", 2), {p, fun, list}));
  }
}

} // namespace athanor::codegen
