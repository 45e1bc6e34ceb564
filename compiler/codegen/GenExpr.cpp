// Code generation of expressions: constants, variables, data construction with inline
// bump allocation, primitives with small-integer fast paths, calls (direct, tail, BIF,
// dynamic, closure), closures, raise. Patterns and control flow are in GenMatch.cpp.
#include "codegen/GenImpl.h"

#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>

namespace athanor::codegen {

using namespace llvm;

// ---- helpers --------------------------------------------------------------------------

Value *FunctionGen::procField(ProcOffset off) {
  return b_.CreateConstInBoundsGEP1_64(Type::getInt8Ty(mg_.ctx), p_, off);
}
Value *FunctionGen::loadProc(ProcOffset off) {
  return b_.CreateAlignedLoad(abi_.i64(), procField(off), Align(8));
}
void FunctionGen::storeProc(ProcOffset off, Value *v) {
  b_.CreateAlignedStore(v, procField(off), Align(8));
}

Value *FunctionGen::allocWords(uint64_t n) {
  Type *i8 = Type::getInt8Ty(mg_.ctx);
  Value *htopPtr = procField(kOffHtop);
  Value *ctopPtr = procField(kOffCtop);
  Value *htop = b_.CreateAlignedLoad(abi_.ptr(), htopPtr, Align(8), "htop");
  Value *ctop = b_.CreateAlignedLoad(abi_.ptr(), ctopPtr, Align(8), "ctop");
  Value *avail = b_.CreateSub(b_.CreatePtrToInt(ctop, abi_.i64()), b_.CreatePtrToInt(htop, abi_.i64()));
  Value *ok = b_.CreateICmpUGE(avail, i64c(n * 8));
  BasicBlock *from = b_.GetInsertBlock();
  BasicBlock *fast = newBlock("alloc.fast");
  BasicBlock *slow = newBlock("alloc.slow");
  BasicBlock *join = newBlock("alloc.done");
  MDBuilder md(mg_.ctx);
  b_.CreateCondBr(ok, fast, slow, md.createBranchWeights(1000, 1));
  (void)from;
  b_.SetInsertPoint(fast);
  b_.CreateAlignedStore(b_.CreateConstInBoundsGEP1_64(i8, htop, n * 8), htopPtr, Align(8));
  b_.CreateBr(join);
  b_.SetInsertPoint(slow);
  Value *q = b_.CreateCall(abi_.allocSlow(), {p_, i64c(n)});
  b_.CreateBr(join);
  b_.SetInsertPoint(join);
  PHINode *phi = b_.CreatePHI(abi_.ptr(), 2, "obj");
  phi->addIncoming(htop, fast);
  phi->addIncoming(q, slow);
  return phi;
}

Value *FunctionGen::allocCons() {
  Type *i8 = Type::getInt8Ty(mg_.ctx);
  Value *htopPtr = procField(kOffHtop);
  Value *ctopPtr = procField(kOffCtop);
  Value *htop = b_.CreateAlignedLoad(abi_.ptr(), htopPtr, Align(8), "htop");
  Value *ctop = b_.CreateAlignedLoad(abi_.ptr(), ctopPtr, Align(8), "ctop");
  Value *avail = b_.CreateSub(b_.CreatePtrToInt(ctop, abi_.i64()), b_.CreatePtrToInt(htop, abi_.i64()));
  Value *ok = b_.CreateICmpUGE(avail, i64c(16));
  BasicBlock *fast = newBlock("cons.fast");
  BasicBlock *slow = newBlock("cons.slow");
  BasicBlock *join = newBlock("cons.done");
  MDBuilder md(mg_.ctx);
  b_.CreateCondBr(ok, fast, slow, md.createBranchWeights(1000, 1));
  b_.SetInsertPoint(fast);
  Value *cell = b_.CreateConstInBoundsGEP1_64(i8, ctop, -16);
  b_.CreateAlignedStore(cell, ctopPtr, Align(8));
  b_.CreateBr(join);
  b_.SetInsertPoint(slow);
  Value *q = b_.CreateCall(abi_.allocConsSlow(), {p_});
  b_.CreateBr(join);
  b_.SetInsertPoint(join);
  PHINode *phi = b_.CreatePHI(abi_.ptr(), 2, "cell");
  phi->addIncoming(cell, fast);
  phi->addIncoming(q, slow);
  return phi;
}

Value *FunctionGen::termPtr(Value *t) { return b_.CreateIntToPtr(t, abi_.ptr()); }

Value *FunctionGen::loadWord(Value *t, int64_t wordIndex, int64_t byteAdjust) {
  Value *ptr = b_.CreateConstGEP1_64(Type::getInt8Ty(mg_.ctx), termPtr(t), wordIndex * 8 + byteAdjust);
  return b_.CreateAlignedLoad(abi_.i64(), ptr, Align(8));
}

Value *FunctionGen::tagOf(Value *t) { return b_.CreateAnd(t, i64c(kTagMask)); }

Value *FunctionGen::isSmall(Value *t) {
  return b_.CreateICmpNE(b_.CreateAnd(t, i64c(1)), i64c(0));
}

Value *FunctionGen::headerType(Value *h) {
  return b_.CreateAnd(b_.CreateLShr(h, i64c(6)), i64c(63));
}

Value *FunctionGen::boxedTest(Value *t, const std::function<Value *(Value *)> &test) {
  Value *isBoxed = b_.CreateICmpEQ(tagOf(t), i64c(kTagBoxed));
  BasicBlock *from = b_.GetInsertBlock();
  BasicBlock *hdr = newBlock("boxed.hdr");
  BasicBlock *done = newBlock("boxed.done");
  b_.CreateCondBr(isBoxed, hdr, done);
  b_.SetInsertPoint(hdr);
  Value *h = b_.CreateAlignedLoad(abi_.i64(), termPtr(t), Align(8), "hdr");
  Value *r = test(h);
  BasicBlock *hdrEnd = b_.GetInsertBlock();
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  PHINode *phi = b_.CreatePHI(Type::getInt1Ty(mg_.ctx), 2);
  phi->addIncoming(ConstantInt::getFalse(mg_.ctx), from);
  phi->addIncoming(r, hdrEnd);
  return phi;
}

Value *FunctionGen::boolTerm(Value *i1) { return b_.CreateSelect(i1, atom("true"), atom("false")); }

void FunctionGen::startDead() { b_.SetInsertPoint(newBlock("dead")); }

void FunctionGen::branchToFail() {
  b_.CreateBr(fail_);
  startDead();
}

void FunctionGen::checkFail(Value *r) {
  Value *bad = b_.CreateICmpEQ(r, i64c(kNonValue));
  BasicBlock *ok = newBlock("ok");
  MDBuilder md(mg_.ctx);
  b_.CreateCondBr(bad, fail_, ok, md.createBranchWeights(1, 1000));
  b_.SetInsertPoint(ok);
}

void FunctionGen::raiseError(Value *reason) {
  b_.CreateCall(abi_.error(), {p_, reason});
  branchToFail();
}

void FunctionGen::raiseBadarg() { raiseError(atom("badarg")); }

void FunctionGen::raiseThroughBif(const std::string &symbol, const std::vector<Value *> &args) {
  // The BIF fails the same way (and sets the exception with Elixir's error details).
  std::vector<Value *> callArgs = {p_};
  callArgs.insert(callArgs.end(), args.begin(), args.end());
  b_.CreateCall(abi_.termFn(symbol, static_cast<unsigned>(args.size())), callArgs);
  branchToFail();
}

Value *FunctionGen::var(VarId v) {
  auto it = vars_.find(v);
  if (it == vars_.end())
    throw std::logic_error("codegen: variable _" + std::to_string(v) + " used before binding in " +
                           fn_.ref->symbol);
  return it->second;
}

// The argument array of a runtime call that takes many terms (map construction and
// update, concatenation, binary build and match). It lives on the process heap, as a
// tuple (so the heap stays parseable and a collection inside the call sees its terms),
// never on the stack: a stack address that LLVM keeps in a register across a suspension
// point (it hoists such addresses out of loops) would point into another scheduler's
// stack after the process resumes elsewhere — invariant: generated code never holds a
// stack address across a call that may suspend (sched/Context.S).
Value *FunctionGen::tempArray(const std::vector<Value *> &vals) {
  Value *obj = allocWords(1 + vals.size());
  b_.CreateAlignedStore(i64c(makeHeader(kTuple, vals.size())), obj, Align(8));
  for (size_t i = 0; i < vals.size(); ++i)
    b_.CreateAlignedStore(vals[i], b_.CreateConstGEP1_64(abi_.i64(), obj, 1 + i), Align(8));
  return b_.CreateConstGEP1_64(abi_.i64(), obj, 1, "args");
}

void FunctionGen::endTempArray(Value *, size_t) {} // garbage once the call returns

Value *FunctionGen::retOrValue(Value *callResult, bool tail) {
  if (tail && canTailCall()) {
    b_.CreateRet(callResult);
    startDead();
    return PoisonValue::get(abi_.i64());
  }
  checkFail(callResult);
  return callResult;
}

// ---- expressions ----------------------------------------------------------------------

Value *FunctionGen::gen(const Expr *e, bool tail) {
  switch (e->kind) {
  case Expr::Kind::Const:
    if (!mg_.staticOk(e->constant))
      throw std::logic_error("codegen: constant maps with more than 32 keys are not supported");
    return mg_.term(e->constant);
  case Expr::Kind::Var:
    return var(e->var);
  case Expr::Kind::Seq:
    return genSeq(e, tail);
  case Expr::Kind::Match:
    return genMatchExpr(e);
  case Expr::Kind::Tuple: {
    std::vector<Value *> vals;
    for (const Expr *a : e->args)
      vals.push_back(gen(a, false));
    return genTuple(vals);
  }
  case Expr::Kind::List: {
    std::vector<Value *> vals;
    for (const Expr *a : e->args)
      vals.push_back(gen(a, false));
    Value *tl = e->body ? gen(e->body, false) : i64c(kNil);
    return genList(vals, tl);
  }
  case Expr::Kind::MakeMap:
    return genMakeMap(e);
  case Expr::Kind::UpdateMap:
    return genUpdateMap(e);
  case Expr::Kind::Concat:
    return genConcat(e);
  case Expr::Kind::BinaryBuild:
    return genBinaryBuild(e);
  case Expr::Kind::Prim:
    return genPrim(e);
  case Expr::Kind::Call:
    return genCall(e, tail);
  case Expr::Kind::CallBif:
    return genBif(e);
  case Expr::Kind::CallDynamic:
    return genCallDynamic(e, tail);
  case Expr::Kind::Apply:
    return genApply(e, tail);
  case Expr::Kind::MakeFun:
    return genMakeFun(e);
  case Expr::Kind::Case:
    return genCase(e, tail);
  case Expr::Kind::Receive:
    return genReceive(e, tail);
  case Expr::Kind::Try:
    return genTry(e, tail);
  case Expr::Kind::Raise:
    return genRaise(e);
  case Expr::Kind::MatchFailure:
    return genMatchFailure(e->fail, gen(e->args[0], false));
  }
  throw std::logic_error("codegen: unknown expression kind");
}

Value *FunctionGen::genSeq(const Expr *e, bool tail) {
  Value *v = nullptr;
  for (size_t i = 0; i < e->args.size(); ++i)
    v = gen(e->args[i], tail && i + 1 == e->args.size());
  return v ? v : atom("nil");
}

Value *FunctionGen::genMatchExpr(const Expr *e) {
  Value *v = gen(e->args[0], false);
  const Pattern *p = e->pattern;
  if (p->kind == Pattern::Kind::Bind) {
    vars_[p->var] = v;
    return v;
  }
  if (p->kind == Pattern::Kind::Wild)
    return v;
  BasicBlock *bad = newBlock("badmatch");
  genPattern(p, v, bad);
  BasicBlock *cont = b_.GetInsertBlock();
  b_.SetInsertPoint(bad);
  genMatchFailure(e->fail == core::MatchFail::Unreachable ? core::MatchFail::Badmatch : e->fail, v);
  b_.SetInsertPoint(cont);
  return v;
}

Value *FunctionGen::genTuple(const std::vector<Value *> &elems) {
  Value *q = allocWords(elems.size() + 1);
  b_.CreateAlignedStore(i64c(makeHeader(kTuple, elems.size())), q, Align(8));
  for (size_t i = 0; i < elems.size(); ++i)
    b_.CreateAlignedStore(elems[i], b_.CreateConstGEP1_64(abi_.i64(), q, i + 1), Align(8));
  return b_.CreatePtrToInt(q, abi_.i64(), "tuple");
}

Value *FunctionGen::genList(const std::vector<Value *> &elems, Value *tail) {
  Value *acc = tail;
  for (size_t i = elems.size(); i-- > 0;) {
    Value *cell = allocCons();
    b_.CreateAlignedStore(elems[i], cell, Align(8));
    b_.CreateAlignedStore(acc, b_.CreateConstGEP1_64(abi_.i64(), cell, 1), Align(8));
    acc = b_.CreateOr(b_.CreatePtrToInt(cell, abi_.i64()), i64c(kTagCons), "cons");
  }
  return acc;
}

// The positions of a map literal's keys in map-key order if they are distinct atom
// constants and few enough for a flat map (structs, %{ok: x, ...}); empty otherwise.
std::vector<size_t> FunctionGen::atomKeyOrder(const Expr *e) const {
  size_t n = e->args.size() / 2;
  if (n == 0 || n > kFlatMapMax)
    return {};
  std::vector<size_t> order;
  for (size_t i = 0; i < n; ++i) {
    const Expr *k = e->args[2 * i];
    if (k->kind != Expr::Kind::Const || k->constant->kind != Const::Kind::Atom)
      return {};
    order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return compareConsts(mg_.prog, e->args[2 * a]->constant, e->args[2 * b]->constant) < 0;
  });
  for (size_t i = 1; i < n; ++i)
    if (e->args[2 * order[i]]->constant->atom == e->args[2 * order[i - 1]]->constant->atom)
      return {}; // a repeated key: the runtime keeps the last one
  return order;
}

