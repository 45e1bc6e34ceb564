// Mailboxes: a lock-free multi-producer inbox plus a private queue for selective receive.
//
// Senders push onto `inbox`, a LIFO stack, with one CAS. The owner takes the whole stack
// with one exchange, reverses it and appends it to its private FIFO, so per-sender order
// is kept. `receive` scans the private queue from `save`, a pointer to the link of the
// next message to examine.
//
// Sleeping: a process that finds no matching message swaps a null inbox for kSleeping
// (CAS, by its scheduler, after its stack is saved). A sender whose CAS replaces
// kSleeping — or a timer or exit signal that swaps kSleeping for null — is the one and
// only waker and must make the process runnable. The owner never sees kSleeping while it
// runs.
//
// Messages own their data: each message's term lives in its own fragment (mem/Copy.h),
// copied or adopted into the receiver's heap when `receive` takes it. The exception: an
// ordinary message whose sender woke the receiver from its sleep is copied straight into
// the receiver's heap (`inHeap`, see sendMessage in proc/Signals.h): while queued its
// term is a root of the receiver's collections.
#pragma once

#include "athanor/rt.h"

#include <atomic>
#include <cstdint>

namespace athanor::rt {

struct Block;

enum class MessageKind : uint32_t {
  Normal,     // an ordinary message: `term`
  ExitSignal, // an exit signal from `from` with reason `term` (link or Process.exit)
  Down,       // a {:DOWN, ...} message of the monitor `from` (a reference id): delivered
              // only if the monitor is still active when the owner takes it in, so that
              // after demonitor no DOWN of that monitor can show up (Erlang's guarantee)
};

struct Message {
  Message *next;
  ath_term term;
  Block *fragment; // holds `term`'s data; nullptr for immediates and static terms
  MessageKind kind;
  uint32_t linked; // ExitSignal: 1 if it comes from a link (vs Process.exit/2)
  ath_term from;   // ExitSignal: the sender's pid
  uint32_t pooled; // where its memory comes from: malloc, a MessageChunk (kChunkPooled)
                   // or the bare-message pool (see Mailbox.cpp)
  uint32_t inHeap; // `term` lives in the owner's heap (no fragment); only ever queued in
                   // the owner's private queue, never in the inbox
};

/// Copies `term` into a new message (with its own fragment). A small Normal message is
/// one pooled allocation whose fragment lives inside it (an *inline* fragment): such a
/// fragment must never be adopted into a heap or chained with other blocks — copy the
/// term out instead (ath_recv_accept does).
Message *makeMessage(ath_term term, MessageKind kind = MessageKind::Normal);
/// A Normal message whose term is already in the owner's heap (inHeap, no fragment).
Message *makeHeapMessage(ath_term termInOwnersHeap);
/// Frees a message that was not received (its fragment too).
void freeMessage(Message *m);
/// True if `m`'s fragment is stored inside the message itself: a pooled message's block
/// header follows the Message in its chunk (Mailbox.cpp checks the layout).
constexpr uint32_t kChunkPooled = 1; // Message::pooled of a MessageChunk
inline bool hasInlineFragment(const Message *m) {
  return m->pooled == kChunkPooled && reinterpret_cast<const void *>(m->fragment) == static_cast<const void *>(m + 1);
}

inline Message *const kSleeping = reinterpret_cast<Message *>(uintptr_t(1));

/// The inbox's state: the newest arrival (or kSleeping) and how many arrivals it heads.
/// Both change together with one CAS, so a send costs a single locked instruction and
/// message_queue_len needs no separate counter.
struct InboxWord {
  Message *top;
  uint64_t depth; // saturates at kInboxDepthMax (see Mailbox::overflowArrivals)
};

/// The inbox as stored: one 64-bit word, the pointer in the low 48 bits (x86-64 user
/// addresses are below 2^47) and the depth in the top 16. An 8-byte `lock cmpxchg` is
/// markedly cheaper than the 16-byte cmpxchg16b a {pointer, counter} pair needs, and a
/// message hop does two of them (the send and the receiver's park).
struct InboxCell {
  uint64_t word = 0;
};

constexpr uint64_t kInboxDepthMax = 0xFFFF;

inline uint64_t encodeInbox(InboxWord w) {
  uint64_t ptr = reinterpret_cast<uintptr_t>(w.top);
  if (ptr >> 48) [[unlikely]]
    __builtin_trap(); // not a user-space address: the encoding's invariant is broken
  uint64_t depth = w.depth < kInboxDepthMax ? w.depth : kInboxDepthMax;
  return ptr | (depth << 48);
}
inline InboxWord decodeInbox(uint64_t v) {
  return {reinterpret_cast<Message *>(static_cast<uintptr_t>(v & ((uint64_t(1) << 48) - 1))),
          v >> 48};
}

/// Compare-and-swap of the inbox. On failure `expected` receives the current value.
/// Acquire and release: it publishes the caller's writes and makes the previous writer's
/// visible.
inline bool inboxCas(InboxCell *c, InboxWord &expected, InboxWord desired) {
  uint64_t e = encodeInbox(expected);
  if (__atomic_compare_exchange_n(&c->word, &e, encodeInbox(desired), false,
                                  __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
    return true;
  expected = decodeInbox(e);
  return false;
}

/// A guess at the inbox from a plain load; only a starting value for inboxCas, which
/// validates it.
inline InboxWord inboxGuess(const InboxCell *c) {
  return decodeInbox(__atomic_load_n(&c->word, __ATOMIC_RELAXED));
}
/// The newest arrival (or nullptr, or kSleeping) from a plain load.
inline Message *inboxTopGuess(const InboxCell *c) { return inboxGuess(c).top; }

struct Mailbox {
  InboxCell inbox; // only through the functions below (senders: mailboxPush)
  // Arrivals beyond kInboxDepthMax in the inbox: senders add one when the depth is
  // saturated, the owner takes the surplus off when it takes the arrivals in (so it may
  // be briefly negative; length() clamps).
  std::atomic<int64_t> overflowArrivals{0};
  std::atomic<uint64_t> queued{0}; // private queue length; written by the owner only
  Message *head = nullptr;
  Message **tail = &head;
  Message **save = &head;
  Message **marker = nullptr; // receive marker (:athanor.recv_mark/0): the link after the
                              // last message queued then; kept valid by mailboxTakeAtSave
  bool useMarker = false;     // the next receive starts its scan at `marker`

  void reset() {
    inbox.word = 0;
    overflowArrivals.store(0, std::memory_order_relaxed);
    queued.store(0, std::memory_order_relaxed);
    head = nullptr;
    tail = &head;
    save = &head;
    marker = nullptr;
    useMarker = false;
  }

  /// Messages queued or arrived, for Process.info(pid, :message_queue_len). Exact when
  /// asked by the owner after taking arrivals in; from another process, a value the
  /// length had at about that time.
  uint64_t length() const {
    InboxWord w = decodeInbox(__atomic_load_n(&inbox.word, __ATOMIC_ACQUIRE));
    uint64_t arrived = w.top == kSleeping ? 0 : w.depth;
    int64_t over = overflowArrivals.load(std::memory_order_relaxed);
    return queued.load(std::memory_order_relaxed) + arrived +
           static_cast<uint64_t>(over > 0 ? over : 0);
  }
};

/// Owner side (or the owner's waker, see mailboxPush): appends one message to the
/// private queue.
inline void mailboxAppend(Mailbox &mb, Message *m) {
  m->next = nullptr;
  *mb.tail = m;
  mb.tail = &m->next;
  mb.queued.store(mb.queued.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

/// Sender side: pushes `m`. Returns true if the owner was sleeping and must be woken by
/// the caller.
///
/// Waking a sleeping owner with an ordinary message delivers it straight into the private
/// queue: the waker is the only one that can end the owner's sleep, so until it makes the
/// owner runnable (which publishes the queue) the owner's private queue is its alone, and
/// nothing was in the inbox before it. The woken owner then finds the message without
/// another locked instruction. Signals and DOWNs always go through the inbox: only the
/// owner may act on them (takeIn).
inline bool mailboxPush(Mailbox &mb, Message *m) {
  InboxWord old = inboxGuess(&mb.inbox);
  for (;;) {
    if (old.top == kSleeping && m->kind == MessageKind::Normal) {
      if (inboxCas(&mb.inbox, old, {nullptr, 0})) {
        mailboxAppend(mb, m);
        return true;
      }
      continue;
    }
    bool sleeping = old.top == kSleeping;
    m->next = sleeping ? nullptr : old.top;
    // release: publishes the message contents; acquire: pairs with the owner's park CAS,
    // so a waker sees the saved stack of the process it wakes
    if (inboxCas(&mb.inbox, old, {m, sleeping ? 1 : old.depth + 1})) {
      if (!sleeping && old.depth >= kInboxDepthMax) [[unlikely]]
        mb.overflowArrivals.fetch_add(1, std::memory_order_relaxed);
      return sleeping;
    }
  }
}

/// Owner side: takes every arrival, oldest first (a list linked by `next`).
Message *mailboxTakeArrivals(Mailbox &mb);

/// Owner's scheduler side: parks the owner if nothing arrived. Returns false if a message
/// is already waiting (the owner must run again).
inline bool mailboxTrySleep(Mailbox &mb) {
  InboxWord expected{nullptr, 0};
  // release: the owner's saved stack is published to whoever wakes it
  return inboxCas(&mb.inbox, expected, {kSleeping, 0});
}

/// Timer or signal side: wakes a sleeping owner. Returns true if this call woke it.
inline bool mailboxWakeIfSleeping(Mailbox &mb) {
  InboxWord expected{kSleeping, 0};
  return inboxCas(&mb.inbox, expected, {nullptr, 0});
}

/// Frees every message, queued or arrived (process exit and reclamation).
void mailboxFreeAll(Mailbox &mb);

/// Unlinks the message at `mb.save` from the private queue and returns it.
Message *mailboxTakeAtSave(Mailbox &mb);

/// Owner side, outside a receive scan: frees every message of the private queue for which
/// pred(message) holds (demonitor's :flush). Resets the scan position.
template <class Pred> void mailboxRemoveIf(Mailbox &mb, Pred pred) {
  mb.save = &mb.head;
  while (*mb.save) {
    if (pred(*mb.save))
      freeMessage(mailboxTakeAtSave(mb));
    else
      mb.save = &(*mb.save)->next;
  }
  mb.save = &mb.head;
}

/// The same for the first such message only (there is at most one); true if one was freed.
template <class Pred> bool mailboxRemoveFirst(Mailbox &mb, Pred pred) {
  bool found = false;
  mb.save = &mb.head;
  while (*mb.save) {
    if (pred(*mb.save)) {
      freeMessage(mailboxTakeAtSave(mb));
      found = true;
      break;
    }
    mb.save = &(*mb.save)->next;
  }
  mb.save = &mb.head;
  return found;
}

} // namespace athanor::rt
