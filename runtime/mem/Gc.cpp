// The mostly-copying per-process collector (see Gc.h).
#include "mem/Gc.h"

#include "mem/Heap.h"
#include "mem/Roots.h"
#include "proc/Process.h"
#include "sched/Scheduler.h"
#include "term/Term.h"

#include <pthread.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace athanor::rt {

namespace {

constexpr uint32_t kPinned = 1;

inline uint64_t forwardMarker(const ath_term *newCell) {
  return (reinterpret_cast<uint64_t>(newCell) << 6) | (ATH_SUB_FORWARD << 3) | ATH_TAG_IMM;
}
inline bool isForwardMarker(uint64_t w) {
  return (w & ATH_IMM_MASK) == ((ATH_SUB_FORWARD << 3) | ATH_TAG_IMM);
}
inline ath_term *forwardTarget(uint64_t w) { return reinterpret_cast<ath_term *>(w >> 6); }

class Collector {
public:
  explicit Collector(Process *p) : p_(p) {}

  void run(uint64_t needWords) {
    heapCloseCurrent(p_);
    for (Block *b = p_->heap.blocks; b; b = b->next)
      from_.push_back(b);
    std::sort(from_.begin(), from_.end(),
              [](const Block *a, const Block *b) { return a->start < b->start; });
    for (Block *b : from_)
      fromWords_ += b->capacityWords();

    pinFromStack();
    toBlockWords_ = std::clamp<uint64_t>(fromWords_ / 2, kFirstBlockWords, kMaxBlockWords);

    // Roots: every object of a pinned block, and the process's own fields.
    for (Block *b : from_)
      if (b->flags & kPinned)
        scanBlockObjects(b);
    forward(p_->hot.exc_value);
    forward(p_->hot.exc_stack);
    forward(p_->dictionary);
    forward(p_->entryArg);
    forward(p_->initialCall);
    for (RootFrame *f = p_->roots; f; f = f->prev)
      for (ath_term &t : *f->terms)
        forward(t);
    // Queued messages delivered straight into this heap (proc/Mailbox.h, inHeap).
    for (Message *m = p_->mailbox.head; m; m = m->next)
      if (m->inHeap)
        forward(m->term);
    // An exit signal that dooms the process keeps its reason in this heap until the
    // scheduler ends the process, which may be after further allocation.
    if (ath_term kr = p_->killReason.load(std::memory_order_acquire)) {
      forward(kr);
      p_->killReason.store(kr, std::memory_order_release);
    }
    drain();

    // Rebuild the block list: copies, then pinned blocks; free the rest.
    uint64_t live = 0;
    Block *list = nullptr;
    for (Block *b : from_) {
      if (b->flags & kPinned) {
        b->flags &= ~kPinned;
        b->next = list;
        list = b;
        live += b->usedWords();
      } else {
        freeBlock(b);
      }
    }
    for (Block *b : to_) { // the copier kept btop/cbot current
      b->next = list;
      list = b;
      live += b->usedWords();
    }
    Heap &h = p_->heap;
    h.blocks = list;
    h.totalWords = 0;
    for (Block *b = list; b; b = b->next)
      h.totalWords += b->capacityWords();
    h.collections++;

    // The current block: the copy target if it has room, else a fresh one.
    Block *cur = nullptr;
    if (toCur_ && static_cast<uint64_t>(toCur_->cbot - toCur_->btop) >= needWords)
      cur = toCur_;
    if (!cur) {
      uint64_t size = std::max<uint64_t>(needWords, std::max(h.nextBlockWords, kFirstBlockWords));
      cur = newBlock(size);
      cur->next = h.blocks;
      h.blocks = cur;
      h.totalWords += size;
    } else if (h.blocks != cur) {
      // move it to the front
      Block **link = &h.blocks;
      while (*link != cur)
        link = &(*link)->next;
      *link = cur->next;
      cur->next = h.blocks;
      h.blocks = cur;
    }
    heapSetCurrent(p_, cur);
    // Grow the budget with the live data so collection cost stays proportional; a
    // process that keeps collecting (a busy server) gets a larger minimum budget, up to
    // 16x (512 KiB), so its collections of a small live set are rarer.
    uint64_t minBudget = kMinGcThreshold << std::min<uint64_t>(h.collections - 1, 4);
    h.gcThreshold = std::max<uint64_t>(minBudget, 3 * live + needWords);
  }

private:
  Block *findFrom(uintptr_t addr) const {
    // Last block whose start <= addr.
    auto it = std::upper_bound(from_.begin(), from_.end(), addr, [](uintptr_t a, const Block *b) {
      return a < reinterpret_cast<uintptr_t>(b->start);
    });
    if (it == from_.begin())
      return nullptr;
    Block *b = *(it - 1);
    return b->contains(addr) ? b : nullptr;
  }

  // Conservative roots: the callee-saved registers and the process stack from here to its
  // top. Any word pointing anywhere into a block pins it. The scan reads every stack word,
  // ASan's redzones between C++ locals included: not a bug, so not instrumented.
  [[gnu::noinline]] __attribute__((no_sanitize("address"))) void pinFromStack() {
    uint64_t regs[6];
    asm volatile("movq %%rbx, 0(%0)\n\t"
                 "movq %%rbp, 8(%0)\n\t"
                 "movq %%r12, 16(%0)\n\t"
                 "movq %%r13, 24(%0)\n\t"
                 "movq %%r14, 32(%0)\n\t"
                 "movq %%r15, 40(%0)\n\t"
                 :
                 : "r"(regs)
                 : "memory");
    for (uint64_t w : regs)
      pinWord(w);
    uintptr_t sp;
    asm volatile("movq %%rsp, %0" : "=r"(sp));
    uintptr_t top = stackTop();
    for (uintptr_t a = sp & ~uintptr_t(7); a < top; a += 8)
      pinWord(*reinterpret_cast<const uint64_t *>(a));
  }

