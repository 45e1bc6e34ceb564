// Heap blocks and allocation slow paths.
#include "mem/Heap.h"

#include "mem/Gc.h"
#include "proc/Process.h"

#include <cstdio>
#include <cstdlib>
#include <new>

namespace athanor::rt {

Block *newBlock(uint64_t words) {
  size_t bytes = sizeof(Block) + words * sizeof(uint64_t);
  void *mem = std::malloc(bytes);
  if (!mem) {
    std::fputs("athanor: out of memory\n", stderr);
    std::abort();
  }
  auto *b = new (mem) Block();
  b->next = nullptr;
  b->start = reinterpret_cast<uint64_t *>(b + 1);
  b->end = b->start + words;
  b->btop = b->start;
  b->cbot = b->end;
  b->flags = 0;
  return b;
}

void freeBlock(Block *b) { std::free(b); }

void freeBlockList(Block *b) {
  while (b) {
    Block *next = b->next;
    freeBlock(b);
    b = next;
  }
}

void heapCloseCurrent(Process *p) {
  if (Block *b = p->heap.current) {
    b->btop = p->hot.htop;
    b->cbot = p->hot.ctop;
  }
}

void heapSetCurrent(Process *p, Block *b) {
  p->heap.current = b;
  p->hot.htop = b->btop;
  p->hot.ctop = b->cbot;
}

void heapAdopt(Process *p, Block *fragment) {
  Heap &h = p->heap;
  Block *last = fragment;
  h.totalWords += last->capacityWords();
  while (last->next) {
    last = last->next;
    h.totalWords += last->capacityWords();
  }
  // Keep the current block first: insert after it.
  if (h.current && h.blocks == h.current) {
    last->next = h.current->next;
    h.current->next = fragment;
  } else {
    last->next = h.blocks;
    h.blocks = fragment;
  }
}

void heapRelease(Process *p) {
  freeBlockList(p->heap.blocks);
  p->heap = Heap{};
  p->hot.htop = nullptr;
  p->hot.ctop = nullptr;
}

namespace {

uint64_t gapWords(const Process *p) {
  return static_cast<uint64_t>(p->hot.ctop - p->hot.htop);
}

// A new current block with room for at least `words`.
void growHeap(Process *p, uint64_t words) {
  Heap &h = p->heap;
  if (h.nextBlockWords == 0)
    h.nextBlockWords = kFirstBlockWords;
  uint64_t size = h.nextBlockWords;
  if (size < words)
    size = words;
  if (h.nextBlockWords < kMaxBlockWords)
    h.nextBlockWords *= 2;
  Block *b = newBlock(size);
  b->next = h.blocks;
  h.blocks = b;
  h.totalWords += size;
  heapSetCurrent(p, b);
}

bool shouldCollect(const Process *p, uint64_t words) {
  const Heap &h = p->heap;
  uint64_t threshold = h.gcThreshold ? h.gcThreshold : kMinGcThreshold;
  return h.blocks && h.totalWords + words > threshold;
}

} // namespace

void heapReserve(Process *p, uint64_t words, uint64_t cells) {
  uint64_t need = words + 2 * cells;
  if (gapWords(p) >= need)
    return;
  heapCloseCurrent(p);
  if (shouldCollect(p, need)) {
    collectGarbage(p, need);
    if (gapWords(p) >= need)
      return;
    heapCloseCurrent(p);
  }
  growHeap(p, need);
}

} // namespace athanor::rt

using namespace athanor::rt;

extern "C" uint64_t *ath_alloc_slow(ath_proc *proc, uint64_t words) {
  Process *p = asProcess(proc);
  if (words >= kLargeObjectWords) {
    // A block of its own, not current; the current block keeps its gap.
    heapCloseCurrent(p);
    if (shouldCollect(p, words))
      collectGarbage(p, 0);
    Block *b = newBlock(words);
    b->btop = b->start + words;
    heapAdopt(p, b);
    return b->start;
  }
  heapReserve(p, words, 0);
  return heapTake(&p->hot, words);
}

extern "C" ath_term *ath_alloc_cons_slow(ath_proc *proc) {
  Process *p = asProcess(proc);
  heapReserve(p, 0, 1);
  return heapTakeCons(&p->hot);
}
