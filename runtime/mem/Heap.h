// Per-process heaps (BEAM's model): every process owns a list of blocks; terms are
// bump-allocated in the current block; a process is collected on its own (mem/Gc.cpp)
// when its heap outgrows its budget; all blocks go back when the process exits.
//
// Block layout: [Block header][ words ... ]. Inside a block, boxed objects grow upward
// from `start` and cons cells grow downward from `end`, so each block is parseable:
// boxed objects header to header in [start, btop), cons cells two words at a time in
// [cbot, end). For the current block the live bounds are the process's htop/ctop.
//
// Message fragments (mem/Copy.h) are blocks too: a received message's fragment is
// adopted into the receiver's block list in O(1).
//
// Invariants:
//  - Only the owning process (or the scheduler acting for it while it is suspended)
//    touches its heap. No locks.
//  - Terms never point from one process's heap into another's; static literals (in the
//    program image) may be referenced from anywhere.
#pragma once

#include "athanor/rt.h"

#include <cstddef>
#include <cstdint>

namespace athanor::rt {

struct Block {
  Block *next;
  uint64_t *start; // first word
  uint64_t *end;   // one past the last word
  uint64_t *btop;  // end of the boxed area (for blocks that are not current)
  uint64_t *cbot;  // start of the cons area (for blocks that are not current)
  uint32_t flags;
  uint32_t poolMark; // kPooledBlock: may go back to the block pool (Heap.cpp)

  uint64_t capacityWords() const { return static_cast<uint64_t>(end - start); }
  uint64_t usedWords() const {
    return static_cast<uint64_t>(btop - start) + static_cast<uint64_t>(end - cbot);
  }
  bool contains(uintptr_t addr) const {
    return addr >= reinterpret_cast<uintptr_t>(start) && addr < reinterpret_cast<uintptr_t>(end);
  }
};

/// Allocates a block with room for `words` words (header not included). Never fails
/// (aborts the program on out-of-memory, as BEAM does).
Block *newBlock(uint64_t words);
void freeBlock(Block *b);
void freeBlockList(Block *b);

struct Heap {
  Block *blocks = nullptr;  // every block; the current one first
  Block *current = nullptr; // the block htop/ctop point into (nullptr before first use)
  uint64_t totalWords = 0;  // capacity of all blocks
  uint64_t gcThreshold = 0; // collect when totalWords grows past this
  uint64_t nextBlockWords = 0;
  uint64_t collections = 0;
};

// Sizes, in words.
constexpr uint64_t kFirstBlockWords = 256;    // 2 KiB: most processes need no more
constexpr uint64_t kSpawnBlockWords = 16;     // a new process's start argument, if it fits
constexpr uint64_t kMaxBlockWords = 8192;     // 64 KiB: keeps pinned blocks small
constexpr uint64_t kLargeObjectWords = 2048;  // bigger objects get a block of their own
constexpr uint64_t kMinGcThreshold = 4096;    // 32 KiB before the first collection

struct Process;

/// Closes the current block (records its bounds from the process's htop/ctop).
void heapCloseCurrent(Process *p);
/// Makes `b` (already in the block list) the current block.
void heapSetCurrent(Process *p, Block *b);
/// Links a fragment (message, spawn argument), or a chain of them, into the heap.
void heapAdopt(Process *p, Block *fragment);
/// Frees every block (process exit).
void heapRelease(Process *p);

/// Ensures the current block has room for `words` boxed words and `cells` cons cells
/// without collecting in between (a BIF that builds several objects reserves first).
/// May collect now.
void heapReserve(Process *p, uint64_t words, uint64_t cells);

/// Bump allocation that assumes heapReserve succeeded for the request.
inline uint64_t *heapTake(ath_proc_hot *h, uint64_t words) {
  uint64_t *q = h->htop;
  h->htop = q + words;
  return q;
}
inline ath_term *heapTakeCons(ath_proc_hot *h) {
  h->ctop -= 2;
  return reinterpret_cast<ath_term *>(h->ctop);
}

} // namespace athanor::rt
