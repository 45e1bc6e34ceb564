// Code generation of pattern matching and the constructs built on it: case (and function
// heads, which are a case over the parameters), receive (the rt.h protocol: start, peek,
// match in place, accept or next, wait), try (handlers over kind/reason/stacktrace and the
// normalized exception, else clauses, after on every way out) and guards.
//
// Clauses are tested in order; each clause's tests branch to the next clause on failure.
// A guard is generated with the failure target set to the next clause, so an exception
// in a guard makes the clause fail, and it must produce exactly `true`.
#include "codegen/GenImpl.h"

namespace athanor::codegen {

using namespace llvm;

void FunctionGen::genPattern(const Pattern *p, Value *v, BasicBlock *failBB, bool bindOnly) {
  auto branchOn = [&](Value *cond, const char *name) {
    if (bindOnly)
      return;
    BasicBlock *ok = newBlock(name);
    b_.CreateCondBr(cond, ok, failBB);
    b_.SetInsertPoint(ok);
  };
  auto exactCompare = [&](Value *other) {
    if (bindOnly)
      return;
    Value *same = b_.CreateICmpEQ(v, other);
    BasicBlock *ok = newBlock("eq.ok");
    BasicBlock *slow = newBlock("eq.slow");
    b_.CreateCondBr(same, ok, slow);
    b_.SetInsertPoint(slow);
    // Two different immediates are never equal; only pointers need the runtime.
    Value *pa = b_.CreateICmpEQ(b_.CreateAnd(v, i64c(5)), i64c(0));
    Value *pb = b_.CreateICmpEQ(b_.CreateAnd(other, i64c(5)), i64c(0));
    BasicBlock *call = newBlock("eq.call");
    b_.CreateCondBr(b_.CreateAnd(pa, pb), call, failBB);
    b_.SetInsertPoint(call);
    Value *c = b_.CreateCall(abi_.exactEqual(), {v, other});
    b_.CreateCondBr(b_.CreateICmpNE(c, ConstantInt::get(abi_.i32(), 0)), ok, failBB);
    b_.SetInsertPoint(ok);
  };
  switch (p->kind) {
  case Pattern::Kind::Wild:
    return;
  case Pattern::Kind::Bind:
    vars_[p->var] = v;
    return;
  case Pattern::Kind::Same:
    exactCompare(var(p->var));
    return;
  case Pattern::Kind::Lit: {
    Constant *c = mg_.term(p->lit);
    bool immediate = p->lit->kind == Const::Kind::Atom || p->lit->kind == Const::Kind::Nil ||
                     (p->lit->kind == Const::Kind::Int && p->lit->ival >= kSmallMin &&
                      p->lit->ival <= kSmallMax);
    if (immediate)
      branchOn(b_.CreateICmpEQ(v, c), "lit.ok");
    else
      exactCompare(c);
    return;
  }
  case Pattern::Kind::Tuple: {
    uint64_t n = p->elems.size();
    if (!bindOnly)
      branchOn(boxedTest(v, [&](Value *h) { return b_.CreateICmpEQ(h, i64c(makeHeader(kTuple, n))); }),
               "tuple.ok");
    std::vector<Value *> elems;
    for (uint64_t i = 0; i < n; ++i)
      elems.push_back(loadWord(v, 1 + i));
    for (uint64_t i = 0; i < n; ++i)
      genPattern(p->elems[i], elems[i], failBB, bindOnly);
    return;
  }
  case Pattern::Kind::Cons: {
    branchOn(b_.CreateICmpEQ(tagOf(v), i64c(kTagCons)), "cons.ok");
    Value *head = loadWord(v, 0, -2);
    Value *tail = loadWord(v, 1, -2);
    genPattern(p->elems[0], head, failBB, bindOnly);
    genPattern(p->elems[1], tail, failBB, bindOnly);
    return;
  }
  case Pattern::Kind::Map: {
    if (!bindOnly)
      branchOn(boxedTest(v, [&](Value *h) {
                 Value *ty = headerType(h);
                 return b_.CreateOr(b_.CreateICmpEQ(ty, i64c(kMap)), b_.CreateICmpEQ(ty, i64c(kHamt)));
               }),
               "map.ok");
    std::vector<Value *> vals;
    for (size_t i = 0; i < p->mapKeys.size(); ++i) {
      Value *key = gen(p->mapKeys[i], false);
      Value *val = b_.CreateCall(abi_.mapFind(), {v, key});
      branchOn(b_.CreateICmpNE(val, i64c(kNonValue)), "key.ok");
      vals.push_back(val);
    }
    for (size_t i = 0; i < p->mapVals.size(); ++i)
      genPattern(p->mapVals[i], vals[i], failBB, bindOnly);
    return;
  }
  case Pattern::Kind::BinPrefix: {
    Value *prefix = mg_.term(p->lit);
    if (!bindOnly) {
      Value *has = b_.CreateCall(abi_.hasPrefix(), {v, prefix});
      branchOn(b_.CreateICmpNE(has, ConstantInt::get(abi_.i32(), 0)), "prefix.ok");
    }
    if (p->elems[0]->kind == Pattern::Kind::Wild)
      return;
    Value *rest = b_.CreateCall(abi_.binaryTail(), {p_, v, i64c(p->lit->text.size())}, "rest");
    genPattern(p->elems[0], rest, failBB, bindOnly);
    return;
  }
  case Pattern::Kind::Binary: {
    std::vector<Constant *> specs;
    std::vector<Value *> sizes;
    for (const Pattern::Segment &s : p->segments) {
      uint64_t spec = static_cast<uint64_t>(s.type) | (uint64_t(s.isSigned) << 8) |
                      (uint64_t(s.little) << 9) | (uint64_t(s.unit) << 16);
      specs.push_back(cast<Constant>(i64c(spec)));
      sizes.push_back(s.size ? gen(s.size, false) : i64c(kNonValue));
    }
    ArrayType *at = ArrayType::get(abi_.i64(), specs.size() ? specs.size() : 1);
    if (specs.empty())
      specs.push_back(cast<Constant>(i64c(0)));
    auto *g = new GlobalVariable(mg_.m, at, true, GlobalValue::PrivateLinkage,
                                 ConstantArray::get(at, specs), "binpat");
    Value *arr = tempArray(sizes);
    Value *parts = b_.CreateCall(abi_.binaryMatch(), {p_, v, i64c(p->segments.size()), g, arr});
    endTempArray(arr, sizes.size());
    branchOn(b_.CreateICmpNE(parts, i64c(kNonValue)), "bin.ok");
    std::vector<Value *> vals;
    for (size_t i = 0; i < p->segments.size(); ++i)
      vals.push_back(loadWord(parts, 1 + i));
    for (size_t i = 0; i < p->segments.size(); ++i)
      genPattern(p->segments[i].pat, vals[i], failBB, bindOnly);
    return;
  }
  case Pattern::Kind::Alias:
    genPattern(p->elems[0], v, failBB, bindOnly);
    genPattern(p->elems[1], v, failBB, bindOnly);
    return;
  }
}

Value *FunctionGen::genGuard(const Expr *g, BasicBlock *failBB) {
  BasicBlock *saved = fail_;
  fail_ = failBB;
  Value *r = gen(g, false);
  fail_ = saved;
  BasicBlock *ok = newBlock("guard.ok");
  b_.CreateCondBr(b_.CreateICmpEQ(r, atom("true")), ok, failBB);
  b_.SetInsertPoint(ok);
  return r;
}

void FunctionGen::genClauses(const std::vector<core::CaseClause *> &clauses,
                             const std::vector<Value *> &values, BasicBlock *join, PHINode *phi,
                             const std::function<void()> &onNoMatch,
                             const std::function<void(const core::CaseClause *)> &beforeBody,
                             bool tail) {
  for (size_t i = 0; i < clauses.size(); ++i) {
    const core::CaseClause *c = clauses[i];
    BasicBlock *next = newBlock("clause.next");
    for (size_t j = 0; j < c->patterns.size() && j < values.size(); ++j)
      genPattern(c->patterns[j], values[j], next);
    if (c->guard)
      genGuard(c->guard, next);
    if (beforeBody)
      beforeBody(c);
    Value *r = gen(c->body, tail);
    phi->addIncoming(r, b_.GetInsertBlock());
    b_.CreateBr(join);
    b_.SetInsertPoint(next);
  }
  onNoMatch();
  if (!b_.GetInsertBlock()->getTerminator())
    b_.CreateUnreachable();
  b_.SetInsertPoint(join);
}

Value *FunctionGen::genCase(const Expr *e, bool tail) {
  std::vector<Value *> values;
  for (const Expr *s : e->args)
    values.push_back(gen(s, false));
  BasicBlock *join = newBlock("case.join");
  PHINode *phi = PHINode::Create(abi_.i64(), static_cast<unsigned>(e->clauses.size()), "case", join);
  genClauses(e->clauses, values, join, phi, [&] {
    Value *v;
    if (e->fail == core::MatchFail::FunctionClause)
      v = genList(values, i64c(kNil));
    else
      v = values.empty() ? atom("nil") : values[0];
    genMatchFailure(e->fail, v);
  }, nullptr, tail);
  if (phi->getNumIncomingValues() == 0) {
    phi->eraseFromParent();
    return PoisonValue::get(abi_.i64());
  }
  return phi;
}

Value *FunctionGen::genReceive(const Expr *e, bool tail) {
  Value *timeout = e->args.empty() ? atom("infinity") : gen(e->args[0], false);
  Value *started = b_.CreateCall(abi_.recvStart(), {p_, timeout});
  checkFail(started);
  BasicBlock *loop = newBlock("recv.loop");
  BasicBlock *wait = newBlock("recv.wait");
  BasicBlock *scan = newBlock("recv.scan");
  BasicBlock *after = newBlock("recv.after");
  BasicBlock *join = newBlock("recv.join");
  PHINode *phi = PHINode::Create(abi_.i64(), 2, "received", join);
  b_.CreateBr(loop);
  b_.SetInsertPoint(loop);
  Value *msg = b_.CreateCall(abi_.recvPeek(), {p_}, "msg");
  b_.CreateCondBr(b_.CreateICmpEQ(msg, i64c(kNonValue)), wait, scan);

  b_.SetInsertPoint(wait);
  Value *w = b_.CreateCall(abi_.recvWait(), {p_});
  b_.CreateCondBr(b_.CreateICmpEQ(w, i64c(1)), after, loop);

  b_.SetInsertPoint(after);
  if (e->body) {
    Value *r = gen(e->body, tail);
    phi->addIncoming(r, b_.GetInsertBlock());
    b_.CreateBr(join);
  } else {
    b_.CreateUnreachable(); // no after clause: the wait never times out
  }

  b_.SetInsertPoint(scan);
  genClauses(e->clauses, {msg}, join, phi,
             [&] {
               b_.CreateCall(abi_.recvNext(), {p_});
               b_.CreateBr(loop);
             },
             [&](const core::CaseClause *c) {
               // The message may have moved into the heap: bind the variables again.
               Value *m = b_.CreateCall(abi_.recvAccept(), {p_}, "accepted");
               genPattern(c->patterns[0], m, nullptr, true);
             },
             tail);
  if (phi->getNumIncomingValues() == 0) {
    phi->eraseFromParent();
    return PoisonValue::get(abi_.i64());
  }
  return phi;
}

Value *FunctionGen::genTry(const Expr *e, bool tail) {
  BasicBlock *outerFail = fail_;
  bool hasAfter = e->afterBody != nullptr;
  BasicBlock *afterExc = hasAfter ? newBlock("try.after.exc") : outerFail;
  BasicBlock *handler = newBlock("try.handler");
  BasicBlock *done = newBlock("try.done");
  PHINode *result = PHINode::Create(abi_.i64(), 2, "try", done);
  bool tailInside = tail && !hasAfter;

  // The protected body.
  fail_ = handler;
  Value *v = gen(e->body, false);
  if (e->hasElse) {
    fail_ = afterExc;
    BasicBlock *elseJoin = newBlock("try.else.join");
    PHINode *elsePhi = PHINode::Create(abi_.i64(), 2, "else", elseJoin);
    genClauses(e->elseClauses, {v}, elseJoin, elsePhi,
               [&] { genMatchFailure(core::MatchFail::TryClause, v); }, nullptr, tailInside);
    v = elsePhi;
  }
  result->addIncoming(v, b_.GetInsertBlock());
  b_.CreateBr(done);

  // The handlers: rescue and catch clauses over (kind, reason, stacktrace, normalized).
  b_.SetInsertPoint(handler);
  fail_ = afterExc;
  Value *kind = loadProc(kOffExcClass);
  Value *reason = loadProc(kOffExcValue);
  Value *stack = loadProc(kOffExcStack);
  Value *normalized = reason;
  bool hasRescue = false;
  for (const core::CaseClause *c : e->clauses)
    hasRescue = hasRescue || (c->patterns.size() == 4 && c->patterns[3]->kind != Pattern::Kind::Wild);
  if (hasRescue) {
    BasicBlock *from = b_.GetInsertBlock();
    BasicBlock *norm = newBlock("try.normalize");
    BasicBlock *normDone = newBlock("try.normalized");
    b_.CreateCondBr(b_.CreateICmpEQ(kind, atom("error")), norm, normDone);
    b_.SetInsertPoint(norm);
    Value *n = b_.CreateCall(abi_.termFn("ath_bif_athanor_normalize_error", 2), {p_, reason, stack});
    BasicBlock *normEnd = b_.GetInsertBlock();
    b_.CreateBr(normDone);
    b_.SetInsertPoint(normDone);
    PHINode *phi = b_.CreatePHI(abi_.i64(), 2, "exception");
    phi->addIncoming(reason, from);
    phi->addIncoming(n, normEnd);
    normalized = phi;
  }
  BasicBlock *handlerJoin = newBlock("try.handled");
  PHINode *handled = PHINode::Create(abi_.i64(), 2, "handled", handlerJoin);
  genClauses(e->clauses, {kind, reason, stack, normalized}, handlerJoin, handled,
             [&] {
               // No handler: the exception goes on (restored: guards may have raised).
               storeProc(kOffExcClass, kind);
               storeProc(kOffExcValue, reason);
               storeProc(kOffExcStack, stack);
               b_.CreateBr(afterExc);
             },
             nullptr, tailInside);
  if (handled->getNumIncomingValues()) {
    result->addIncoming(handled, handlerJoin);
    b_.CreateBr(done);
  } else {
    handled->eraseFromParent();
    b_.CreateUnreachable();
  }

  // `after` on the exceptional way out.
  fail_ = outerFail;
  if (hasAfter) {
    b_.SetInsertPoint(afterExc);
    Value *k = loadProc(kOffExcClass);
    Value *r = loadProc(kOffExcValue);
    Value *s = loadProc(kOffExcStack);
    gen(e->afterBody, false);
    storeProc(kOffExcClass, k);
    storeProc(kOffExcValue, r);
    storeProc(kOffExcStack, s);
    b_.CreateBr(outerFail);
  }

  // Normal way out.
  b_.SetInsertPoint(done);
  if (hasAfter)
    gen(e->afterBody, false);
  return result;
}

} // namespace athanor::codegen
