// BIFs outside the differential case files: I/O (put_chars, log_error), the binary and
// string helpers generated code calls, the process dictionary, clocks and unique
// integers, fun_info / function_exported against a program function table, raising, and
// halt.
#include "bif_test_support.h"

#include "format/Exceptions.h"
#include "format/Inspect.h"
#include "term/Atoms.h"
#include "term/Compare.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

extern "C" {
ath_term ath_bif_athanor_put_chars(ath_proc *, ath_term, ath_term);
ath_term ath_bif_athanor_log_error(ath_proc *, ath_term);
ath_term ath_bif_athanor_binary_concat(ath_proc *, ath_term, ath_term);
ath_term ath_bif_athanor_getenv(ath_proc *, ath_term);
ath_term ath_bif_athanor_argv(ath_proc *);
ath_term ath_bif_erlang_put(ath_proc *, ath_term, ath_term);
ath_term ath_bif_erlang_get(ath_proc *, ath_term);
ath_term ath_bif_erlang_get0(ath_proc *);
ath_term ath_bif_erlang_erase(ath_proc *, ath_term);
ath_term ath_bif_erlang_monotonic_time(ath_proc *);
ath_term ath_bif_erlang_monotonic_time1(ath_proc *, ath_term);
ath_term ath_bif_erlang_system_time1(ath_proc *, ath_term);
ath_term ath_bif_erlang_unique_integer(ath_proc *);
ath_term ath_bif_erlang_unique_integer1(ath_proc *, ath_term);
ath_term ath_bif_erlang_phash2(ath_proc *, ath_term);
ath_term ath_bif_erlang_phash2_2(ath_proc *, ath_term, ath_term);

ath_term ath_bif_erlang_fun_info(ath_proc *, ath_term, ath_term);
ath_term ath_bif_erlang_function_exported(ath_proc *, ath_term, ath_term, ath_term);
ath_term ath_bif_erlang_raise(ath_proc *, ath_term, ath_term, ath_term);
ath_term ath_bif_erlang_throw(ath_proc *, ath_term);
ath_term ath_bif_erlang_exit(ath_proc *, ath_term);
ath_term ath_bif_erlang_error2(ath_proc *, ath_term, ath_term);
ath_term ath_bif_erlang_halt1(ath_proc *, ath_term);
ath_term ath_bif_erlang_system_info(ath_proc *, ath_term);
ath_term ath_bif_athanor_normalize_error(ath_proc *, ath_term, ath_term);
ath_term ath_bif_athanor_exception_message(ath_proc *, ath_term);
ath_term ath_bif_erlang_element(ath_proc *, ath_term, ath_term);
}

// A small program table: Elixir.Greeter.hello/1 (exported) and secret/0 (private).
namespace {
ath_term helloCode(ath_proc *, ath_term x) { return x; }
ath_term secretCode(ath_proc *) { return ATH_ATOM(ok); }
} // namespace
extern "C" {
extern const ath_fun_entry ath_program_functions[2] = {
    {ATH_TEST_ATOM(Elixir_Greeter), ATH_TEST_ATOM(hello), 1, 1, reinterpret_cast<void *>(&helloCode)},
    {ATH_TEST_ATOM(Elixir_Greeter), ATH_TEST_ATOM(secret), 0, 0, reinterpret_cast<void *>(&secretCode)},
};
extern const uint32_t ath_program_function_count = 2;
}

