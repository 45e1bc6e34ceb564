// The runtime's side of athanor/rt.h as LLVM declarations: the only place codegen names
// runtime symbols and PCB field offsets. Entry points are declared on first use.
#pragma once

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Module.h>

#include <string>

namespace athanor::codegen {

/// Offsets of ath_proc_hot fields (athanor/rt.h).
enum ProcOffset : int64_t {
  kOffStackLimit = 0,
  kOffHtop = 8,
  kOffCtop = 16,
  kOffExcClass = 24,
  kOffExcValue = 32,
  kOffExcStack = 40,
  kOffSelf = 48,
};

/// Term constants of athanor/term.h.
constexpr uint64_t kNil = 6;
constexpr uint64_t kNonValue = (2u << 3) | 6;
constexpr uint64_t kTagMask = 7;
constexpr uint64_t kTagBoxed = 0;
constexpr uint64_t kTagCons = 2;
constexpr uint64_t kTagAtom = 4;
enum TermType : uint32_t {
  kTuple = 0, kBigPos = 1, kBigNeg = 2, kFloat = 3, kBinary = 4, kMap = 5, kHamt = 6,
  kFun = 7, kRef = 8,
};
constexpr size_t kFlatMapMax = 32; // ATH_MAP_FLAT_MAX: larger maps are hash tries
inline uint64_t makeHeader(uint32_t type, uint64_t size) {
  return (size << 12) | (uint64_t(type) << 6) | (3u << 3) | 6;
}
inline uint64_t atomTerm(uint32_t index) { return (uint64_t(index) << 3) | kTagAtom; }
inline uint64_t smallTerm(int64_t v) { return (uint64_t(v) << 1) | 1; }
constexpr int64_t kSmallMax = (int64_t(1) << 62) - 1;
constexpr int64_t kSmallMin = -(int64_t(1) << 62);

class RuntimeAbi {
public:
  explicit RuntimeAbi(llvm::Module &m);

  llvm::Type *i64() const { return i64_; }
  llvm::Type *i32() const { return i32_; }
  llvm::PointerType *ptr() const { return ptr_; }

  /// A C-convention runtime function `i64 name(ptr p, i64 x nTerms)`.
  llvm::FunctionCallee termFn(const std::string &name, unsigned nTerms);
  /// Any runtime function with an explicit type.
  llvm::FunctionCallee fn(const std::string &name, llvm::FunctionType *type);

  llvm::FunctionCallee allocSlow();     // ptr (ptr p, i64 words)
  llvm::FunctionCallee allocConsSlow(); // ptr (ptr p)
  llvm::FunctionCallee checkStack();    // void (ptr p)
  llvm::FunctionCallee raise();         // i64 (ptr p, i64 cls, i64 value)
  llvm::FunctionCallee error();         // i64 (ptr p, i64 reason)
  llvm::FunctionCallee errorTagged();   // i64 (ptr p, i64 tag, i64 value)
  llvm::FunctionCallee exactEqual();    // i32 (i64, i64)
  llvm::FunctionCallee equal();         // i32 (i64, i64)
  llvm::FunctionCallee compare();       // i32 (i64, i64)
  llvm::FunctionCallee mapNew();        // i64 (ptr p, i64 n, ptr kv)
  llvm::FunctionCallee mapUpdate();     // i64 (ptr p, i64 map, i64 n, ptr kv)
  llvm::FunctionCallee mapFind();       // i64 (i64 map, i64 key)
  llvm::FunctionCallee concat();        // i64 (ptr p, i64 n, ptr parts)
  llvm::FunctionCallee hasPrefix();     // i32 (i64 bin, i64 prefix)
  llvm::FunctionCallee binaryTail();    // i64 (ptr p, i64 bin, i64 from)
  llvm::FunctionCallee findFunction();  // ptr (i64 module, i64 name, i32 arity)
  llvm::FunctionCallee findFunctionEntry(); // const ath_fun_entry * (same arguments)
  llvm::FunctionCallee binaryBuild();   // i64 (ptr p, i64 n, ptr specs, ptr values)
  llvm::FunctionCallee binaryMatch();   // i64 (ptr p, i64 bin, i64 n, ptr specs, ptr sizes)
  llvm::FunctionCallee recvStart();     // i64 (ptr p, i64 timeout)
  llvm::FunctionCallee recvPeek();      // i64 (ptr p)
  llvm::FunctionCallee recvNext();      // void (ptr p)
  llvm::FunctionCallee recvAccept();    // i64 (ptr p): the message as it is in the heap
  llvm::FunctionCallee recvWait();      // i64 (ptr p)
  llvm::FunctionCallee raiseFunctionClause(); // i64 (ptr p, i64 module, i64 name, i64 args)

private:
  llvm::Module &m_;
  llvm::Type *i64_;
  llvm::Type *i32_;
  llvm::PointerType *ptr_;
};

} // namespace athanor::codegen
