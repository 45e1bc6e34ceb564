// Sanitizer annotations for the stack switch (sched/Context.S). Internal to the scheduler.
//
// A process runs on its scheduler's shared process stack, entered and left through
// assembly that no sanitizer sees. Unannotated, ASan believes the scheduler thread is
// still on its thread stack while a process runs (so it ignores __asan_handle_no_return
// and misdescribes stack addresses), and TSan's shadow call stack and happens-before
// clocks mix the scheduler loop up with whichever process runs on it.
//
// resumeProcess() wraps ath_ctx_resume (which returns when the process suspends):
//   ASan  The process runs on the fiber [stackLo, stackHi). Both halves of each switch
//         (__sanitizer_start/finish_switch_fiber) are made on the scheduler side of the
//         call: between them and the switch in assembly no instrumented code runs. A
//         suspended process has no C++ frames, so it keeps no fake stack (nullptr): the
//         sanitized build compiles without use-after-return fake stacks (CMakeLists.txt).
//   TSan  Each process is a TSan fiber, created on its PCB's first run and kept with the
//         PCB (PCBs are type-stable and never freed). Switching to it right before
//         ath_ctx_resume, and back to the scheduler thread's own fiber right after, gives
//         happens-before from the scheduler to the process and back, as a real switch
//         would.
// Without a sanitizer it is ath_ctx_resume itself.
#pragma once

#include "proc/Process.h"
#include "sched/Scheduler.h"

#include "sys/Sanitizers.h"

#if defined(ATH_ASAN)
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif
#if defined(ATH_TSAN)
#include <sanitizer/tsan_interface.h>
#endif

extern "C" void ath_ctx_resume(athanor::rt::Scheduler *s, uintptr_t sp);

namespace athanor::rt {

/// Clears ASan's poisoning of [lo, lo + n) on a shared process stack before its bytes are
/// copied (sched/Stack.cpp). C++ frames that suspend (only the unit tests' C++ processes
/// do) leave their redzones poisoned; the stack copy treats them as plain bytes, and
/// frames that come back to life merely lose their redzones.
inline void unpoisonStack(uintptr_t lo, size_t n) {
#if defined(ATH_ASAN)
  __asan_unpoison_memory_region(reinterpret_cast<void *>(lo), n);
#else
  (void)lo;
  (void)n;
#endif
}

inline void resumeProcess(Scheduler *s, Process *p) {
#if defined(ATH_TSAN)
  static thread_local void *schedulerFiber = __tsan_get_current_fiber();
  if (!p->fiber)
    p->fiber = __tsan_create_fiber(0);
  __tsan_switch_to_fiber(p->fiber, 0);
#endif
#if defined(ATH_ASAN)
  void *fakeStack = nullptr;
  const void *threadStack = nullptr;
  size_t threadStackSize = 0;
  __sanitizer_start_switch_fiber(&fakeStack, s->stackLo,
                                 static_cast<size_t>(s->stackHi - s->stackLo));
  __sanitizer_finish_switch_fiber(nullptr, &threadStack, &threadStackSize);
#endif
  ath_ctx_resume(s, p->ctx.sp);
#if defined(ATH_ASAN)
  __sanitizer_start_switch_fiber(nullptr, threadStack, threadStackSize);
  __sanitizer_finish_switch_fiber(fakeStack, nullptr, nullptr);
#endif
#if defined(ATH_TSAN)
  __tsan_switch_to_fiber(schedulerFiber, 0);
#endif
}

} // namespace athanor::rt
