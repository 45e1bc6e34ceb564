// Which sanitizer the runtime is compiled with: ATH_ASAN (AddressSanitizer) and ATH_TSAN
// (ThreadSanitizer), for the annotations in sched/Fiber.h and proc/Mailbox.h. gcc defines
// __SANITIZE_ADDRESS__ / __SANITIZE_THREAD__; clang (19) answers only __has_feature.
#pragma once

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ATH_ASAN 1
#endif
#if __has_feature(thread_sanitizer)
#define ATH_TSAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(ATH_ASAN)
#define ATH_ASAN 1
#endif
#if defined(__SANITIZE_THREAD__) && !defined(ATH_TSAN)
#define ATH_TSAN 1
#endif