Value *FunctionGen::genMakeMap(const Expr *e) {
  std::vector<Value *> kv;
  for (const Expr *a : e->args)
    kv.push_back(gen(a, false));
  if (std::vector<size_t> order = atomKeyOrder(e); !order.empty()) {
    // Keys known and sorted at compile time: the flat map object is written here, as a
    // tuple is (term/Map.h: header, the n keys in map-key order, then their values), with
    // no runtime call sorting the keys of every %Range{} or %{ok: ..} the program builds.
    size_t n = order.size();
    Value *q = allocWords(1 + 2 * n);
    b_.CreateAlignedStore(i64c(makeHeader(kMap, 2 * n)), q, Align(8));
    for (size_t i = 0; i < n; ++i) {
      b_.CreateAlignedStore(kv[2 * order[i]], b_.CreateConstGEP1_64(abi_.i64(), q, 1 + i), Align(8));
      b_.CreateAlignedStore(kv[2 * order[i] + 1], b_.CreateConstGEP1_64(abi_.i64(), q, 1 + n + i),
                            Align(8));
    }
    return b_.CreatePtrToInt(q, abi_.i64(), "map");
  }
  Value *arr = tempArray(kv);
  Value *r = b_.CreateCall(abi_.mapNew(), {p_, i64c(kv.size() / 2), arr}, "map");
  endTempArray(arr, kv.size());
  checkFail(r);
  return r;
}