namespace {

using namespace athanor;
using namespace athanor::rt;

class MiscTest : public ::testing::Test {
protected:
  test::TestProcess proc;
  format::test::TermHeap heap;
  ath_proc *p() { return proc.proc(); }
  Process *P() { return proc.process(); }
  Term parse(std::string_view s) { return heap.parse(s); }
  std::string inspect(Term t) { return format::inspect(t); }
  // The pending exception as Elixir would print it.
  std::string pending() { return test::describeResult(p(), ATH_NONVALUE); }
};

TEST_F(MiscTest, PutCharsWritesChardataToStdout) {
  testing::internal::CaptureStdout();
  EXPECT_EQ(ath_bif_athanor_put_chars(p(), ATH_ATOM(stdio), parse("\"a\"")), ATH_ATOM(ok));
  EXPECT_EQ(ath_bif_athanor_put_chars(p(), ATH_ATOM(standard_io), parse("[98, \"c\", [[100]], \"é\"]")),
            ATH_ATOM(ok));
  std::fflush(stdout);
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "abcdé");
  EXPECT_EQ(ath_bif_athanor_put_chars(p(), ATH_ATOM(stdio), parse("[:a]")), ATH_NONVALUE);
  EXPECT_EQ(pending(), "error ArgumentError \"errors were found at the given arguments:\\n\\n  "
                       "* 2nd argument: not valid character data (an iodata term)\\n\"");
  testing::internal::CaptureStderr();
  EXPECT_EQ(ath_bif_athanor_put_chars(p(), ATH_ATOM(stderr), parse("\"err\"")), ATH_ATOM(ok));
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "err");
}

TEST_F(MiscTest, LogErrorPrintsLikeTheLogger) {
  testing::internal::CaptureStderr();
  EXPECT_EQ(ath_bif_athanor_log_error(p(), parse("[\"boom \", \"now\"]")), ATH_ATOM(ok));
  std::string err = testing::internal::GetCapturedStderr();
  EXPECT_TRUE(err.starts_with("\n")) << err;
  EXPECT_NE(err.find(" [error] boom now\n"), std::string::npos) << err;
}

TEST_F(MiscTest, BinaryHelpers) {
  Term a = ath_make_binary(p(), "héllo", 6);
  EXPECT_EQ(inspect(a), "\"héllo\"");
  Term parts[] = {parse("\"x = \""), ath_to_string(p(), makeSmall(42)), parse("\"!\"")};
  EXPECT_EQ(inspect(ath_binary_concat_n(p(), 3, parts)), "\"x = 42!\"");
  EXPECT_EQ(inspect(ath_binary_concat_n(p(), 0, nullptr)), "\"\"");
  Term bad[] = {parse("\"a\""), makeSmall(1)};
  EXPECT_EQ(ath_binary_concat_n(p(), 2, bad), ATH_NONVALUE);
  EXPECT_EQ(pending(), "error ArgumentError \"construction of binary failed: segment 2 of type "
                       "'binary': expected a binary but got: 1\"");
  EXPECT_TRUE(ath_binary_has_prefix(a, parse("\"hé\"")));
  EXPECT_FALSE(ath_binary_has_prefix(a, parse("\"x\"")));
  EXPECT_FALSE(ath_binary_has_prefix(makeSmall(1), parse("\"\"")));
  EXPECT_EQ(inspect(ath_binary_tail(p(), a, 3)), "\"llo\"");
  EXPECT_EQ(inspect(ath_binary_tail(p(), a, 6)), "\"\"");
  EXPECT_EQ(inspect(ath_make_float(p(), 1000.0)), "1000.0");
  EXPECT_EQ(inspect(ath_to_string(p(), ath_make_float(p(), 1000.0))), "\"1.0e3\"");
  EXPECT_EQ(ath_to_string(p(), parse("{1}")), ATH_NONVALUE);
  EXPECT_EQ(pending(), "error Protocol.UndefinedError \"protocol String.Chars not implemented "
                       "for {1} of type Tuple\"");
  // `<>` in compiled code: Erlang's binary construction error.
  EXPECT_EQ(ath_bif_athanor_binary_concat(p(), parse("\"a\""), makeSmall(1)), ATH_NONVALUE);
  EXPECT_EQ(pending(), "error ArgumentError \"construction of binary failed: segment 2 of type "
                       "'binary': expected a binary but got: 1\"");
  EXPECT_EQ(inspect(ath_bif_athanor_binary_concat(p(), parse("\"a\""), parse("\"bc\""))), "\"abc\"");
  EXPECT_EQ(ath_equal(makeSmall(1), parse("1.0")), 1);
  EXPECT_EQ(ath_exact_equal(makeSmall(1), parse("1.0")), 0);
  EXPECT_EQ(ath_compare(parse(":a"), makeSmall(1)), 1);
}

