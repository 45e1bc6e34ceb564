// Declarations of the runtime entry points (see RuntimeAbi.h and athanor/rt.h).
#include "codegen/RuntimeAbi.h"

namespace athanor::codegen {

using namespace llvm;

RuntimeAbi::RuntimeAbi(Module &m)
    : m_(m), i64_(Type::getInt64Ty(m.getContext())), i32_(Type::getInt32Ty(m.getContext())),
      ptr_(PointerType::getUnqual(m.getContext())) {}

FunctionCallee RuntimeAbi::fn(const std::string &name, FunctionType *type) {
  FunctionCallee c = m_.getOrInsertFunction(name, type);
  if (auto *f = dyn_cast<Function>(c.getCallee()))
    f->setDoesNotThrow();
  return c;
}

FunctionCallee RuntimeAbi::termFn(const std::string &name, unsigned nTerms) {
  std::vector<Type *> params = {ptr_};
  params.insert(params.end(), nTerms, i64_);
  return fn(name, FunctionType::get(i64_, params, false));
}

FunctionCallee RuntimeAbi::allocSlow() {
  return fn("ath_alloc_slow", FunctionType::get(ptr_, {ptr_, i64_}, false));
}
FunctionCallee RuntimeAbi::allocConsSlow() {
  return fn("ath_alloc_cons_slow", FunctionType::get(ptr_, {ptr_}, false));
}
FunctionCallee RuntimeAbi::checkStack() {
  return fn("ath_check_stack", FunctionType::get(Type::getVoidTy(m_.getContext()), {ptr_}, false));
}
FunctionCallee RuntimeAbi::raise() { return termFn("ath_raise", 2); }
FunctionCallee RuntimeAbi::error() { return termFn("ath_error", 1); }
FunctionCallee RuntimeAbi::errorTagged() { return termFn("ath_error_tagged", 2); }
FunctionCallee RuntimeAbi::exactEqual() {
  return fn("ath_exact_equal", FunctionType::get(i32_, {i64_, i64_}, false));
}
FunctionCallee RuntimeAbi::equal() {
  return fn("ath_equal", FunctionType::get(i32_, {i64_, i64_}, false));
}
FunctionCallee RuntimeAbi::compare() {
  return fn("ath_compare", FunctionType::get(i32_, {i64_, i64_}, false));
}
FunctionCallee RuntimeAbi::mapNew() {
  return fn("ath_map_new", FunctionType::get(i64_, {ptr_, i64_, ptr_}, false));
}
FunctionCallee RuntimeAbi::mapUpdate() {
  return fn("ath_map_update", FunctionType::get(i64_, {ptr_, i64_, i64_, ptr_}, false));
}
FunctionCallee RuntimeAbi::mapFind() {
  return fn("ath_map_find", FunctionType::get(i64_, {i64_, i64_}, false));
}
FunctionCallee RuntimeAbi::concat() {
  return fn("ath_binary_concat_n", FunctionType::get(i64_, {ptr_, i64_, ptr_}, false));
}
FunctionCallee RuntimeAbi::hasPrefix() {
  return fn("ath_binary_has_prefix", FunctionType::get(i32_, {i64_, i64_}, false));
}
FunctionCallee RuntimeAbi::binaryTail() {
  return fn("ath_binary_tail", FunctionType::get(i64_, {ptr_, i64_, i64_}, false));
}
FunctionCallee RuntimeAbi::findFunction() {
  return fn("ath_find_function", FunctionType::get(ptr_, {i64_, i64_, i32_}, false));
}
FunctionCallee RuntimeAbi::findFunctionEntry() {
  return fn("ath_find_function_entry", FunctionType::get(ptr_, {i64_, i64_, i32_}, false));
}
FunctionCallee RuntimeAbi::binaryBuild() {
  return fn("ath_binary_build", FunctionType::get(i64_, {ptr_, i64_, ptr_, ptr_}, false));
}
FunctionCallee RuntimeAbi::binaryMatch() {
  return fn("ath_binary_match", FunctionType::get(i64_, {ptr_, i64_, i64_, ptr_, ptr_}, false));
}
FunctionCallee RuntimeAbi::recvStart() { return termFn("ath_recv_start", 1); }
FunctionCallee RuntimeAbi::recvPeek() { return termFn("ath_recv_peek", 0); }
FunctionCallee RuntimeAbi::recvNext() {
  return fn("ath_recv_next", FunctionType::get(Type::getVoidTy(m_.getContext()), {ptr_}, false));
}
FunctionCallee RuntimeAbi::recvAccept() { return termFn("ath_recv_accept", 0); }
FunctionCallee RuntimeAbi::recvWait() { return termFn("ath_recv_wait", 0); }
FunctionCallee RuntimeAbi::raiseFunctionClause() { return termFn("ath_raise_function_clause", 3); }

} // namespace athanor::codegen