Value *FunctionGen::genUpdateMap(const Expr *e) {
  Value *base = gen(e->args[0], false);
  std::vector<Value *> kv;
  for (size_t i = 1; i < e->args.size(); ++i)
    kv.push_back(gen(e->args[i], false));
  Value *arr = tempArray(kv);
  Value *r = b_.CreateCall(abi_.mapUpdate(), {p_, base, i64c(kv.size() / 2), arr}, "map");
  endTempArray(arr, kv.size());
  checkFail(r);
  return r;
}

Value *FunctionGen::genConcat(const Expr *e) {
  std::vector<Value *> parts;
  for (const Expr *a : e->args)
    parts.push_back(gen(a, false));
  Value *arr = tempArray(parts);
  Value *r = b_.CreateCall(abi_.concat(), {p_, i64c(parts.size()), arr}, "str");
  endTempArray(arr, parts.size());
  checkFail(r);
  return r;
}

Value *FunctionGen::genBinaryBuild(const Expr *e) {
  // specs: one word per segment: type | signed << 8 | little << 9 | unit << 16
  std::vector<Value *> vals;
  std::vector<Constant *> specs;
  for (size_t i = 0; i < e->segments.size(); ++i) {
    const Pattern::Segment &s = e->segments[i];
    uint64_t spec = static_cast<uint64_t>(s.type) | (uint64_t(s.isSigned) << 8) |
                    (uint64_t(s.little) << 9) | (uint64_t(s.unit) << 16);
    specs.push_back(cast<Constant>(i64c(spec)));
    vals.push_back(gen(e->segmentValues[i], false));
    vals.push_back(s.size ? gen(s.size, false) : i64c(kNonValue));
  }
  ArrayType *at = ArrayType::get(abi_.i64(), specs.size() ? specs.size() : 1);
  if (specs.empty())
    specs.push_back(cast<Constant>(i64c(0)));
  auto *g = new GlobalVariable(mg_.m, at, true, GlobalValue::PrivateLinkage,
                               ConstantArray::get(at, specs), "binspec");
  Value *arr = tempArray(vals);
  Value *r = b_.CreateCall(abi_.binaryBuild(), {p_, i64c(e->segments.size()), g, arr}, "bin");
  endTempArray(arr, vals.size());
  checkFail(r);
  return r;
}

