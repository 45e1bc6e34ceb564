// Per-process garbage collection: a mostly-copying collector (Bartlett).
//
// Roots: the process stack, scanned conservatively (any word that points into a heap
// block, even into the middle of an object, pins that whole block), the callee-saved
// registers, and the process's own term fields. Pinned blocks stay where they are and
// all their objects are treated as live; every other reachable object is copied into
// fresh blocks and the old blocks are freed. Cost is proportional to the live data of
// this one process; no other process is stopped.
//
// Runs on the process's stack (the scheduler's shared stack, which is large), only when
// the process itself allocates.
#pragma once

#include <cstdint>

namespace athanor::rt {

struct Process;

/// Collects p's heap; afterwards the current block has a gap of at least `needWords`.
void collectGarbage(Process *p, uint64_t needWords);

} // namespace athanor::rt
