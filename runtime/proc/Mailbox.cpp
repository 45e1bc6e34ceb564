// Mailbox operations that are not inline (see Mailbox.h).
#include "proc/Mailbox.h"

#include "mem/Copy.h"

#include <cstddef>
#include <cstdlib>

namespace athanor::rt {

namespace {

// Small messages — almost all of them — are one allocation holding the Message, a Block
// header and the message's words, recycled through a per-thread free list: sending costs
// no malloc in the steady state. Messages with no data of their own (an immediate or a
// static term, or a term already in the receiver's heap) need only the Message and come
// from a second list of bare nodes, a sixth of the size. The lists are bounded; a node
// freed on another thread than the one that allocated it simply joins that thread's list.
constexpr uint64_t kInlineWords = 24;
constexpr size_t kMaxPooledChunks = 4096;
constexpr size_t kMaxPooledBare = 16384;

struct MessageChunk {
  Message message;
  Block block;
  uint64_t words[kInlineWords];
};
static_assert(offsetof(MessageChunk, block) == sizeof(Message),
              "hasInlineFragment (Mailbox.h) expects the block right after the message");

// Message::pooled besides kChunkPooled (Mailbox.h): where a message's memory comes from
// and goes back to.
constexpr uint32_t kMalloced = 0;
constexpr uint32_t kPooledBare = 2;

template <typename T, size_t Max> struct FreeList {
  T *free = nullptr; // linked through the Message's `next` (each T starts with a Message)
  size_t count = 0;
  T *take() {
    if (T *c = free) {
      free = reinterpret_cast<T *>(reinterpret_cast<Message *>(c)->next);
      --count;
      return c;
    }
    auto *c = static_cast<T *>(std::malloc(sizeof(T)));
    if (!c)
      std::abort();
    return c;
  }
  void give(T *c) {
    if (count >= Max) {
      std::free(c);
      return;
    }
    reinterpret_cast<Message *>(c)->next = reinterpret_cast<Message *>(free);
    free = c;
    ++count;
  }
  ~FreeList() {
    while (free) {
      T *next = reinterpret_cast<T *>(reinterpret_cast<Message *>(free)->next);
      std::free(free);
      free = next;
    }
  }
};

// Used only in makeMessage/freeMessage, which never suspend: a process cannot move to
// another thread between the lookup and the use.
thread_local FreeList<MessageChunk, kMaxPooledChunks> chunkPool;
thread_local FreeList<Message, kMaxPooledBare> barePool;

// Fills in the fields every new message starts with.
Message *initMessage(Message *m, MessageKind kind, uint32_t inHeap) {
  m->next = nullptr;
  m->kind = kind;
  m->linked = 0;
  m->from = 0;
  m->inHeap = inHeap;
  return m;
}

// A message with no fragment: `term` needs no data of its own, or lives in the owner's
// heap (inHeap).
Message *makeBareMessage(ath_term term, uint32_t inHeap) {
  Message *m = barePool.take();
  m->pooled = kPooledBare;
  m->fragment = nullptr;
  m->term = term;
  return initMessage(m, MessageKind::Normal, inHeap);
}

} // namespace

Message *makeMessage(ath_term term, MessageKind kind) {
  Message *m = nullptr;
  if (kind == MessageKind::Normal) {
    if (isStaticOrImmediate(term))
      return makeBareMessage(term, 0);
    // Optimistically into an inline fragment: one pass, no measuring.
    MessageChunk *c = chunkPool.take();
    Block *b = &c->block;
    b->next = nullptr;
    b->start = c->words;
    b->end = c->words + kInlineWords;
    b->flags = 0;
    b->poolMark = 0;
    if (copyIntoBlockIfFits(term, b, &c->message.term)) {
      m = &c->message;
      m->pooled = kChunkPooled;
      m->fragment = b;
    } else {
      chunkPool.give(c);
    }
  }
  if (!m) {
    m = static_cast<Message *>(std::malloc(sizeof(Message)));
    if (!m)
      std::abort();
    m->pooled = kMalloced;
    m->term = copyToFragment(term, &m->fragment);
  }
  return initMessage(m, kind, 0);
}

Message *makeHeapMessage(ath_term termInOwnersHeap) { return makeBareMessage(termInOwnersHeap, 1); }

void freeMessage(Message *m) {
  switch (m->pooled) {
  case kPooledBare:
    barePool.give(m);
    return;
  case kChunkPooled:
    if (!hasInlineFragment(m))
      freeBlockList(m->fragment);
    chunkPool.give(reinterpret_cast<MessageChunk *>(m));
    return;
  default:
    freeBlockList(m->fragment);
    std::free(m);
  }
}

Message *mailboxTakeArrivals(Mailbox &mb) {
  // A plain load first: most calls find the inbox empty, and a locked instruction costs
  // far more than a load. A push this load misses is not lost: the owner parks only
  // through mailboxTrySleep's CAS, which fails when the inbox is not empty.
  if (inboxTopGuess(&mb.inbox) == nullptr)
    return nullptr;
  InboxWord old = inboxGuess(&mb.inbox);
  for (;;) {
    if (old.top == nullptr || old.top == kSleeping)
      return nullptr;
    // acquire: pairs with the senders' release CAS, making message contents visible
    if (inboxCas(&mb.inbox, old, {nullptr, 0}))
      break;
  }
  Message *batch = old.top;
  Message *fifo = nullptr;
  uint64_t n = 0;
  while (batch) { // the inbox is newest-first: reverse it
    Message *next = batch->next;
    batch->next = fifo;
    fifo = batch;
    batch = next;
    ++n;
  }
  if (old.depth >= kInboxDepthMax) [[unlikely]] // the depth saturated: settle the surplus
    mb.overflowArrivals.fetch_sub(static_cast<int64_t>(n - kInboxDepthMax),
                                  std::memory_order_relaxed);
  return fifo;
}

Message *mailboxTakeAtSave(Mailbox &mb) {
  Message *m = *mb.save;
  *mb.save = m->next;
  if (mb.tail == &m->next)
    mb.tail = mb.save;
  if (mb.marker == &m->next)
    mb.marker = mb.save;
  mb.queued.store(mb.queued.load(std::memory_order_relaxed) - 1, std::memory_order_relaxed);
  m->next = nullptr;
  return m;
}

void mailboxFreeAll(Mailbox &mb) {
  Message *arrivals = mailboxTakeArrivals(mb);
  while (arrivals) {
    Message *next = arrivals->next;
    freeMessage(arrivals);
    arrivals = next;
  }
  for (Message *m = mb.head; m;) {
    Message *next = m->next;
    freeMessage(m);
    m = next;
  }
  mb.head = nullptr;
  mb.tail = &mb.head;
  mb.save = &mb.head;
  mb.marker = nullptr;
  mb.useMarker = false;
  mb.queued.store(0, std::memory_order_relaxed);
}

} // namespace athanor::rt