// ---- primitives -----------------------------------------------------------------------

Value *FunctionGen::genPrim(const Expr *e) {
  using core::Prim;
  std::vector<Value *> a;
  for (const Expr *x : e->args)
    a.push_back(gen(x, false));
  Type *i64 = abi_.i64();
  auto slowBif = [&](const char *sym, std::vector<Value *> args) -> Value * {
    std::vector<Value *> callArgs = {p_};
    callArgs.insert(callArgs.end(), args.begin(), args.end());
    Value *r = b_.CreateCall(abi_.termFn(sym, static_cast<unsigned>(args.size())), callArgs);
    checkFail(r);
    return r;
  };
  // Arithmetic: fast path on two small integers, the BIF otherwise (big integers, floats,
  // badarith).
  auto arith = [&](Intrinsic::ID id, const char *bif, bool isMul, bool isSub) -> Value * {
    Value *both = isSmall(b_.CreateAnd(a[0], a[1]));
    BasicBlock *fast = newBlock("arith.fast");
    BasicBlock *slow = newBlock("arith.slow");
    BasicBlock *join = newBlock("arith.done");
    MDBuilder md(mg_.ctx);
    b_.CreateCondBr(both, fast, slow, md.createBranchWeights(1000, 1));
    b_.SetInsertPoint(fast);
    Function *ov = Intrinsic::getDeclaration(&mg_.m, id, {i64});
    Value *x, *y;
    if (isMul) {
      x = b_.CreateAShr(a[0], i64c(1));
      y = b_.CreateSub(a[1], i64c(1));
    } else if (isSub) {
      x = a[0];
      y = a[1];
    } else {
      x = a[0];
      y = b_.CreateSub(a[1], i64c(1));
    }
    Value *res = b_.CreateCall(ov, {x, y});
    Value *sum = b_.CreateExtractValue(res, 0);
    Value *overflow = b_.CreateExtractValue(res, 1);
    if (isMul || isSub)
      sum = b_.CreateAdd(sum, i64c(1)); // cannot overflow: the result before +1 is even
    BasicBlock *fastEnd = b_.GetInsertBlock();
    BasicBlock *ok = newBlock("arith.ok");
    b_.CreateCondBr(overflow, slow, ok, md.createBranchWeights(1, 1000));
    b_.SetInsertPoint(ok);
    b_.CreateBr(join);
    (void)fastEnd;
    b_.SetInsertPoint(slow);
    Value *r = slowBif(bif, {a[0], a[1]});
    BasicBlock *slowEnd = b_.GetInsertBlock();
    b_.CreateBr(join);
    b_.SetInsertPoint(join);
    PHINode *phi = b_.CreatePHI(i64, 2);
    phi->addIncoming(sum, ok);
    phi->addIncoming(r, slowEnd);
    return phi;
  };
  auto compareWith = [&](CmpInst::Predicate pred) -> Value * {
    Value *both = isSmall(b_.CreateAnd(a[0], a[1]));
    BasicBlock *from = b_.GetInsertBlock();
    BasicBlock *slow = newBlock("cmp.slow");
    BasicBlock *join = newBlock("cmp.done");
    Value *fastR = b_.CreateICmp(pred, a[0], a[1]);
    b_.CreateCondBr(both, join, slow);
    b_.SetInsertPoint(slow);
    Value *c = b_.CreateCall(abi_.compare(), {a[0], a[1]});
    Value *slowR = b_.CreateICmp(pred, c, ConstantInt::get(abi_.i32(), 0));
    b_.CreateBr(join);
    b_.SetInsertPoint(join);
    PHINode *phi = b_.CreatePHI(Type::getInt1Ty(mg_.ctx), 2);
    phi->addIncoming(fastR, from);
    phi->addIncoming(slowR, slow);
    return boolTerm(phi);
  };
  auto equality = [&](bool exact, bool negate) -> Value * {
    // Identical words are equal; otherwise only two pointers (or, for ==, numbers) need
    // the runtime.
    Value *same = b_.CreateICmpEQ(a[0], a[1]);
    BasicBlock *from = b_.GetInsertBlock();
    BasicBlock *maybe = newBlock("eq.maybe");
    BasicBlock *slow = newBlock("eq.slow");
    BasicBlock *join = newBlock("eq.done");
    b_.CreateCondBr(same, join, maybe);
    b_.SetInsertPoint(maybe);
    // Pointers have tag 0 or 2, i.e. (t & 5) == 0.
    Value *pa = b_.CreateICmpEQ(b_.CreateAnd(a[0], i64c(5)), i64c(0));
    Value *pb = b_.CreateICmpEQ(b_.CreateAnd(a[1], i64c(5)), i64c(0));
    Value *need = b_.CreateAnd(pa, pb);
    if (!exact) // 1 == 1.0: a small integer against a boxed float
      need = b_.CreateOr(need, b_.CreateOr(b_.CreateAnd(pa, isSmall(a[1])),
                                           b_.CreateAnd(pb, isSmall(a[0]))));
    b_.CreateCondBr(need, slow, join);
    b_.SetInsertPoint(slow);
    Value *c = b_.CreateCall(exact ? abi_.exactEqual() : abi_.equal(), {a[0], a[1]});
    Value *slowR = b_.CreateICmpNE(c, ConstantInt::get(abi_.i32(), 0));
    b_.CreateBr(join);
    b_.SetInsertPoint(join);
    PHINode *phi = b_.CreatePHI(Type::getInt1Ty(mg_.ctx), 3);
    phi->addIncoming(ConstantInt::getTrue(mg_.ctx), from);
    phi->addIncoming(ConstantInt::getFalse(mg_.ctx), maybe);
    phi->addIncoming(slowR, slow);
    Value *r = negate ? b_.CreateNot(phi) : static_cast<Value *>(phi);
    return boolTerm(r);
  };
  auto typeIs = [&](Value *t, std::initializer_list<uint32_t> types) {
    return boxedTest(t, [&](Value *h) -> Value * {
      Value *ty = headerType(h);
      Value *r = ConstantInt::getFalse(mg_.ctx);
      for (uint32_t x : types)
        r = b_.CreateOr(r, b_.CreateICmpEQ(ty, i64c(x)));
      return r;
    });
  };

  switch (e->prim) {
  case Prim::Add:
    return arith(Intrinsic::sadd_with_overflow, "ath_bif_erlang_add", false, false);
  case Prim::Sub:
    return arith(Intrinsic::ssub_with_overflow, "ath_bif_erlang_sub", false, true);
  case Prim::Mul:
    return arith(Intrinsic::smul_with_overflow, "ath_bif_erlang_mul", true, false);
  case Prim::Neg: {
    Value *sm = isSmall(a[0]);
    BasicBlock *from = b_.GetInsertBlock();
    BasicBlock *fast = newBlock("neg.fast");
    BasicBlock *slow = newBlock("neg.slow");
    BasicBlock *join = newBlock("neg.done");
    b_.CreateCondBr(sm, fast, slow);
    b_.SetInsertPoint(fast);
    Function *ov = Intrinsic::getDeclaration(&mg_.m, Intrinsic::ssub_with_overflow, {i64});
    Value *res = b_.CreateCall(ov, {i64c(2), a[0]});
    Value *neg = b_.CreateExtractValue(res, 0);
    BasicBlock *ok = newBlock("neg.ok");
    b_.CreateCondBr(b_.CreateExtractValue(res, 1), slow, ok);
    b_.SetInsertPoint(ok);
    b_.CreateBr(join);
    b_.SetInsertPoint(slow);
    Value *r = slowBif("ath_bif_erlang_neg", {a[0]});
    BasicBlock *slowEnd = b_.GetInsertBlock();
    b_.CreateBr(join);
    b_.SetInsertPoint(join);
    PHINode *phi = b_.CreatePHI(i64, 2);
    phi->addIncoming(neg, ok);
    phi->addIncoming(r, slowEnd);
    (void)from;
    return phi;
  }
  case Prim::Eq:
    return equality(false, false);
  case Prim::Ne:
    return equality(false, true);
  case Prim::StrictEq:
    return equality(true, false);
  case Prim::StrictNe:
    return equality(true, true);
  case Prim::Lt:
    return compareWith(CmpInst::ICMP_SLT);
  case Prim::Gt:
    return compareWith(CmpInst::ICMP_SGT);
  case Prim::Le:
    return compareWith(CmpInst::ICMP_SLE);
  case Prim::Ge:
    return compareWith(CmpInst::ICMP_SGE);
  case Prim::Not: {
    Value *isTrue = b_.CreateICmpEQ(a[0], atom("true"));
    Value *isFalse = b_.CreateICmpEQ(a[0], atom("false"));
    BasicBlock *bad = newBlock("not.badarg");
    BasicBlock *ok = newBlock("not.ok");
    b_.CreateCondBr(b_.CreateOr(isTrue, isFalse), ok, bad);
    b_.SetInsertPoint(bad);
    raiseBadarg();
    b_.CreateBr(ok);
    b_.SetInsertPoint(ok);
    return b_.CreateSelect(isTrue, atom("false"), atom("true"));
  }
  case Prim::Truthy: {
    Value *f = b_.CreateICmpEQ(a[0], atom("false"));
    Value *n = b_.CreateICmpEQ(a[0], atom("nil"));
    return boolTerm(b_.CreateNot(b_.CreateOr(f, n)));
  }
  case Prim::IsAtom:
    return boolTerm(b_.CreateICmpEQ(tagOf(a[0]), i64c(kTagAtom)));
  case Prim::IsInteger: {
    Value *sm = isSmall(a[0]);
    return boolTerm(b_.CreateOr(sm, typeIs(a[0], {kBigPos, kBigNeg})));
  }
  case Prim::IsNumber: {
    Value *sm = isSmall(a[0]);
    return boolTerm(b_.CreateOr(sm, typeIs(a[0], {kBigPos, kBigNeg, kFloat})));
  }
  case Prim::IsFloat:
    return boolTerm(typeIs(a[0], {kFloat}));
  case Prim::IsList:
    return boolTerm(b_.CreateOr(b_.CreateICmpEQ(tagOf(a[0]), i64c(kTagCons)),
                                b_.CreateICmpEQ(a[0], i64c(kNil))));
  case Prim::IsTuple:
    return boolTerm(typeIs(a[0], {kTuple}));
  case Prim::IsBinary:
    return boolTerm(typeIs(a[0], {kBinary}));
  case Prim::IsMap:
    return boolTerm(typeIs(a[0], {kMap, kHamt}));
  case Prim::IsFunction:
    return boolTerm(typeIs(a[0], {kFun}));
  case Prim::IsPid:
    return boolTerm(b_.CreateICmpEQ(b_.CreateAnd(a[0], i64c(63)), i64c((1u << 3) | 6)));
  case Prim::IsBoolean:
    return boolTerm(b_.CreateOr(b_.CreateICmpEQ(a[0], atom("true")),
                                b_.CreateICmpEQ(a[0], atom("false"))));
  case Prim::IsNil:
    return boolTerm(b_.CreateICmpEQ(a[0], atom("nil")));
  case Prim::TupleSize: {
    Value *isT = typeIs(a[0], {kTuple});
    BasicBlock *bad = newBlock("tuple_size.badarg");
    BasicBlock *ok = newBlock("tuple_size.ok");
    b_.CreateCondBr(isT, ok, bad);
    b_.SetInsertPoint(bad);
    raiseThroughBif("ath_bif_erlang_tuple_size", {a[0]}); // the BIF words the error
    b_.CreateBr(ok);
    b_.SetInsertPoint(ok);
    Value *h = b_.CreateAlignedLoad(i64, termPtr(a[0]), Align(8));
    Value *size = b_.CreateLShr(h, i64c(12));
    return b_.CreateOr(b_.CreateShl(size, i64c(1)), i64c(1));
  }
  case Prim::Element: {
    // element(index1, tuple)
    Value *idx = a[0], *t = a[1];
    Value *isT = typeIs(t, {kTuple});
    BasicBlock *bad = newBlock("element.badarg");
    BasicBlock *chk = newBlock("element.index");
    BasicBlock *ok = newBlock("element.ok");
    b_.CreateCondBr(b_.CreateAnd(isT, isSmall(idx)), chk, bad);
    b_.SetInsertPoint(chk);
    Value *h = b_.CreateAlignedLoad(i64, termPtr(t), Align(8));
    Value *size = b_.CreateLShr(h, i64c(12));
    Value *i = b_.CreateAShr(idx, i64c(1));
    Value *inRange = b_.CreateAnd(b_.CreateICmpSGE(i, i64c(1)), b_.CreateICmpSLE(i, size));
    b_.CreateCondBr(inRange, ok, bad);
    b_.SetInsertPoint(bad);
    raiseThroughBif("ath_bif_erlang_element", {idx, t});
    b_.CreateBr(ok);
    b_.SetInsertPoint(ok);
    Value *ptr = b_.CreateGEP(i64, termPtr(t), i);
    return b_.CreateAlignedLoad(i64, ptr, Align(8));
  }
  case Prim::Hd:
  case Prim::Tl: {
    Value *isC = b_.CreateICmpEQ(tagOf(a[0]), i64c(kTagCons));
    BasicBlock *bad = newBlock("hd.badarg");
    BasicBlock *ok = newBlock("hd.ok");
    b_.CreateCondBr(isC, ok, bad);
    b_.SetInsertPoint(bad);
    raiseThroughBif(e->prim == Prim::Hd ? "ath_bif_erlang_hd" : "ath_bif_erlang_tl", {a[0]});
    b_.CreateBr(ok);
    b_.SetInsertPoint(ok);
    return loadWord(a[0], e->prim == Prim::Hd ? 0 : 1, -2);
  }
  case Prim::Self:
    return loadProc(kOffSelf);
  }
  throw std::logic_error("codegen: unknown primitive");
}

