// Process stacks. Each scheduler owns one large shared stack, reserved once with
// MAP_NORESERVE (pages are committed only when touched); the running process's frames
// sit at its top. When a process suspends, its live frames [sp, top) are copied into its
// "image": a buffer inside the PCB when they fit (160 bytes: most processes), else a
// malloc'ed one; when it resumes, they are copied back to the top of
// whichever scheduler's stack runs it. An idle process therefore costs only its live
// frames (typically 100-300 bytes), never a page, and deep recursion needs no growth
// logic: it just uses more of the shared stack, up to ATHANOR_STACK_MAX.
//
// Frames can move because generated code keeps no stack addresses (rt.h) and the only
// other frames present while suspended are the stubs in Context.S.
#include "proc/Process.h"
#include "sched/Fiber.h"
#include "sched/Runtime.h"

#include <cstdlib>
#include <cstring>

extern "C" void ath_proc_start();

namespace athanor::rt {

namespace {

// The image buffer an exited process leaves to the next user of its PCB.
constexpr uint32_t kKeptImageBytes = 1024;

// Makes room for `size` bytes of frames; the old contents are not kept.
void ensureCapacity(Process::StackImage &img, uint32_t size) {
  if (size <= (img.data ? img.capacity : Process::StackImage::kInlineBytes))
    return;
  uint32_t cap = 256;
  while (cap < size)
    cap *= 2;
  std::free(img.data);
  img.data = static_cast<uint8_t *>(std::malloc(cap));
  if (!img.data)
    std::abort();
  img.capacity = cap;
}

// Back to the inline buffer, freeing the allocated one.
void useInlineImage(Process::StackImage &img) {
  std::free(img.data);
  img.data = nullptr;
  img.capacity = 0;
}

} // namespace

void prepareInitialStack(Process *p) {
  // The frame ath_ctx_resume pops: r15 r14 r13 r12 rbx rbp, then the return address.
  uint64_t frame[7] = {0,
                       static_cast<uint64_t>(p->entryArg), // r14
                       reinterpret_cast<uint64_t>(p->entry), // r13
                       reinterpret_cast<uint64_t>(p),        // r12
                       0,
                       0,
                       reinterpret_cast<uint64_t>(&ath_proc_start)};
  ensureCapacity(p->image, sizeof frame);
  std::memcpy(p->image.bytes(), frame, sizeof frame);
  p->image.size = sizeof frame;
}

// Stack images are small (typically 100-200 bytes) and a multiple of 8 bytes (sp is
// 8-aligned and the stack top page-aligned): 32-byte chunks (unaligned vector moves,
// inlined), the last one ending exactly at `size` and overlapping the one before it, so
// there is no tail loop and no call.
inline void copyFrames(void *dst, const void *src, uint32_t size) {
  auto *d = static_cast<uint8_t *>(dst);
  auto *s = static_cast<const uint8_t *>(src);
  if (size > 1024) {
    std::memcpy(d, s, size);
    return;
  }
  if (size < 32) {
    for (uint32_t i = 0; i < size; i += 8)
      __builtin_memcpy(d + i, s + i, 8);
    return;
  }
  for (uint32_t i = 0; i + 32 < size; i += 32)
    __builtin_memcpy(d + i, s + i, 32);
  __builtin_memcpy(d + size - 32, s + size - 32, 32);
}

void saveStack(Scheduler *s, Process *p) {
  uint32_t size = static_cast<uint32_t>(reinterpret_cast<uintptr_t>(s->stackHi) - p->ctx.sp);
  Process::StackImage &img = p->image;
  // A process that went deep once should not keep a huge buffer forever.
  if (img.capacity > 64 * 1024 && size < img.capacity / 8)
    useInlineImage(img);
  ensureCapacity(img, size);
  unpoisonStack(p->ctx.sp, size);
  copyFrames(img.bytes(), reinterpret_cast<void *>(p->ctx.sp), size);
  img.size = size;
}

void restoreStack(Scheduler *s, Process *p) {
  uintptr_t sp = reinterpret_cast<uintptr_t>(s->stackHi) - p->image.size;
  unpoisonStack(sp, p->image.size);
  copyFrames(reinterpret_cast<void *>(sp), p->image.bytes(), p->image.size);
  p->ctx.sp = sp;
}

void releaseStack(Process *p) {
  p->image.size = 0;
  if (p->image.capacity > kKeptImageBytes)
    useInlineImage(p->image); // a pooled PCB keeps a small buffer for its next process
}

} // namespace athanor::rt