TEST_F(MiscTest, ProcessDictionary) {
  EXPECT_EQ(ath_bif_erlang_put(p(), ATH_ATOM(first), makeSmall(1)), ATH_ATOM(undefined));
  EXPECT_EQ(ath_bif_erlang_put(p(), ATH_ATOM(last), makeSmall(2)), ATH_ATOM(undefined));
  EXPECT_EQ(ath_bif_erlang_put(p(), ATH_ATOM(first), makeSmall(3)), makeSmall(1));
  EXPECT_EQ(inspect(ath_bif_erlang_get0(p())), "[first: 3, last: 2]");
  EXPECT_EQ(ath_bif_erlang_get(p(), ATH_ATOM(last)), makeSmall(2));
  EXPECT_EQ(ath_bif_erlang_get(p(), ATH_ATOM(step)), ATH_ATOM(undefined));
  EXPECT_EQ(ath_bif_erlang_erase(p(), ATH_ATOM(first)), makeSmall(3));
  EXPECT_EQ(ath_bif_erlang_erase(p(), ATH_ATOM(first)), ATH_ATOM(undefined));
  EXPECT_EQ(inspect(ath_bif_erlang_get0(p())), "[last: 2]");
  EXPECT_EQ(ath_bif_erlang_put(p(), parse("1"), ATH_ATOM(ok)), ATH_ATOM(undefined));
  EXPECT_EQ(ath_bif_erlang_get(p(), parse("1.0")), ATH_ATOM(undefined)); // keys are exact
}

TEST_F(MiscTest, ClocksAndUniqueIntegers) {
  Term ns1 = ath_bif_erlang_monotonic_time(p());
  Term ms = ath_bif_erlang_monotonic_time1(p(), ATH_ATOM(millisecond));
  Term ns2 = ath_bif_erlang_monotonic_time1(p(), ATH_ATOM(nanosecond));
  EXPECT_LE(smallValue(ns1), smallValue(ns2));
  EXPECT_NEAR(static_cast<double>(smallValue(ms)), smallValue(ns2) / 1e6, 5.0);
  Term sec = ath_bif_erlang_system_time1(p(), ATH_ATOM(second));
  EXPECT_NEAR(static_cast<double>(smallValue(sec)), static_cast<double>(time(nullptr)), 2.0);
  Term us = ath_bif_erlang_system_time1(p(), ATH_ATOM(microsecond));
  EXPECT_NEAR(smallValue(us) / 1e6, static_cast<double>(time(nullptr)), 2.0);
  EXPECT_TRUE(isSmall(ath_bif_erlang_monotonic_time1(p(), makeSmall(7))));
  EXPECT_EQ(ath_bif_erlang_monotonic_time1(p(), ATH_ATOM(ok)), ATH_NONVALUE);
  EXPECT_EQ(pending(), "error ArgumentError \"errors were found at the given arguments:\\n\\n  "
                       "* 1st argument: invalid time unit\\n\"");
  Term mods = parse("[:positive, :monotonic]");
  int64_t a = smallValue(ath_bif_erlang_unique_integer1(p(), mods));
  int64_t b = smallValue(ath_bif_erlang_unique_integer1(p(), mods));
  EXPECT_GT(a, 0);
  EXPECT_GT(b, a);
  EXPECT_NE(ath_bif_erlang_unique_integer(p()), ath_bif_erlang_unique_integer(p()));
  EXPECT_LT(smallValue(ath_bif_erlang_unique_integer(p())), 0);
  EXPECT_EQ(ath_bif_erlang_unique_integer1(p(), parse("[:foo]")), ATH_NONVALUE);
}