// ---- calls ----------------------------------------------------------------------------

Value *FunctionGen::genCall(const Expr *e, bool tail) {
  std::vector<Value *> args = {p_};
  for (const Expr *a : e->args)
    args.push_back(gen(a, false));
  Function *callee = mg_.function(e->callee);
  CallInst *call = b_.CreateCall(callee, args);
  call->setCallingConv(CallingConv::Tail);
  if (tail && canTailCall())
    call->setTailCallKind(CallInst::TCK_Tail);
  return retOrValue(call, tail);
}

Value *FunctionGen::genBif(const Expr *e) {
  std::vector<Value *> args = {p_};
  for (const Expr *a : e->args)
    args.push_back(gen(a, false));
  Value *r = b_.CreateCall(abi_.termFn(e->bif, static_cast<unsigned>(e->args.size())), args);
  checkFail(r);
  return r;
}

// `mod.name(...)` with a literal name: a per-call-site cache of the last function entry
// found (entries are static data of the program image and never change, so one pointer,
// written with release and read with acquire, is the whole cache). A hit costs a load and
// a compare of the entry's module; a miss asks ath_find_function_entry and remembers it.
Value *FunctionGen::cachedFunctionLookup(Value *mod, Value *name, uint32_t arity) {
  PointerType *ptr = abi_.ptr();
  auto *cache = new GlobalVariable(mg_.m, ptr, false, GlobalValue::PrivateLinkage,
                                   ConstantPointerNull::get(ptr), "dyncall.cache");
  LoadInst *cached = b_.CreateLoad(ptr, cache, "cached");
  cached->setAtomic(AtomicOrdering::Acquire);
  cached->setAlignment(Align(8));
  BasicBlock *check = newBlock("dyn.cache.check");
  BasicBlock *hit = newBlock("dyn.cache.hit");
  BasicBlock *miss = newBlock("dyn.cache.miss");
  BasicBlock *done = newBlock("dyn.cache.done");
  b_.CreateCondBr(b_.CreateIsNull(cached), miss, check);
  b_.SetInsertPoint(check);
  // ath_fun_entry: module at +0, code at +24 (athanor/rt.h)
  Value *cachedModule = b_.CreateLoad(abi_.i64(), cached, "cached.module");
  b_.CreateCondBr(b_.CreateICmpEQ(cachedModule, mod), hit, miss);
  b_.SetInsertPoint(hit);
  Value *hitCode = b_.CreateLoad(ptr, b_.CreateConstGEP1_64(b_.getInt8Ty(), cached, 24), "code.hit");
  b_.CreateBr(done);
  b_.SetInsertPoint(miss);
  Value *entry = b_.CreateCall(abi_.findFunctionEntry(),
                               {mod, name, ConstantInt::get(abi_.i32(), arity)}, "entry");
  BasicBlock *found = newBlock("dyn.cache.fill");
  BasicBlock *notFound = b_.GetInsertBlock();
  b_.CreateCondBr(b_.CreateIsNull(entry), done, found);
  b_.SetInsertPoint(found);
  StoreInst *fill = b_.CreateStore(entry, cache);
  fill->setAtomic(AtomicOrdering::Release);
  fill->setAlignment(Align(8));
  Value *missCode = b_.CreateLoad(ptr, b_.CreateConstGEP1_64(b_.getInt8Ty(), entry, 24), "code.miss");
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  PHINode *code = b_.CreatePHI(ptr, 3, "code");
  code->addIncoming(hitCode, hit);
  code->addIncoming(ConstantPointerNull::get(ptr), notFound);
  code->addIncoming(missCode, found);
  return code;
}