  // The top of the stack to scan: the scheduler's shared process stack, or, for a process
  // used outside any scheduler (unit tests, tools), the calling thread's own stack.
  uintptr_t stackTop() const {
    if (p_->ctx.sched)
      return reinterpret_cast<uintptr_t>(p_->ctx.sched->stackHi);
    if (p_->scanTop)
      return p_->scanTop;
    pthread_attr_t attr;
    void *lo = nullptr;
    size_t size = 0;
    pthread_getattr_np(pthread_self(), &attr);
    pthread_attr_getstack(&attr, &lo, &size);
    pthread_attr_destroy(&attr);
    return reinterpret_cast<uintptr_t>(lo) + size;
  }

  void pinWord(uint64_t w) {
    if (w < lowest() || w >= highest())
      return;
    if (Block *b = findFrom(w))
      b->flags |= kPinned;
  }
  uintptr_t lowest() const { return reinterpret_cast<uintptr_t>(from_.front()->start); }
  uintptr_t highest() const { return reinterpret_cast<uintptr_t>(from_.back()->end); }

  void scanBlockObjects(Block *b) {
    for (uint64_t *o = b->start; o < b->btop;) {
      uint64_t h = *o;
      uint64_t n = objectWords(h);
      for (uint64_t i = ath_first_term_word(h); i < n; ++i)
        forward(o[i]);
      o += n;
    }
    for (uint64_t *c = b->cbot; c < b->end; c += 2) {
      forward(c[0]);
      forward(c[1]);
    }
  }

  // To-space allocation.
  uint64_t *allocBoxed(uint64_t words) {
    if (!toCur_ || static_cast<uint64_t>(toCur_->cbot - toCur_->btop) < words)
      newToBlock(words);
    uint64_t *q = toCur_->btop;
    toCur_->btop += words;
    return q;
  }
  ath_term *allocCons() {
    if (!toCur_ || toCur_->cbot - toCur_->btop < 2)
      newToBlock(2);
    toCur_->cbot -= 2;
    return toCur_->cbot;
  }
  void newToBlock(uint64_t atLeast) {
    toCur_ = newBlock(std::max(atLeast, toBlockWords_));
    to_.push_back(toCur_);
  }

  void forward(ath_term &slot) {
    ath_term t = slot;
    uint32_t tag = t & ATH_TAG_MASK;
    if (tag == ATH_TAG_BOXED) {
      if (t == 0 || (t & 1))
        return;
      uintptr_t addr = t;
      if (addr < lowest() || addr >= highest())
        return;
      Block *b = findFrom(addr);
      if (!b || (b->flags & kPinned))
        return;
      uint64_t *obj = reinterpret_cast<uint64_t *>(addr);
      uint64_t h = *obj;
      if (!ath_is_header(h)) { // already copied: the header holds the new address
        slot = h;
        return;
      }
      uint64_t n = objectWords(h);
      uint64_t *copy = allocBoxed(n);
      std::memcpy(copy, obj, n * sizeof(uint64_t));
      *obj = reinterpret_cast<uint64_t>(copy);
      slot = reinterpret_cast<ath_term>(copy);
      if (ath_first_term_word(h) < n)
        pendingBoxed_.push_back(copy);
    } else if (tag == ATH_TAG_CONS) {
      uintptr_t addr = t - ATH_TAG_CONS;
      if (addr < lowest() || addr >= highest())
        return;
      Block *b = findFrom(addr);
      if (!b || (b->flags & kPinned))
        return;
      ath_term *cell = reinterpret_cast<ath_term *>(addr);
      if (isForwardMarker(cell[0])) {
        slot = ath_make_cons_ptr(forwardTarget(cell[0]));
        return;
      }
      ath_term *copy = allocCons();
      copy[0] = cell[0];
      copy[1] = cell[1];
      cell[0] = forwardMarker(copy);
      slot = ath_make_cons_ptr(copy);
      pendingCons_.push_back(copy);
    }
  }

  void drain() {
    while (!pendingBoxed_.empty() || !pendingCons_.empty()) {
      while (!pendingCons_.empty()) {
        ath_term *c = pendingCons_.back();
        pendingCons_.pop_back();
        forward(c[0]);
        forward(c[1]);
      }
      if (!pendingBoxed_.empty()) {
        uint64_t *o = pendingBoxed_.back();
        pendingBoxed_.pop_back();
        uint64_t h = *o;
        uint64_t n = objectWords(h);
        for (uint64_t i = ath_first_term_word(h); i < n; ++i)
          forward(o[i]);
      }
    }
  }

  Process *p_;
  std::vector<Block *> from_;
  uint64_t fromWords_ = 0;
  std::vector<Block *> to_;
  Block *toCur_ = nullptr;
  uint64_t toBlockWords_ = kFirstBlockWords;
  std::vector<uint64_t *> pendingBoxed_;
  std::vector<ath_term *> pendingCons_;
};

} // namespace

void collectGarbage(Process *p, uint64_t needWords) {
  if (!p->heap.blocks) {
    return;
  }
  Collector(p).run(needWords);
}

} // namespace athanor::rt
