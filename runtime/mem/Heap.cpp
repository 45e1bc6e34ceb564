// Heap blocks and allocation slow paths.
#include "mem/Heap.h"

#include "mem/Gc.h"
#include "proc/Process.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

namespace athanor::rt {

namespace {

// Blocks of the two sizes every process uses — a spawn block holding its start argument
// and the first heap block — are recycled through bounded per-thread free lists, so
// spawning and exiting processes costs no malloc in the steady state. A block's pool is
// recorded in Block::poolMark (its bounds may be narrowed later, its size never grows).
// Only used in functions that never suspend: a process cannot move threads meanwhile.
constexpr uint32_t kPooledBlock = 0xB10C0;
// Per pool: spawn blocks are small (~180 bytes with the header) and come in floods (a
// tree of spawns, then its exits), first blocks are 2 KiB.
constexpr size_t kMaxPooledBlocks[2] = {16384, 1024};

struct BlockPool {
  Block *free = nullptr;
  size_t count = 0;
  ~BlockPool() {
    while (free) {
      Block *next = free->next;
      std::free(free);
      free = next;
    }
  }
};

thread_local BlockPool blockPools[2];

// The pool for blocks of `words` words, or -1.
int poolFor(uint64_t words) {
  return words == kSpawnBlockWords ? 0 : words == kFirstBlockWords ? 1 : -1;
}

Block *initBlock(void *mem, uint64_t words, int pool) {
  auto *b = new (mem) Block();
  b->next = nullptr;
  b->start = reinterpret_cast<uint64_t *>(b + 1);
  b->end = b->start + words;
  b->btop = b->start;
  b->cbot = b->end;
  b->flags = 0;
  b->poolMark = pool < 0 ? 0 : kPooledBlock + static_cast<uint32_t>(pool);
  return b;
}

} // namespace

Block *newBlock(uint64_t words) {
  int pool = poolFor(words);
  if (pool >= 0 && blockPools[pool].free) {
    BlockPool &bp = blockPools[pool];
    Block *b = bp.free;
    bp.free = b->next;
    --bp.count;
    return initBlock(b, words, pool);
  }
  void *mem = std::malloc(sizeof(Block) + words * sizeof(uint64_t));
  if (!mem) {
    std::fputs("athanor: out of memory\n", stderr);
    std::abort();
  }
  return initBlock(mem, words, pool);
}

// ATHANOR_POISON_FREED_BLOCKS=1 (a debugging aid, used by tests): freed blocks are
// overwritten first, so a term left pointing into one reads garbage at once instead of
// stale data that happens to be intact.
bool poisonFreedBlocks() {
  static const bool on = [] {
    const char *v = std::getenv("ATHANOR_POISON_FREED_BLOCKS");
    return v && *v && *v != '0';
  }();
  return on;
}

void freeBlock(Block *b) {
  if (poisonFreedBlocks())
    std::memset(b->start, 0xA5, b->capacityWords() * sizeof(uint64_t));
  uint32_t pool = b->poolMark - kPooledBlock;
  if (pool < 2 && blockPools[pool].count < kMaxPooledBlocks[pool]) {
    BlockPool &bp = blockPools[pool];
    b->next = bp.free;
    bp.free = b;
    ++bp.count;
    return;
  }
  std::free(b);
}

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