Value *FunctionGen::genCallDynamic(const Expr *e, bool tail) {
  Value *mod = gen(e->args[0], false);
  Value *name = gen(e->args[1], false);
  std::vector<Value *> args;
  for (size_t i = 2; i < e->args.size(); ++i)
    args.push_back(gen(e->args[i], false));
  uint32_t arity = static_cast<uint32_t>(args.size());
  Value *code = isa<ConstantInt>(name) ? cachedFunctionLookup(mod, name, arity)
                                       : b_.CreateCall(abi_.findFunction(),
                                                       {mod, name, ConstantInt::get(abi_.i32(), arity)},
                                                       "code");
  BasicBlock *missing = newBlock("dyn.undef");
  BasicBlock *found = newBlock("dyn.call");
  b_.CreateCondBr(b_.CreateIsNull(code), missing, found);
  b_.SetInsertPoint(missing);
  Value *list = genList(args, i64c(kNil));
  b_.CreateCall(abi_.termFn("ath_raise_undef", 3), {p_, mod, name, list});
  branchToFail();
  b_.SetInsertPoint(found);
  std::vector<Type *> params = {abi_.ptr()};
  params.insert(params.end(), arity, abi_.i64());
  FunctionType *ft = FunctionType::get(abi_.i64(), params, false);
  std::vector<Value *> callArgs = {p_};
  callArgs.insert(callArgs.end(), args.begin(), args.end());
  CallInst *call = b_.CreateCall(ft, code, callArgs);
  call->setCallingConv(CallingConv::Tail);
  if (tail && canTailCall())
    call->setTailCallKind(CallInst::TCK_Tail);
  return retOrValue(call, tail);
}

