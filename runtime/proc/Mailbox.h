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
// adopted into the receiver's heap when `receive` takes it.
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
  uint32_t pooled; // allocated as a MessageChunk (see Mailbox.cpp)
  uint32_t unused;
};

/// Copies `term` into a new message (with its own fragment). A small Normal message is
/// one pooled allocation whose fragment lives inside it (an *inline* fragment): such a
/// fragment must never be adopted into a heap or chained with other blocks — copy the
/// term out instead (ath_recv_accept does).
Message *makeMessage(ath_term term, MessageKind kind = MessageKind::Normal);
/// Frees a message that was not received (its fragment too).
void freeMessage(Message *m);
/// True if `m`'s fragment is stored inside the message itself.
bool hasInlineFragment(const Message *m);

inline Message *const kSleeping = reinterpret_cast<Message *>(uintptr_t(1));

struct Mailbox {
  std::atomic<Message *> inbox{nullptr};
  std::atomic<uint64_t> count{0}; // messages in inbox + private queue (Process.info)
  Message *head = nullptr;
  Message **tail = &head;
  Message **save = &head;
  Message **marker = nullptr; // receive marker: position when `markerRef` was made
  ath_term markerRef = 0;

  void reset() {
    inbox.store(nullptr, std::memory_order_relaxed);
    count.store(0, std::memory_order_relaxed);
    head = nullptr;
    tail = &head;
    save = &head;
    marker = nullptr;
    markerRef = 0;
  }
};

/// Sender side: pushes `m`. Returns true if the owner was sleeping and must be woken by
/// the caller.
inline bool mailboxPush(Mailbox &mb, Message *m) {
  mb.count.fetch_add(1, std::memory_order_relaxed);
  Message *old = mb.inbox.load(std::memory_order_relaxed);
  for (;;) {
    m->next = old == kSleeping ? nullptr : old;
    // release: publishes the message contents; acquire: pairs with the owner's park CAS,
    // so a waker sees the saved stack of the process it wakes
    if (mb.inbox.compare_exchange_weak(old, m, std::memory_order_acq_rel,
                                       std::memory_order_relaxed))
      return old == kSleeping;
  }
}

/// Owner side: takes every arrival, oldest first (a list linked by `next`).
Message *mailboxTakeArrivals(Mailbox &mb);

/// Owner side: appends one message to the private queue.
inline void mailboxAppend(Mailbox &mb, Message *m) {
  m->next = nullptr;
  *mb.tail = m;
  mb.tail = &m->next;
}

/// Owner's scheduler side: parks the owner if nothing arrived. Returns false if a message
/// is already waiting (the owner must run again).
inline bool mailboxTrySleep(Mailbox &mb) {
  Message *expected = nullptr;
  // release: the owner's saved stack is published to whoever wakes it
  return mb.inbox.compare_exchange_strong(expected, kSleeping, std::memory_order_acq_rel,
                                          std::memory_order_relaxed);
}

/// Timer or signal side: wakes a sleeping owner. Returns true if this call woke it.
inline bool mailboxWakeIfSleeping(Mailbox &mb) {
  Message *expected = kSleeping;
  return mb.inbox.compare_exchange_strong(expected, nullptr, std::memory_order_acq_rel,
                                          std::memory_order_relaxed);
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

} // namespace athanor::rt
