// Mailbox operations that are not inline (see Mailbox.h).
#include "proc/Mailbox.h"

#include "mem/Copy.h"

#include <cstddef>
#include <cstdlib>

namespace athanor::rt {

namespace {

// Small messages — almost all of them — are one allocation holding the Message, a Block
// header and the message's words, recycled through a per-thread free list: sending costs
// no malloc in the steady state. The list is bounded; a chunk freed on another thread than
// the one that allocated it simply joins that thread's list.
constexpr uint64_t kInlineWords = 24;
constexpr size_t kMaxPooledChunks = 4096;

struct MessageChunk {
  Message message;
  Block block;
  uint64_t words[kInlineWords];
};
static_assert(offsetof(MessageChunk, block) == sizeof(Message),
              "hasInlineFragment (Mailbox.h) expects the block right after the message");

struct ChunkPool {
  MessageChunk *free = nullptr; // linked through message.next
  size_t count = 0;
  ~ChunkPool() {
    while (free) {
      MessageChunk *next = reinterpret_cast<MessageChunk *>(free->message.next);
      std::free(free);
      free = next;
    }
  }
};

// Used only in makeMessage/freeMessage, which never suspend: a process cannot move to
// another thread between the lookup and the use.
thread_local ChunkPool chunkPool;

MessageChunk *takeChunk() {
  ChunkPool &pool = chunkPool;
  if (MessageChunk *c = pool.free) {
    pool.free = reinterpret_cast<MessageChunk *>(c->message.next);
    --pool.count;
    return c;
  }
  auto *c = static_cast<MessageChunk *>(std::malloc(sizeof(MessageChunk)));
  if (!c)
    std::abort();
  return c;
}

void giveChunk(MessageChunk *c) {
  ChunkPool &pool = chunkPool;
  if (pool.count >= kMaxPooledChunks) {
    std::free(c);
    return;
  }
  c->message.next = reinterpret_cast<Message *>(pool.free);
  pool.free = c;
  ++pool.count;
}

} // namespace

Message *makeMessage(ath_term term, MessageKind kind) {
  Message *m = nullptr;
  if (kind == MessageKind::Normal) {
    // Optimistically into an inline fragment: one pass, no measuring.
    MessageChunk *c = takeChunk();
    m = &c->message;
    m->pooled = 1;
    if (isStaticOrImmediate(term)) {
      m->fragment = nullptr;
      m->term = term;
    } else {
      Block *b = &c->block;
      b->next = nullptr;
      b->start = c->words;
      b->end = c->words + kInlineWords;
      b->flags = 0;
      b->poolMark = 0;
      if (copyIntoBlockIfFits(term, b, &m->term)) {
        m->fragment = b;
      } else {
        giveChunk(c);
        m = nullptr;
      }
    }
  }
  if (!m) {
    m = static_cast<Message *>(std::malloc(sizeof(Message)));
    if (!m)
      std::abort();
    m->pooled = 0;
    m->term = copyToFragment(term, &m->fragment);
  }
  m->next = nullptr;
  m->kind = kind;
  m->linked = 0;
  m->from = 0;
  m->inHeap = 0;
  return m;
}

Message *makeHeapMessage(ath_term termInOwnersHeap) {
  Message *m = &takeChunk()->message;
  m->pooled = 1;
  m->fragment = nullptr;
  m->term = termInOwnersHeap;
  m->next = nullptr;
  m->kind = MessageKind::Normal;
  m->linked = 0;
  m->from = 0;
  m->inHeap = 1;
  return m;
}

void freeMessage(Message *m) {
  if (!hasInlineFragment(m))
    freeBlockList(m->fragment);
  if (m->pooled)
    giveChunk(reinterpret_cast<MessageChunk *>(m));
  else
    std::free(m);
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
