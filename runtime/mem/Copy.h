// Copying terms out of a heap: into a new fragment block (messages, spawn arguments,
// exit reasons), preserving nothing but the value (sharing inside the term is expanded,
// as on BEAM). Static terms (literals in the program image) are never copied: they are
// valid everywhere.
#pragma once

#include "mem/Heap.h"

namespace athanor::rt {

extern "C" char __executable_start; // the program image's bounds (linker symbols)
extern "C" char _end;

inline bool isStaticAddress(uintptr_t a) {
  return a >= reinterpret_cast<uintptr_t>(&__executable_start) &&
         a < reinterpret_cast<uintptr_t>(&_end);
}

/// True for terms that need no heap: immediates and static literals. Inline: every send
/// asks.
inline bool isStaticOrImmediate(ath_term t) {
  if (t & 1)
    return true;
  uint32_t tag = t & ATH_TAG_MASK;
  if (tag == ATH_TAG_BOXED)
    return t == 0 || isStaticAddress(t);
  if (tag == ATH_TAG_CONS)
    return isStaticAddress(t - ATH_TAG_CONS);
  return true;
}

/// Copies `t` into a fresh block; returns the copy. *fragment is the block (nullptr if
/// nothing needed copying).
ath_term copyToFragment(ath_term t, Block **fragment);

/// Copies `t` into the empty block `b`, which must have room for measureTerm's words +
/// 2 * cells; sets b's bounds and returns the copy.
ath_term copyIntoBlock(ath_term t, Block *b);

/// Copies `t` into the empty block `b` if it fits in b's bounds: sets b's btop/cbot and
/// *copy and returns true; returns false (b's contents undefined) if it does not fit.
bool copyIntoBlockIfFits(ath_term t, Block *b, ath_term *copy);

/// Copies `t` into the free gap of process p's current heap block if it fits there (no
/// collection, no new block): advances p's htop/ctop, sets *copy and returns true;
/// returns false otherwise (the gap's contents are then undefined, which is harmless).
/// For a sender that owns p's heap for the moment: p is asleep and the sender woke it.
struct Process;
bool copyIntoHeapGapIfFits(Process *p, ath_term t, ath_term *copy);

/// Words and cons cells `t` occupies (not counting static parts).
void measureTerm(ath_term t, uint64_t *words, uint64_t *cells);

/// Copies `t` into process p's own heap (reserving first; may collect before copying).
struct Process;
ath_term copyToHeap(Process *p, ath_term t);

/// copyToHeap for a term that lives entirely in `fragment`, a copy made by this file
/// (no sharing, so the copy needs exactly the fragment's used words: no measuring).
ath_term copyFragmentToHeap(Process *p, ath_term t, const Block *fragment);

} // namespace athanor::rt