Value *FunctionGen::genApply(const Expr *e, bool tail) {
  Value *fun = gen(e->args[0], false);
  std::vector<Value *> args;
  for (size_t i = 1; i < e->args.size(); ++i)
    args.push_back(gen(e->args[i], false));
  uint32_t arity = static_cast<uint32_t>(args.size());
  Value *isFun = boxedTest(fun, [&](Value *h) { return b_.CreateICmpEQ(headerType(h), i64c(kFun)); });
  BasicBlock *badfun = newBlock("apply.badfun");
  BasicBlock *checkArity = newBlock("apply.arity");
  BasicBlock *badarity = newBlock("apply.badarity");
  BasicBlock *call = newBlock("apply.call");
  b_.CreateCondBr(isFun, checkArity, badfun);
  b_.SetInsertPoint(badfun);
  b_.CreateCall(abi_.errorTagged(), {p_, atom("badfun"), fun});
  branchToFail();
  b_.SetInsertPoint(checkArity);
  Value *info = b_.CreateIntToPtr(loadWord(fun, 2), abi_.ptr());
  Value *funArity = b_.CreateAlignedLoad(abi_.i32(), info, Align(4));
  b_.CreateCondBr(b_.CreateICmpEQ(funArity, ConstantInt::get(abi_.i32(), arity)), call, badarity);
  b_.SetInsertPoint(badarity);
  Value *list = genList(args, i64c(kNil));
  Value *pair = genTuple({fun, list});
  b_.CreateCall(abi_.errorTagged(), {p_, atom("badarity"), pair});
  branchToFail();
  b_.SetInsertPoint(call);
  Value *code = b_.CreateIntToPtr(loadWord(fun, 1), abi_.ptr());
  std::vector<Type *> params = {abi_.ptr()};
  params.insert(params.end(), arity + 1, abi_.i64());
  FunctionType *ft = FunctionType::get(abi_.i64(), params, false);
  std::vector<Value *> callArgs = {p_};
  callArgs.insert(callArgs.end(), args.begin(), args.end());
  callArgs.push_back(fun);
  CallInst *ci = b_.CreateCall(ft, code, callArgs);
  ci->setCallingConv(CallingConv::Tail);
  if (tail && canTailCall())
    ci->setTailCallKind(CallInst::TCK_Tail);
  return retOrValue(ci, tail);
}

