// The per-process collector under BIF workloads: long lists, big integers, nested tuples,
// binaries, rooted vectors and adopted message fragments survive repeated collections
// with their values intact, and garbage is reclaimed (the heap stays bounded).
#include "bif_test_support.h"

#include "format/Inspect.h"
#include "mem/Copy.h"
#include "mem/Gc.h"
#include "mem/Roots.h"
#include "term/Compare.h"

#include <gtest/gtest.h>

extern "C" {
ath_term ath_bif_lists_seq(ath_proc *, ath_term, ath_term);
ath_term ath_bif_lists_sum(ath_proc *, ath_term);
ath_term ath_bif_lists_reverse(ath_proc *, ath_term);
ath_term ath_bif_erlang_mul(ath_proc *, ath_term, ath_term);
ath_term ath_bif_kernel_pow(ath_proc *, ath_term, ath_term);
ath_term ath_bif_erlang_integer_to_binary(ath_proc *, ath_term);
ath_term ath_bif_erlang_make_tuple(ath_proc *, ath_term, ath_term);
ath_term ath_bif_erlang_put(ath_proc *, ath_term, ath_term);
ath_term ath_bif_erlang_get(ath_proc *, ath_term);
ath_term ath_bif_erlang_garbage_collect(ath_proc *);
}

namespace {

using namespace athanor;
using namespace athanor::rt;

class GcTest : public ::testing::Test {
protected:
  test::TestProcess proc;
  ath_proc *p() { return proc.proc(); }
  Process *P() { return proc.process(); }

  // Allocates and drops `n` short-lived binaries.
  void churn(int n) {
    for (int i = 0; i < n; ++i)
      ath_bif_erlang_integer_to_binary(p(), makeSmall(i));
  }
};

TEST_F(GcTest, LongListSurvives) {
  Term list = ath_bif_lists_seq(p(), makeSmall(1), makeSmall(1000000));
  churn(200000);
  proc.collect();
  churn(200000);
  EXPECT_EQ(ath_bif_lists_sum(p(), list), makeSmall(500000500000));
  Term rev = ath_bif_lists_reverse(p(), list);
  proc.collect();
  EXPECT_EQ(consHead(rev), makeSmall(1000000));
  EXPECT_EQ(consHead(list), makeSmall(1));
  EXPECT_GT(P()->heap.collections, 1u);
}

TEST_F(GcTest, GarbageIsReclaimed) {
  for (int round = 0; round < 20; ++round)
    churn(100000);
  proc.collect();
  // 2 million dead binaries of 3-4 words each would be ~60 MB; the live heap is tiny.
  EXPECT_LT(P()->heap.totalWords, uint64_t(1) << 20);
}

TEST_F(GcTest, BigIntegersAndNestedTuples) {
  Term big = ath_bif_kernel_pow(p(), makeSmall(3), makeSmall(500));
  Term nested = ath_bif_erlang_make_tuple(p(), makeSmall(3), big);
  for (int i = 0; i < 200; ++i)
    nested = ath_bif_erlang_make_tuple(p(), makeSmall(2), nested);
  churn(100000);
  proc.collect();
  Term t = nested;
  for (int i = 0; i < 200; ++i) {
    ASSERT_TRUE(isTuple(t));
    t = tupleElem(t, 1);
  }
  Term expected = ath_bif_kernel_pow(p(), makeSmall(3), makeSmall(500));
  EXPECT_TRUE(exactEqual(tupleElem(t, 2), expected));
  EXPECT_EQ(format::inspect(tupleElem(t, 0)).size(), 239u); // 3^500 has 239 digits
}

TEST_F(GcTest, RootedVectorIsUpdated) {
  std::vector<Term> v;
  ScopedRoots roots(P(), v);
  for (int i = 0; i < 5000; ++i)
    v.push_back(ath_bif_erlang_integer_to_binary(p(), makeSmall(i)));
  churn(100000);
  std::vector<Term> before = v;
  proc.collect();
  proc.collect();
  size_t moved = 0;
  for (int i = 0; i < 5000; ++i) {
    ASSERT_EQ(binaryView(v[static_cast<size_t>(i)]), std::to_string(i));
    moved += v[static_cast<size_t>(i)] != before[static_cast<size_t>(i)];
  }
  // The collector copies them; only blocks that some stack word points into stay. Which
  // stale words the live frames hold depends on the build: in the TSan build one spill
  // slot of a caller's frame pins a block holding about half of them.
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define ATH_GC_TEST_TSAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__) || defined(ATH_GC_TEST_TSAN)
  EXPECT_GT(moved, 2000u);
#else
  EXPECT_GT(moved, 4000u);
#endif
}

TEST_F(GcTest, ProcessDictionaryIsARoot) {
  for (int i = 0; i < 100; ++i)
    ath_bif_erlang_put(p(), makeSmall(i), ath_bif_erlang_integer_to_binary(p(), makeSmall(i * i)));
  churn(100000);
  EXPECT_EQ(ath_bif_erlang_garbage_collect(p()), ATH_ATOM(true));
  for (int i = 0; i < 100; ++i)
    ASSERT_EQ(binaryView(ath_bif_erlang_get(p(), makeSmall(i))), std::to_string(i * i));
}

TEST_F(GcTest, AdoptedFragmentsAreCollected) {
  // A message's fragment becomes part of the heap when received (heapAdopt).
  format::test::TermHeap heap;
  Term original = heap.parse("{:msg, [1, 2, 3], \"payload\", %{k: [4.5]}}");
  Block *fragment;
  Term copy = copyToFragment(original, &fragment);
  heapAdopt(P(), fragment);
  churn(100000);
  proc.collect();
  proc.collect();
  EXPECT_TRUE(exactEqual(copy, original));
  EXPECT_EQ(format::inspect(copy), "{:msg, [1, 2, 3], \"payload\", %{k: [4.5]}}");
}

} // namespace
