// Building terms from C++.
//
// ScratchBuilder: terms in a private chain of blocks, for code that cannot allocate on a
// process heap (the scheduler building an exit reason, a timer building a message). The
// chain is then handed to a message or freed.
//
// HeapBuilder: terms on a process's own heap. The constructor reserves the whole amount
// up front (collecting if needed), so nothing moves while the builder fills it in.
#pragma once

#include "mem/Heap.h"
#include "proc/Process.h"
#include "term/Term.h"

#include <cstring>
#include <initializer_list>
#include <string_view>

namespace athanor::rt {

template <class Derived> class TermBuilderBase {
public:
  ath_term tuple(std::initializer_list<ath_term> elems) {
    uint64_t *o = self().words(1 + elems.size());
    o[0] = ath_make_header(ATH_T_TUPLE, elems.size());
    uint64_t i = 1;
    for (ath_term e : elems)
      o[i++] = e;
    return ath_make_boxed(o);
  }
  ath_term tupleOf(const ath_term *elems, uint64_t n) {
    uint64_t *o = self().words(1 + n);
    o[0] = ath_make_header(ATH_T_TUPLE, n);
    std::memcpy(o + 1, elems, n * sizeof(ath_term));
    return ath_make_boxed(o);
  }
  ath_term cons(ath_term head, ath_term tail) {
    ath_term *c = self().cell();
    c[0] = head;
    c[1] = tail;
    return ath_make_cons_ptr(c);
  }
  ath_term binary(std::string_view bytes) {
    uint64_t n = bytes.size();
    uint64_t *o = self().words(2 + (n + 7) / 8);
    o[0] = ath_make_header(ATH_T_BINARY, 1 + (n + 7) / 8);
    o[1] = n;
    if (n) {
      o[1 + (n + 7) / 8] = 0; // zero the padding of the last word
      std::memcpy(o + 2, bytes.data(), n);
    }
    return ath_make_boxed(o);
  }
  ath_term floatTerm(double d) {
    uint64_t *o = self().words(2);
    o[0] = ath_make_header(ATH_T_FLOAT, 1);
    std::memcpy(o + 1, &d, sizeof d);
    return ath_make_boxed(o);
  }
  ath_term ref(uint64_t a, uint64_t b) {
    uint64_t *o = self().words(3);
    o[0] = ath_make_header(ATH_T_REF, 2);
    o[1] = a;
    o[2] = b;
    return ath_make_boxed(o);
  }

  static uint64_t tupleWords(uint64_t n) { return 1 + n; }
  static uint64_t binaryWords(uint64_t bytes) { return 2 + (bytes + 7) / 8; }

private:
  Derived &self() { return *static_cast<Derived *>(this); }
};

class ScratchBuilder : public TermBuilderBase<ScratchBuilder> {
public:
  ScratchBuilder() = default;
  ScratchBuilder(const ScratchBuilder &) = delete;
  ~ScratchBuilder() { freeBlockList(chain_); }

  uint64_t *words(uint64_t n) {
    ensure(n);
    uint64_t *q = chain_->btop;
    chain_->btop += n;
    return q;
  }
  ath_term *cell() {
    ensure(2);
    chain_->cbot -= 2;
    return chain_->cbot;
  }
  /// Gives the blocks away (to a message); the builder is empty afterwards.
  Block *release() {
    Block *c = chain_;
    chain_ = nullptr;
    return c;
  }

private:
  void ensure(uint64_t n) {
    if (chain_ && static_cast<uint64_t>(chain_->cbot - chain_->btop) >= n)
      return;
    Block *b = newBlock(n > 64 ? n : 64);
    b->next = chain_;
    chain_ = b;
  }
  Block *chain_ = nullptr;
};

class HeapBuilder : public TermBuilderBase<HeapBuilder> {
public:
  HeapBuilder(Process *p, uint64_t words, uint64_t cells) : p_(p) {
    heapReserve(p, words + 2 * cells, 0);
  }
  uint64_t *words(uint64_t n) { return heapTake(&p_->hot, n); }
  ath_term *cell() { return heapTakeCons(&p_->hot); }

private:
  Process *p_;
};

} // namespace athanor::rt
