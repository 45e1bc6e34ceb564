// The runtime's concurrent data structures on their own, outside any scheduler: the
// mailbox (per-sender order with many producers, the sleep/wake handshake, selective
// removal), the run queue (FIFO, capacity, stealing without loss or duplication), the
// timer wheel (firing order, cancel, past deadlines, in-place re-arming) and message
// copies (send-side fragment and receive-side heap copy keep the value).
#include "bif_test_support.h"

#include "format/Inspect.h"
#include "mem/Copy.h"
#include "proc/Mailbox.h"
#include "sched/RunQueue.h"
#include "sched/Timer.h"
#include "term/Compare.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>
#include <vector>

namespace {

using namespace athanor;
using namespace athanor::rt;

int64_t smallOf(const Message *m) { return ath_small_value(m->term); }

// Takes every arrival into the private queue; returns how many came.
size_t drain(Mailbox &mb) {
  size_t n = 0;
  for (Message *m = mailboxTakeArrivals(mb); m;) {
    Message *next = m->next;
    mailboxAppend(mb, m);
    ++n;
    m = next;
  }
  return n;
}

TEST(Mailbox, SingleSenderOrderAndLength) {
  Mailbox mb;
  for (int i = 0; i < 100; ++i)
    EXPECT_FALSE(mailboxPush(mb, makeMessage(ath_make_small(i))));
  EXPECT_EQ(mb.length(), 100u);
  EXPECT_EQ(drain(mb), 100u);
  EXPECT_EQ(mb.length(), 100u);
  int expected = 0;
  for (Message *m = mb.head; m; m = m->next)
    EXPECT_EQ(smallOf(m), expected++);
  mailboxFreeAll(mb);
  EXPECT_EQ(mb.length(), 0u);
}

TEST(Mailbox, ManySendersKeepPerSenderOrder) {
  constexpr int kSenders = 4, kEach = 20000;
  Mailbox mb;
  std::vector<std::thread> senders;
  for (int s = 0; s < kSenders; ++s)
    senders.emplace_back([&mb, s] {
      for (int i = 0; i < kEach; ++i)
        mailboxPush(mb, makeMessage(ath_make_small(s * 1000000 + i)));
    });
  // The owner takes arrivals while they come in.
  size_t got = 0;
  while (got < size_t(kSenders) * kEach)
    got += drain(mb);
  for (auto &t : senders)
    t.join();
  int next[kSenders] = {0, 0, 0, 0};
  for (Message *m = mb.head; m; m = m->next) {
    int64_t v = smallOf(m);
    int s = static_cast<int>(v / 1000000);
    ASSERT_EQ(v % 1000000, next[s]) << "sender " << s;
    ++next[s];
  }
  for (int s = 0; s < kSenders; ++s)
    EXPECT_EQ(next[s], kEach);
  mailboxFreeAll(mb);
}

TEST(Mailbox, LengthPastTheInboxDepthLimit) {
  // The inbox word's depth saturates (kInboxDepthMax); the length stays exact.
  Mailbox mb;
  const uint64_t n = kInboxDepthMax + 5000;
  for (uint64_t i = 0; i < n; ++i)
    mailboxPush(mb, makeMessage(ath_make_small(static_cast<int64_t>(i))));
  EXPECT_EQ(mb.length(), n);
  EXPECT_EQ(drain(mb), n);
  EXPECT_EQ(mb.length(), n);
  EXPECT_EQ(mb.overflowArrivals.load(), 0);
  mailboxPush(mb, makeMessage(ath_make_small(-1)));
  EXPECT_EQ(mb.length(), n + 1);
  mailboxFreeAll(mb);
  EXPECT_EQ(mb.length(), 0u);
}

TEST(Mailbox, SleepAndWakeHandshake) {
  Mailbox mb;
  // An empty inbox parks; the first sender is the waker and delivers straight into the
  // private queue; later senders go through the inbox.
  ASSERT_TRUE(mailboxTrySleep(mb));
  EXPECT_TRUE(mailboxPush(mb, makeMessage(ath_make_small(1))));
  ASSERT_NE(mb.head, nullptr);
  EXPECT_EQ(smallOf(mb.head), 1);
  EXPECT_FALSE(mailboxPush(mb, makeMessage(ath_make_small(2))));
  // Something arrived: parking fails, the owner must run.
  EXPECT_FALSE(mailboxTrySleep(mb));
  EXPECT_EQ(drain(mb), 1u);
  EXPECT_EQ(mb.length(), 2u);
  // A timer wakes a sleeper exactly once.
  ASSERT_TRUE(mailboxTrySleep(mb));
  EXPECT_TRUE(mailboxWakeIfSleeping(mb));
  EXPECT_FALSE(mailboxWakeIfSleeping(mb));
  mailboxFreeAll(mb);
}

TEST(Mailbox, ConcurrentWakersWakeOnce) {
  // Many senders race to wake one sleeper: exactly one of them is told to wake it, and
  // no message is lost.
  for (int round = 0; round < 200; ++round) {
    Mailbox mb;
    ASSERT_TRUE(mailboxTrySleep(mb));
    std::atomic<int> wakers{0};
    std::vector<std::thread> senders;
    for (int s = 0; s < 4; ++s)
      senders.emplace_back([&, s] {
        if (mailboxPush(mb, makeMessage(ath_make_small(s))))
          wakers.fetch_add(1);
      });
    for (auto &t : senders)
      t.join();
    EXPECT_EQ(wakers.load(), 1);
    drain(mb);
    EXPECT_EQ(mb.length(), 4u);
    mailboxFreeAll(mb);
  }
}

TEST(Mailbox, RemoveIfKeepsTheRest) {
  Mailbox mb;
  for (int i = 0; i < 10; ++i)
    mailboxPush(mb, makeMessage(ath_make_small(i)));
  drain(mb);
  mailboxRemoveIf(mb, [](const Message *m) { return smallOf(m) % 2 == 0; });
  std::vector<int64_t> left;
  for (Message *m = mb.head; m; m = m->next)
    left.push_back(smallOf(m));
  EXPECT_EQ(left, (std::vector<int64_t>{1, 3, 5, 7, 9}));
  EXPECT_EQ(mb.length(), 5u);
  // The tail is still right: appending after the removals keeps order.
  mailboxPush(mb, makeMessage(ath_make_small(10)));
  drain(mb);
  EXPECT_EQ(smallOf(mb.head), 1);
  int64_t last = -1;
  for (Message *m = mb.head; m; m = m->next)
    last = smallOf(m);
  EXPECT_EQ(last, 10);
  mailboxFreeAll(mb);
}

Process *fakeProcess(uintptr_t i) { return reinterpret_cast<Process *>(i * 16); }

TEST(RunQueue, FifoAndCapacity) {
  RunQueue q;
  for (uintptr_t i = 1; i <= RunQueue::kSize; ++i)
    ASSERT_TRUE(q.push(fakeProcess(i)));
  EXPECT_FALSE(q.push(fakeProcess(999)));
  EXPECT_EQ(q.size(), RunQueue::kSize);
  for (uintptr_t i = 1; i <= RunQueue::kSize; ++i)
    ASSERT_EQ(q.pop(), fakeProcess(i));
  EXPECT_EQ(q.pop(), nullptr);
  EXPECT_TRUE(q.empty());
}

TEST(RunQueue, StealingLosesAndDuplicatesNothing) {
  constexpr uintptr_t kTotal = 100000;
  RunQueue q;
  std::atomic<bool> done{false};
  std::vector<uintptr_t> stolen;
  std::thread thief([&] {
    Process *buf[RunQueue::kSize / 2];
    while (!done.load(std::memory_order_acquire) || !q.empty()) {
      uint32_t n = q.steal(buf);
      for (uint32_t i = 0; i < n; ++i)
        stolen.push_back(reinterpret_cast<uintptr_t>(buf[i]) / 16);
    }
  });
  std::vector<uintptr_t> popped;
  for (uintptr_t i = 1; i <= kTotal;) {
    if (q.push(fakeProcess(i)))
      ++i;
    if (i % 3 == 0)
      if (Process *p = q.pop())
        popped.push_back(reinterpret_cast<uintptr_t>(p) / 16);
  }
  while (Process *p = q.pop())
    popped.push_back(reinterpret_cast<uintptr_t>(p) / 16);
  done.store(true, std::memory_order_release);
  thief.join();
  std::vector<uintptr_t> all = popped;
  all.insert(all.end(), stolen.begin(), stolen.end());
  std::sort(all.begin(), all.end());
  ASSERT_EQ(all.size(), kTotal);
  for (uintptr_t i = 0; i < kTotal; ++i)
    ASSERT_EQ(all[i], i + 1);
}

struct TimerTest : ::testing::Test {
  TimerWheel wheel;
  uint64_t now = nowMs();
  std::vector<ReceiveTimer> nodes = std::vector<ReceiveTimer>(8);