Value *FunctionGen::genMakeFun(const Expr *e) {
  std::vector<Value *> caps;
  for (VarId v : e->captures)
    caps.push_back(var(v));
  Value *q = allocWords(3 + caps.size());
  b_.CreateAlignedStore(i64c(makeHeader(kFun, 2 + caps.size())), q, Align(8));
  Function *code = mg_.function(e->callee);
  b_.CreateAlignedStore(b_.CreatePtrToInt(code, abi_.i64()), b_.CreateConstGEP1_64(abi_.i64(), q, 1),
                        Align(8));
  b_.CreateAlignedStore(b_.CreatePtrToInt(mg_.funInfo(e->callee), abi_.i64()),
                        b_.CreateConstGEP1_64(abi_.i64(), q, 2), Align(8));
  for (size_t i = 0; i < caps.size(); ++i)
    b_.CreateAlignedStore(caps[i], b_.CreateConstGEP1_64(abi_.i64(), q, 3 + i), Align(8));
  return b_.CreatePtrToInt(q, abi_.i64(), "fun");
}

Value *FunctionGen::genRaise(const Expr *e) {
  Value *cls = gen(e->args[0], false);
  Value *value = gen(e->args[1], false);
  Value *stack = e->args.size() > 2 ? gen(e->args[2], false) : nullptr;
  b_.CreateCall(abi_.raise(), {p_, cls, value});
  if (stack)
    storeProc(kOffExcStack, stack);
  branchToFail();
  return PoisonValue::get(abi_.i64());
}

Value *FunctionGen::genMatchFailure(core::MatchFail fail, Value *value) {
  using core::MatchFail;
  switch (fail) {
  case MatchFail::Badmatch:
    b_.CreateCall(abi_.errorTagged(), {p_, atom("badmatch"), value});
    break;
  case MatchFail::CaseClause:
  case MatchFail::Unreachable:
    b_.CreateCall(abi_.errorTagged(), {p_, atom("case_clause"), value});
    break;
  case MatchFail::WithClause:
    b_.CreateCall(abi_.errorTagged(), {p_, atom("with_clause"), value});
    break;
  case MatchFail::TryClause:
    b_.CreateCall(abi_.errorTagged(), {p_, atom("try_clause"), value});
    break;
  case MatchFail::CondClause:
    b_.CreateCall(abi_.error(), {p_, atom("cond_clause")});
    break;
  case MatchFail::BadBool:
    b_.CreateCall(abi_.error(), {p_, atom("badarg")});
    break;
  case MatchFail::FunctionClause: {
    const FunctionRef *r = fn_.ref;
    b_.CreateCall(abi_.raiseFunctionClause(),
                  {p_, r->module.empty() ? atom("nil") : atom(r->module),
                   atom(r->isClosure ? r->name : r->name), value});
    break;
  }
  case MatchFail::Reraise:
    break;
  }
  branchToFail();
  return PoisonValue::get(abi_.i64());
}

} // namespace athanor::codegen