TEST_F(MiscTest, Phash2IsStableAndInRange) {
  Term x = parse("{:a, [1, 2.5, \"s\"], %{k: 1}}"), y = parse("{:a, [1, 2.5, \"s\"], %{k: 1}}");
  EXPECT_EQ(ath_bif_erlang_phash2(p(), x), ath_bif_erlang_phash2(p(), y));
  int64_t h = smallValue(ath_bif_erlang_phash2(p(), x));
  EXPECT_GE(h, 0);
  EXPECT_LT(h, 1 << 27);
  for (int64_t r : {1, 2, 10, 1000})
    EXPECT_LT(smallValue(ath_bif_erlang_phash2_2(p(), x, makeSmall(r))), r);
  EXPECT_NE(ath_bif_erlang_phash2(p(), makeSmall(1)), ath_bif_erlang_phash2(p(), parse("1.0")));
  // BEAM's values (erlang:phash2(T, 2^32) in Elixir 1.14 / OTP 25): a 40-key map (a trie
  // here, a HAMT there) and an external fun.
  Term full = makeSmall(int64_t(1) << 32);
  Term m = ath_map_new(p(), 0, nullptr);
  for (int64_t i = 1; i <= 40; ++i) {
    Term kv[] = {makeSmall(i), makeSmall(i)};
    m = ath_map_put_many(p(), m, 1, kv);
  }
  ASSERT_EQ(boxedType(m), ATH_T_HAMT);
  EXPECT_EQ(ath_bif_erlang_phash2_2(p(), m, full), makeSmall(2202532150));
  static const ath_fun_info upcase = {1, 0, ATH_ATOM(Elixir_String), internAtom("upcase"), 1, 0};
  uint64_t w[3] = {ath_make_header(ATH_T_FUN, 2), 0, reinterpret_cast<uint64_t>(&upcase)};
  EXPECT_EQ(ath_bif_erlang_phash2_2(p(), ath_make_boxed(w), full), makeSmall(2169102661));
}

TEST_F(MiscTest, FunInfoAndFunctionExported) {
  static const ath_fun_info info = {2, 1, ATH_ATOM(Elixir_Kernel), ATH_ATOM(ok), 0, 7};
  uint64_t *w = new uint64_t[4]{ath_make_header(ATH_T_FUN, 3), 0, reinterpret_cast<uint64_t>(&info),
                                makeSmall(5)};
  Term fun = ath_make_boxed(w);
  EXPECT_EQ(inspect(ath_bif_erlang_fun_info(p(), fun, ATH_ATOM(arity))), "{:arity, 2}");
  EXPECT_EQ(inspect(ath_bif_erlang_fun_info(p(), fun, ATH_ATOM(env))), "{:env, [5]}");
  EXPECT_EQ(inspect(ath_bif_erlang_fun_info(p(), fun, ATH_ATOM(type))), "{:type, :local}");
  EXPECT_EQ(inspect(ath_bif_erlang_fun_info(p(), fun, ATH_ATOM(module))), "{:module, Kernel}");
  EXPECT_EQ(ath_bif_erlang_fun_info(p(), fun, ATH_ATOM(ok)), ATH_NONVALUE);
  EXPECT_EQ(ath_bif_erlang_fun_info(p(), makeSmall(1), ATH_ATOM(arity)), ATH_NONVALUE);
  EXPECT_EQ(pending(), "error ArgumentError \"errors were found at the given arguments:\\n\\n  "
                       "* 1st argument: not a fun\\n\"");
  delete[] w;
  Term greeter = internAtom("Elixir.Greeter");
  EXPECT_EQ(ath_bif_erlang_function_exported(p(), greeter, internAtom("hello"), makeSmall(1)),
            ATH_ATOM(true));
  EXPECT_EQ(ath_bif_erlang_function_exported(p(), greeter, internAtom("secret"), makeSmall(0)),
            ATH_ATOM(false));
  EXPECT_EQ(ath_bif_erlang_function_exported(p(), greeter, internAtom("hello"), makeSmall(2)),
            ATH_ATOM(false));
  EXPECT_EQ(ath_bif_erlang_function_exported(p(), ATH_ATOM(erlang), internAtom("self"), makeSmall(0)),
            ATH_ATOM(true));
  EXPECT_EQ(ath_bif_erlang_function_exported(p(), ATH_ATOM(Elixir_String), internAtom("upcase"),
                                             makeSmall(1)),
            ATH_ATOM(true));
  // :undef names a module that exists as "undefined or private".
  Term stack = parse("[{Greeter, :nope, [1], []}]");
  Term e = ath_bif_athanor_normalize_error(p(), ATH_ATOM(undef), stack);
  EXPECT_EQ(binaryView(ath_bif_athanor_exception_message(p(), e)),
            "function Greeter.nope/1 is undefined or private");
  e = ath_bif_athanor_normalize_error(p(), ATH_ATOM(undef), parse("[{Nope, :f, [], []}]"));
  EXPECT_EQ(binaryView(ath_bif_athanor_exception_message(p(), e)),
            "function Nope.f/0 is undefined (module Nope is not available)");
}