  ReceiveTimer &arm(size_t i, uint64_t deadline) {
    ReceiveTimer &t = nodes[i];
    t.deadline = deadline;
    t.seq = static_cast<uint32_t>(i);
    wheel.insert(&t);
    return t;
  }
  // The seqs of the receive timers that fire at `at`, sorted.
  std::vector<uint32_t> fire(uint64_t at) {
    FiredTimers out;
    wheel.fire(at, out);
    std::vector<uint32_t> seqs;
    for (auto &w : out.wakes)
      seqs.push_back(w.seq);
    std::sort(seqs.begin(), seqs.end());
    return seqs;
  }
};

TEST_F(TimerTest, FiresInDeadlineOrder) {
  arm(0, now + 30);
  arm(1, now + 10);
  arm(2, now + 20);
  arm(3, now + 5000); // more than one turn of the wheel away
  EXPECT_TRUE(fire(now + 9).empty());
  EXPECT_EQ(fire(now + 10), std::vector<uint32_t>{1});
  EXPECT_EQ(fire(now + 25), std::vector<uint32_t>{2});
  EXPECT_EQ(fire(now + 30), std::vector<uint32_t>{0});
  EXPECT_TRUE(fire(now + 4999).empty());
  EXPECT_FALSE(wheel.empty());
  EXPECT_EQ(fire(now + 5000), std::vector<uint32_t>{3});
  EXPECT_TRUE(wheel.empty());
}

TEST_F(TimerTest, CancelledTimersDoNotFire) {
  arm(0, now + 10);
  ReceiveTimer &t1 = arm(1, now + 10);
  EXPECT_TRUE(timerCancel(&t1));
  EXPECT_FALSE(timerCancel(&t1));
  EXPECT_EQ(fire(now + 10), std::vector<uint32_t>{0});
  EXPECT_EQ(t1.wheel.load(), nullptr);
}

TEST_F(TimerTest, PastDeadlineFiresAtTheNextVisit) {
  fire(now + 100); // the wheel has moved on
  arm(0, now + 50);
  EXPECT_EQ(fire(now + 101), std::vector<uint32_t>{0});
}

TEST_F(TimerTest, RearmInPlaceOnlyInTheSameSlot) {
  ReceiveTimer &t = arm(0, now + 100);
  // Same slot, one wheel turn later: moved in place, fires at the new deadline only.
  EXPECT_TRUE(wheel.rearmInPlace(&t, now + 100 + TimerWheel::kSlots));
  EXPECT_TRUE(fire(now + 100).empty());
  EXPECT_EQ(fire(now + 100 + TimerWheel::kSlots), std::vector<uint32_t>{0});
  // Another slot, or a node not linked here: refused (the caller relinks it).
  ReceiveTimer &u = arm(1, now + 2000);
  EXPECT_FALSE(wheel.rearmInPlace(&u, now + 2001));
  TimerWheel other;
  EXPECT_FALSE(other.rearmInPlace(&u, now + 2000));
  EXPECT_TRUE(timerCancel(&u));
  EXPECT_FALSE(wheel.rearmInPlace(&u, now + 2000));
}

class CopyTest : public ::testing::Test {
protected:
  test::TestProcess proc;
  format::test::TermHeap heap;

