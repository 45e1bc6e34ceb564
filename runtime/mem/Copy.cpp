// Term copying (see Copy.h). Both measuring and copying are iterative, so arbitrarily
// deep terms (long lists, deeply nested tuples) never overflow the C++ stack.
#include "mem/Copy.h"

#include "proc/Process.h"
#include "term/Term.h"

#include <cstring>
#include <vector>

extern "C" char __executable_start;
extern "C" char _end;

namespace athanor::rt {

namespace {

bool isStaticAddress(uintptr_t a) {
  return a >= reinterpret_cast<uintptr_t>(&__executable_start) &&
         a < reinterpret_cast<uintptr_t>(&_end);
}

bool needsCopy(ath_term t) {
  uint32_t tag = t & ATH_TAG_MASK;
  if (t & 1)
    return false;
  if (tag == ATH_TAG_BOXED)
    return t != 0 && !isStaticAddress(t);
  if (tag == ATH_TAG_CONS)
    return !isStaticAddress(t - ATH_TAG_CONS);
  return false;
}

// Copies into [boxed area growing up | cons area growing down] of one destination range.
// Bounded: the range may be too small, in which case copy() stops early and overflowed()
// is true (the partial copy is garbage). Otherwise the caller guarantees the room.
template <bool Bounded> class FragmentCopierT {
public:
  FragmentCopierT(uint64_t *start, uint64_t *end)
      : btop_(start), cbot_(end), bscan_(start), cscan_(end) {}

  ath_term copy(ath_term root) {
    ath_term result = root;
    shallow(result);
    // Cheney scan of both areas until no new objects appear.
    while (bscan_ < btop_ || cscan_ > cbot_) {
      while (bscan_ < btop_) {
        uint64_t h = *bscan_;
        uint64_t n = objectWords(h);
        for (uint64_t i = ath_first_term_word(h); i < n; ++i)
          shallow(bscan_[i]);
        if (Bounded && overflowed_)
          return result;
        bscan_ += n;
      }
      while (cscan_ > cbot_) {
        cscan_ -= 2;
        shallow(cscan_[0]);
        shallow(cscan_[1]);
        if (Bounded && overflowed_)
          return result;
      }
    }
    return result;
  }
  uint64_t *btop() const { return btop_; }
  uint64_t *cbot() const { return cbot_; }
  bool overflowed() const { return overflowed_; }

private:
  // Copies the object `slot` points to (one level) and redirects `slot` to the copy.
  void shallow(ath_term &slot) {
    ath_term t = slot;
    if (!needsCopy(t))
      return;
    if (Bounded && overflowed_)
      return;
    if ((t & ATH_TAG_MASK) == ATH_TAG_CONS) {
      if (Bounded && cbot_ - btop_ < 2) {
        overflowed_ = true;
        return;
      }
      const ath_term *cell = ath_cons_ptr(t);
      cbot_ -= 2;
      cbot_[0] = cell[0];
      cbot_[1] = cell[1];
      slot = ath_make_cons_ptr(cbot_);
      return;
    }
    const uint64_t *obj = ath_boxed_ptr(t);
    uint64_t n = objectWords(*obj);
    if (Bounded && static_cast<uint64_t>(cbot_ - btop_) < n) {
      overflowed_ = true;
      return;
    }
    std::memcpy(btop_, obj, n * sizeof(uint64_t));
    slot = ath_make_boxed(btop_);
    btop_ += n;
  }

  uint64_t *btop_;
  uint64_t *cbot_;
  uint64_t *bscan_;
  uint64_t *cscan_;
  bool overflowed_ = false;
};

using FragmentCopier = FragmentCopierT<false>;

} // namespace

bool isStaticOrImmediate(ath_term t) { return !needsCopy(t); }

namespace {

/// The traversal stack of measureTerm: the first entries live in the frame (messages are
/// small; no allocation on the send path), deeper ones spill to the heap.
class TermStack {
public:
  void push(ath_term t) {
    if (n_ < kInline)
      inline_[n_++] = t;
    else
      spill_.push_back(t);
  }
  bool empty() const { return n_ == 0 && spill_.empty(); }
  ath_term pop() {
    if (!spill_.empty()) {
      ath_term t = spill_.back();
      spill_.pop_back();
      return t;
    }
    return inline_[--n_];
  }

private:
  static constexpr size_t kInline = 32;
  ath_term inline_[kInline];
  size_t n_ = 0;
  std::vector<ath_term> spill_;
};

} // namespace

void measureTerm(ath_term t, uint64_t *words, uint64_t *cells) {
  uint64_t w = 0, c = 0;
  TermStack stack;
  stack.push(t);
  while (!stack.empty()) {
    ath_term x = stack.pop();
    while (needsCopy(x)) {
      if ((x & ATH_TAG_MASK) == ATH_TAG_CONS) {
        ++c;
        stack.push(consHead(x));
        x = consTail(x);
        continue;
      }
      const uint64_t *obj = ath_boxed_ptr(x);
      uint64_t h = *obj;
      uint64_t n = objectWords(h);
      w += n;
      uint64_t first = ath_first_term_word(h);
      if (first >= n)
        break;
      for (uint64_t i = first; i + 1 < n; ++i)
        stack.push(obj[i]);
      x = obj[n - 1];
    }
  }
  *words = w;
  *cells = c;
}

ath_term copyToFragment(ath_term t, Block **fragment) {
  *fragment = nullptr;
  if (!needsCopy(t))
    return t;
  uint64_t words, cells;
  measureTerm(t, &words, &cells);
  Block *b = newBlock(words + 2 * cells);
  FragmentCopier copier(b->start, b->end);
  ath_term r = copier.copy(t);
  b->btop = copier.btop();
  b->cbot = copier.cbot();
  *fragment = b;
  return r;
}

ath_term copyIntoBlock(ath_term t, Block *b) {
  FragmentCopier copier(b->start, b->end);
  ath_term r = copier.copy(t);
  b->btop = copier.btop();
  b->cbot = copier.cbot();
  return r;
}

bool copyIntoBlockIfFits(ath_term t, Block *b, ath_term *copy) {
  FragmentCopierT<true> copier(b->start, b->end);
  ath_term r = copier.copy(t);
  if (copier.overflowed())
    return false;
  b->btop = copier.btop();
  b->cbot = copier.cbot();
  *copy = r;
  return true;
}

ath_term copyFragmentToHeap(Process *p, ath_term t, const Block *fragment) {
  heapReserve(p, fragment->usedWords(), 0);
  FragmentCopier copier(p->hot.htop, p->hot.ctop);
  ath_term r = copier.copy(t);
  p->hot.htop = copier.btop();
  p->hot.ctop = copier.cbot();
  return r;
}

ath_term copyToHeap(Process *p, ath_term t) {
  if (!needsCopy(t))
    return t;
  uint64_t words, cells;
  measureTerm(t, &words, &cells);
  heapReserve(p, words + 2 * cells, 0);
  // Copy into the gap, then give the unused middle back.
  FragmentCopier copier(p->hot.htop, p->hot.ctop);
  ath_term r = copier.copy(t);
  p->hot.htop = copier.btop();
  p->hot.ctop = copier.cbot();
  return r;
}

} // namespace athanor::rt