TEST_F(MiscTest, BannerUsesErrorInfo) {
  // Crash reports and the main process's error line format raw reasons (no allocation):
  // a BIF's error_info gives Elixir's "errors were found" message there too.
  EXPECT_EQ(ath_bif_erlang_element(p(), makeSmall(5), parse("{1}")), ATH_NONVALUE);
  EXPECT_EQ(format::formatBanner(ATH_ATOM(error), P()->hot.exc_value, P()->hot.exc_stack),
            "** (ArgumentError) errors were found at the given arguments:\n\n  * 1st argument: "
            "out of range\n");
  EXPECT_EQ(format::formatStacktrace(P()->hot.exc_stack), "    :erlang.element(5, {1})\n");
}

TEST_F(MiscTest, RaiseClasses) {
  EXPECT_EQ(ath_bif_erlang_throw(p(), ATH_ATOM(ok)), ATH_NONVALUE);
  EXPECT_EQ(pending(), "throw :ok");
  EXPECT_EQ(ath_bif_erlang_exit(p(), ATH_ATOM(normal)), ATH_NONVALUE);
  EXPECT_EQ(pending(), "exit :normal");
  EXPECT_EQ(ath_bif_erlang_error2(p(), ATH_ATOM(ok), ATH_NIL), ATH_NONVALUE);
  EXPECT_EQ(pending(), "error ErlangError \"Erlang error: :ok\"");
  EXPECT_EQ(ath_bif_erlang_raise(p(), ATH_ATOM(ok), makeSmall(1), ATH_NIL), ATH_ATOM(badarg));
  Term stack = parse("[{M, :f, 0, []}]");
  EXPECT_EQ(ath_bif_erlang_raise(p(), ATH_ATOM(error), ATH_ATOM(badarith), stack), ATH_NONVALUE);
  EXPECT_EQ(P()->hot.exc_stack, stack);
  EXPECT_EQ(pending(), "error ArithmeticError \"bad argument in arithmetic expression\"");
  Term n = ath_bif_erlang_system_info(p(), ATH_ATOM(otp_release));
  EXPECT_EQ(inspect(n), "'25'");
}

TEST_F(MiscTest, EnvironmentAndArgs) {
  setenv("ATHANOR_TEST_VAR", "value", 1);
  EXPECT_EQ(inspect(ath_bif_athanor_getenv(p(), parse("\"ATHANOR_TEST_VAR\""))), "\"value\"");
  EXPECT_EQ(ath_bif_athanor_getenv(p(), parse("\"ATHANOR_NO_SUCH_VAR\"")), ATH_ATOM(nil));
  EXPECT_EQ(ath_bif_athanor_argv(p()), ATH_NIL);
}

TEST(HaltTest, FlushesStdoutAndExitsWithStatus) {
  EXPECT_EXIT(
      {
        test::TestProcess proc;
        std::fputs("partial output", stdout); // buffered: must survive halt
        ath_bif_erlang_halt1(proc.proc(), makeSmall(3));
      },
      ::testing::ExitedWithCode(3), "");
}

} // namespace