  // Sends `text` as a message and receives it into the process heap.
  std::string roundTrip(const char *text) {
    Term original = heap.parse(text);
    Message *m = makeMessage(original);
    Term received = m->term;
    if (m->fragment)
      received = copyFragmentToHeap(proc.process(), m->term, m->fragment);
    freeMessage(m);
    EXPECT_TRUE(exactEqual(received, original)) << text;
    return format::inspect(received);
  }
};

TEST_F(CopyTest, MessagesKeepTheirValue) {
  const char *terms[] = {
      "{:ping, #PID<0.5.0>, 42}",               // flat
      "{:pong, 1.5}",                           // nested float
      "{:\"$gen_call\", {#PID<0.5.0>, [:alias | #Reference<0.0.1.2>]}, {:increment, 1}}",
      "[1, [2, [3, [4]]], \"bin\", %{a: [5]}]", // cons cells and boxed objects
      "\"just a binary\"",
      "#Reference<0.0.1.2>",
  };
  for (const char *t : terms)
    EXPECT_EQ(roundTrip(t), format::inspect(heap.parse(t)));
}

TEST_F(CopyTest, LargeMessagesUseAFragmentOfTheirOwn) {
  std::string big = "[";
  for (int i = 0; i < 500; ++i)
    big += (i ? ", {" : "{") + std::to_string(i) + ", \"x\"}";
  big += "]";
  roundTrip(big.c_str());
}

} // namespace
