// Term copying (see Copy.h). Both measuring and copying are iterative, so arbitrarily
// deep terms (long lists, deeply nested tuples) never overflow the C++ stack.
#include "mem/Copy.h"

#include "proc/Process.h"
#include "term/Term.h"

#include <cstring>
#include <vector>

namespace athanor::rt {

namespace {

bool needsCopy(ath_term t) { return !isStaticOrImmediate(t); }

// Word by word: messages are a few words, a call to memcpy costs more.
inline void copyWords(uint64_t *dst, const uint64_t *src, uint64_t n) {
  for (uint64_t i = 0; i < n; ++i)
    dst[i] = src[i];
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
    copyWords(btop_, obj, n); // objects are small: no call
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

namespace {

// A *flat* object: boxed, not static, and none of its term words needs copying (a tuple
// of atoms, small integers and pids, a float, a reference, a binary). Many messages are
// one: copying them needs no Cheney scan. Returns its size in words, or 0.
uint64_t flatObjectWords(ath_term t) {
  if ((t & ATH_TAG_MASK) != ATH_TAG_BOXED || !needsCopy(t))
    return 0;
  const uint64_t *obj = ath_boxed_ptr(t);
  uint64_t h = *obj;
  uint64_t n = objectWords(h);
  for (uint64_t i = ath_first_term_word(h); i < n; ++i)
    if (needsCopy(obj[i]))
      return 0;
  return n;
}


// The general case of copyIntoRangeIfFits, out of line so that the flat fast path
// needs no frame.
[[gnu::noinline]] bool copyIntoRangeScanning(ath_term t, uint64_t **btop, uint64_t **cbot,
                                             ath_term *copy) {
  FragmentCopierT<true> copier(*btop, *cbot);
  ath_term r = copier.copy(t);
  if (copier.overflowed())
    return false;
  *btop = copier.btop();
  *cbot = copier.cbot();
  *copy = r;
  return true;
}

// Copies `t` into the free range [*btop, *cbot) (boxed objects from *btop up, cons cells
// from *cbot down) if it fits: moves both bounds past the copy and returns true. Returns
// false, bounds untouched, if it does not fit.
bool copyIntoRangeIfFits(ath_term t, uint64_t **btop, uint64_t **cbot, ath_term *copy) {
  if (uint64_t n = flatObjectWords(t)) {
    if (n > static_cast<uint64_t>(*cbot - *btop))
      return false;
    copyWords(*btop, ath_boxed_ptr(t), n);
    *copy = ath_make_boxed(*btop);
    *btop += n;
    return true;
  }
  return copyIntoRangeScanning(t, btop, cbot, copy);
}

} // namespace

bool copyIntoBlockIfFits(ath_term t, Block *b, ath_term *copy) {
  uint64_t *btop = b->start, *cbot = b->end;
  if (!copyIntoRangeIfFits(t, &btop, &cbot, copy))
    return false;
  b->btop = btop;
  b->cbot = cbot;
  return true;
}

bool copyIntoHeapGapIfFits(Process *p, ath_term t, ath_term *copy) {
  return p->hot.htop && copyIntoRangeIfFits(t, &p->hot.htop, &p->hot.ctop, copy);
}

ath_term copyFragmentToHeap(Process *p, ath_term t, const Block *fragment) {
  // The fragment is parseable (mem/Heap.h) and self-contained: copy both of its areas as
  // they are, then move every pointer into them by the distance they moved. One linear
  // pass, no per-object copying decisions.
  const uint64_t *bsrc = fragment->start;
  const uint64_t *csrc = fragment->cbot;
  uint64_t boxedWords = static_cast<uint64_t>(fragment->btop - bsrc);
  uint64_t consWords = static_cast<uint64_t>(fragment->end - csrc);
  if (static_cast<uint64_t>(p->hot.ctop - p->hot.htop) < boxedWords + consWords)
    heapReserve(p, boxedWords + consWords, 0); // may collect: the fragment is not in the heap
  uint64_t *bdst = p->hot.htop;
  copyWords(bdst, bsrc, boxedWords);
  p->hot.htop = bdst + boxedWords;
  // One object, the term itself: it is flat (nothing else to point to), nothing to move.
  if (consWords == 0 && t == ath_make_boxed(bsrc) && objectWords(*bsrc) == boxedWords)
    return ath_make_boxed(bdst);
  uint64_t *cdst = p->hot.ctop - consWords;
  copyWords(cdst, csrc, consWords);
  p->hot.ctop = cdst;

  const uintptr_t bLo = reinterpret_cast<uintptr_t>(bsrc);
  const uintptr_t bHi = reinterpret_cast<uintptr_t>(fragment->btop);
  const uintptr_t cLo = reinterpret_cast<uintptr_t>(csrc);
  const uintptr_t cHi = reinterpret_cast<uintptr_t>(fragment->end);
  const uint64_t bDelta = reinterpret_cast<uintptr_t>(bdst) - bLo;
  const uint64_t cDelta = reinterpret_cast<uintptr_t>(cdst) - cLo;
  auto relocate = [&](ath_term &w) {
    uint32_t tag = w & ATH_TAG_MASK;
    if (tag == ATH_TAG_BOXED) {
      if (w - bLo < bHi - bLo)
        w += bDelta;
    } else if (tag == ATH_TAG_CONS) {
      if (w - ATH_TAG_CONS - cLo < cHi - cLo)
        w += cDelta;
    }
  };
  for (uint64_t *o = bdst, *top = bdst + boxedWords; o < top;) {
    uint64_t h = *o;
    uint64_t n = objectWords(h);
    for (uint64_t i = ath_first_term_word(h); i < n; ++i)
      relocate(o[i]);
    o += n;
  }
  for (uint64_t *c = cdst, *top = cdst + consWords; c < top; ++c)
    relocate(*c);
  relocate(t);
  return t;
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
