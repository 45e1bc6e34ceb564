// Mailbox operations that are not inline (see Mailbox.h).
#include "proc/Mailbox.h"

#include "mem/Copy.h"

#include <cstdlib>

namespace athanor::rt {

Message *makeMessage(ath_term term, MessageKind kind) {
  auto *m = static_cast<Message *>(std::malloc(sizeof(Message)));
  if (!m)
    std::abort();
  m->next = nullptr;
  m->term = copyToFragment(term, &m->fragment);
  m->kind = kind;
  m->linked = 0;
  m->from = 0;
  return m;
}

void freeMessage(Message *m) {
  freeBlockList(m->fragment);
  std::free(m);
}

Message *mailboxTakeArrivals(Mailbox &mb) {
  // acquire: pairs with the senders' release CAS, making message contents visible
  Message *batch = mb.inbox.exchange(nullptr, std::memory_order_acquire);
  if (batch == kSleeping)
    return nullptr;
  Message *fifo = nullptr;
  while (batch) { // the inbox is newest-first: reverse it
    Message *next = batch->next;
    batch->next = fifo;
    fifo = batch;
    batch = next;
  }
  return fifo;
}

Message *mailboxTakeAtSave(Mailbox &mb) {
  Message *m = *mb.save;
  *mb.save = m->next;
  if (mb.tail == &m->next)
    mb.tail = mb.save;
  if (mb.marker == &m->next)
    mb.marker = mb.save;
  mb.count.fetch_sub(1, std::memory_order_relaxed);
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
  mb.count.store(0, std::memory_order_relaxed);
}

} // namespace athanor::rt
