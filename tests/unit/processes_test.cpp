// Process BIFs under the real scheduler (one scheduler thread): spawn, send/receive,
// links and exit signals with trap_exit, monitors and DOWN messages, the registry,
// process_info, timers, spawn/3 through the program's function table, crash reports and
// how the main process ends the program. Each test runs a C++ main process in a forked
// runtime and checks what it printed (Elixir's outputs for the same programs).
#include "bif_decls.h"
#include "runtime_test_support.h"

#include "format/Inspect.h"
#include "term/Atoms.h"
#include "term/Compare.h"

#include <gtest/gtest.h>

// spawn/3 targets: Elixir.Greeter.hello/1 sends {:hello, arg} to its arg (a pid).
namespace {
ath_term greeterHello(ath_proc *p, ath_term pid) {
  using namespace athanor::rt;
  ath_term msg = ath_bif_erlang_make_tuple(p, makeSmall(2), ATH_ATOM(ok));
  msg = ath_bif_erlang_setelement(p, makeSmall(2), msg, ath_bif_erlang_self(p));
  ath_bif_erlang_send(p, pid, msg);
  return ATH_ATOM(ok);
}
} // namespace
extern "C" {
extern const ath_fun_entry ath_program_functions[1] = {
    {ATH_TEST_ATOM(Elixir_Greeter), ATH_TEST_ATOM(hello), 1, 1,
     reinterpret_cast<void *>(&greeterHello)},
};
extern const uint32_t ath_program_function_count = 1;
}

namespace {

using namespace athanor;
using namespace athanor::rt;
using namespace athanor::test;

Term atom(const char *s) { return internAtom(s); }
Term tuple2(ath_proc *p, Term a, Term b) {
  Term t = ath_bif_erlang_make_tuple(p, makeSmall(2), a);
  return ath_bif_erlang_setelement(p, makeSmall(2), t, b);
}
Term list(ath_proc *p, std::initializer_list<Term> items) {
  Term l = ATH_NIL;
  std::vector<Term> v(items);
  for (size_t i = v.size(); i-- > 0;) {
    Term cell = ath_bif_erlang_append(p, ATH_NIL, ATH_NIL);
    (void)cell;
    Term one = ath_bif_erlang_tuple_to_list(p, ath_bif_erlang_make_tuple(p, makeSmall(1), v[i]));
    l = ath_bif_erlang_append(p, one, l);
  }
  return l;
}
Term raiseRuntime(ath_proc *p, const char *message) {
  Term msg = ath_bif_erlang_iolist_to_binary(p, ath_bif_erlang_atom_to_binary(p, atom(message)));
  Term e = ath_bif_maps_from_list(p, list(p, {tuple2(p, ATH_ATOM(__struct__), ATH_ATOM(Elixir_RuntimeError)),
                                           tuple2(p, ATH_ATOM(__exception__), ATH_ATOM(true)),
                                           tuple2(p, ATH_ATOM(message), msg)}));
  return ath_raise(p, ATH_ATOM(error), e);
}

// ---- spawn, send, receive ----

ath_term echoBody(ath_proc *p, ath_term self) {
  Term m = receiveAny(p);
  // {from, payload} -> send {:echo, payload} back
  ath_bif_erlang_send(p, tupleElem(m, 0), tuple2(p, atom("echo"), tupleElem(m, 1)));
  return ATH_ATOM(ok);
}

ath_term pingPongMain(ath_proc *p, ath_term) {
  Term child = ath_bif_erlang_spawn(p, makeClosure(p, echoBody));
  say("alive %s\n", show(ath_bif_erlang_is_process_alive(p, child)).c_str());
  ath_bif_erlang_send(p, child, tuple2(p, ath_bif_erlang_self(p), atom("hi")));
  say("%s\n", show(receiveAny(p)).c_str());
  say("%s\n", show(receiveAny(p, 50)).c_str()); // nothing else: timeout
  // the child has finished by now
  say("alive %s\n", show(ath_bif_erlang_is_process_alive(p, child)).c_str());
  ath_bif_erlang_send(p, child, atom("ignored")); // to a dead pid: no-op
  say("self %s\n", show(ath_bif_erlang_self(p)).c_str());
  return ATH_ATOM(ok);
}

TEST(Processes, SpawnSendReceive) {
  RunResult r = runProgram(pingPongMain);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, "alive true\n{:echo, :hi}\n:timeout\nalive false\nself #PID<0.96.0>\n");
  EXPECT_EQ(r.err, "");
}

ath_term counterBody(ath_proc *p, ath_term self) {
  ath_bif_erlang_send(p, funFree(self, 0), funFree(self, 1));
  return ATH_ATOM(ok);
}

ath_term manyMain(ath_proc *p, ath_term) {
  constexpr int n = 10000;
  for (int i = 0; i < n; ++i)
    ath_bif_erlang_spawn(p, makeClosure(p, counterBody, {ath_bif_erlang_self(p), makeSmall(i)}));
  int64_t sum = 0;
  for (int i = 0; i < n; ++i)
    sum += smallValue(receiveAny(p));
  say("%ld\n", static_cast<long>(sum));
  return ATH_ATOM(ok);
}

TEST(Processes, TenThousandProcesses) {
  RunResult r = runProgram(manyMain);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, "49995000\n");
}

ath_term selectiveMain(ath_proc *p, ath_term) {
  Term self = ath_bif_erlang_self(p);
  for (int i = 0; i < 5; ++i)
    ath_bif_erlang_send(p, self, makeSmall(i));
  // take 3 first, then the rest in order
  say("%s", show(receiveMatching(p, [](Term m) { return m == makeSmall(3); })).c_str());
  for (int i = 0; i < 4; ++i)
    say(" %s", show(receiveAny(p)).c_str());
  say("\n");
  return ATH_ATOM(ok);
}

TEST(Processes, SelectiveReceiveKeepsOrder) {
  RunResult r = runProgram(selectiveMain);
  EXPECT_EQ(r.out, "3 0 1 2 4\n");
}

// ---- links and exit signals ----

ath_term crashBody(ath_proc *p, ath_term) { return raiseRuntime(p, "boom"); }
ath_term exitBadBody(ath_proc *p, ath_term) { return ath_bif_erlang_exit(p, atom("bad")); }
ath_term normalBody(ath_proc *p, ath_term) { return ATH_ATOM(ok); }
ath_term waitForeverBody(ath_proc *p, ath_term) {
  receiveAny(p);
  return ATH_ATOM(ok);
}

ath_term trapLinkedCrashMain(ath_proc *p, ath_term) {
  say("%s\n", show(ath_bif_erlang_process_flag(p, ATH_ATOM(trap_exit), ATH_ATOM(true))).c_str());
  Term child = ath_bif_erlang_spawn_link(p, makeClosure(p, crashBody));
  Term m = receiveAny(p);
  // {:EXIT, child, {%RuntimeError{}, stack}}
  say("%s %s %s\n", show(tupleElem(m, 0)).c_str(),
      show(boolTerm(tupleElem(m, 1) == child)).c_str(),
      show(tupleElem(tupleElem(m, 2), 0)).c_str());
  Term normal = ath_bif_erlang_spawn_link(p, makeClosure(p, normalBody));
  m = receiveAny(p);
  say("%s\n", show(tupleElem(m, 2)).c_str());
  (void)normal;
  say("%s\n", show(ath_bif_erlang_process_flag(p, ATH_ATOM(trap_exit), ATH_ATOM(false))).c_str());
  return ATH_ATOM(ok);
}

TEST(Processes, TrappedLinkedCrashAndCrashReport) {
  RunResult r = runProgram(trapLinkedCrashMain);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, "false\n:EXIT true %RuntimeError{message: \"boom\"}\n:normal\ntrue\n");
  EXPECT_NE(r.err.find("[error] Process #PID<0.97.0> raised an exception\n** (RuntimeError) boom\n"),
            std::string::npos)
      << r.err;
}

ath_term linkedExitMain(ath_proc *p, ath_term) {
  say("before\n");
  ath_bif_erlang_spawn_link(p, makeClosure(p, exitBadBody));
  receiveAny(p); // killed by the exit signal while waiting
  say("not reached\n");
  return ATH_ATOM(ok);
}

TEST(Processes, LinkedExitKillsMain) {
  RunResult r = runProgram(linkedExitMain);
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(r.out, "before\n");
  EXPECT_EQ(r.err, "** (EXIT from #PID<0.96.0>) :bad\n");
}

ath_term exitSignalsMain(ath_proc *p, ath_term) {
  Term a = ath_bif_erlang_spawn(p, makeClosure(p, waitForeverBody));
  ath_bif_erlang_exit2(p, a, ATH_ATOM(normal)); // ignored: not trapping
  Term ref = ath_bif_erlang_monitor(p, ATH_ATOM(process), a);
  ath_bif_erlang_exit2(p, a, atom("custom"));
  Term down = receiveAny(p);
  say("%s %s\n", show(boolTerm(exactEqual(tupleElem(down, 1), ref))).c_str(),
      show(tupleElem(down, 4)).c_str());
  Term b = ath_bif_erlang_spawn(p, makeClosure(p, waitForeverBody));
  ath_bif_erlang_monitor(p, ATH_ATOM(process), b);
  ath_bif_erlang_exit2(p, b, ATH_ATOM(kill));
  say("%s\n", show(tupleElem(receiveAny(p), 4)).c_str());
  // trapping: an exit signal becomes a message; :kill still kills
  ath_bif_erlang_process_flag(p, ATH_ATOM(trap_exit), ATH_ATOM(true));
  Term self = ath_bif_erlang_self(p);
  ath_bif_erlang_exit2(p, self, atom("hello"));
  Term m = receiveAny(p);
  say("%s %s %s\n", show(tupleElem(m, 0)).c_str(), show(boolTerm(tupleElem(m, 1) == self)).c_str(),
      show(tupleElem(m, 2)).c_str());
  ath_bif_erlang_exit2(p, self, ATH_ATOM(normal));
  say("%s\n", show(tupleElem(receiveAny(p), 2)).c_str());
  return ATH_ATOM(ok);
}

TEST(Processes, ExitSignals) {
  RunResult r = runProgram(exitSignalsMain);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, "true :custom\n:killed\n:EXIT true :hello\n:normal\n");
}

ath_term exitSelfNormalMain(ath_proc *p, ath_term) {
  say("a\n");
  ath_bif_erlang_exit2(p, ath_bif_erlang_self(p), ATH_ATOM(normal));
  receiveAny(p, 1000);
  say("not reached\n");
  return ATH_ATOM(ok);
}

TEST(Processes, MainExitingItselfNormally) {
  RunResult r = runProgram(exitSelfNormalMain);
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(r.out, "a\n");
  EXPECT_EQ(r.err, "** (EXIT from #PID<0.96.0>) normal\n");
}

ath_term exitSelfKillMain(ath_proc *p, ath_term) {
  ath_bif_erlang_process_flag(p, ATH_ATOM(trap_exit), ATH_ATOM(true));
  ath_bif_erlang_exit2(p, ath_bif_erlang_self(p), ATH_ATOM(kill));
  return ATH_ATOM(ok); // returns at once: still died of the signal
}

TEST(Processes, KillIsUntrappable) {
  RunResult r = runProgram(exitSelfKillMain);
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(r.err, "** (EXIT from #PID<0.96.0>) killed\n");
}

ath_term linkDeadMain(ath_proc *p, ath_term) {
  Term dead = ath_bif_erlang_spawn(p, makeClosure(p, normalBody));
  receiveAny(p, 20); // let it run and finish
  Term r = ath_bif_erlang_link(p, dead);
  say("%s %s\n", show(boolTerm(r == ATH_NONVALUE)).c_str(),
      show(asProcess(p)->hot.exc_value).c_str()); // error :noproc
  ath_exception_clear(p);
  ath_bif_erlang_process_flag(p, ATH_ATOM(trap_exit), ATH_ATOM(true));
  say("%s\n", show(ath_bif_erlang_link(p, dead)).c_str());
  Term m = receiveAny(p);
  say("%s %s\n", show(tupleElem(m, 0)).c_str(), show(tupleElem(m, 2)).c_str());
  // unlink: a linked process's exit no longer reaches us
  ath_bif_erlang_process_flag(p, ATH_ATOM(trap_exit), ATH_ATOM(false));
  Term c = ath_bif_erlang_spawn_link(p, makeClosure(p, waitForeverBody));
  say("%s\n", show(ath_bif_erlang_unlink(p, c)).c_str());
  ath_bif_erlang_exit2(p, c, atom("bye"));
  say("%s\n", show(receiveAny(p, 50)).c_str());
  say("%s\n", show(ath_bif_erlang_process_info(p, ath_bif_erlang_self(p), ATH_ATOM(links))).c_str());
  return ATH_ATOM(ok);
}

TEST(Processes, LinkToDeadProcessAndUnlink) {
  RunResult r = runProgram(linkDeadMain);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, "true :noproc\ntrue\n:EXIT :noproc\ntrue\n:timeout\n{:links, []}\n");
}

// ---- monitors ----

ath_term monitorsMain(ath_proc *p, ath_term) {
  Term child = ath_bif_erlang_spawn(p, makeClosure(p, waitForeverBody));
  Term ref = ath_bif_erlang_monitor(p, ATH_ATOM(process), child);
  say("%s\n", show(ath_bif_erlang_process_info(p, ath_bif_erlang_self(p), ATH_ATOM(monitors))).c_str() + 0);
  Term by = ath_bif_erlang_process_info(p, child, ATH_ATOM(monitored_by));
  say("%s\n", show(boolTerm(consHead(tupleElem(by, 1)) == ath_bif_erlang_self(p))).c_str());
  ath_bif_erlang_send(p, child, ATH_ATOM(ok)); // it finishes normally
  Term down = receiveAny(p);
  say("%s %s %s %s\n", show(tupleElem(down, 0)).c_str(),
      show(boolTerm(exactEqual(tupleElem(down, 1), ref))).c_str(), show(tupleElem(down, 2)).c_str(),
      show(tupleElem(down, 4)).c_str());
  // a dead pid: DOWN with :noproc at once
  Term ref2 = ath_bif_erlang_monitor(p, ATH_ATOM(process), child);
  down = receiveAny(p);
  say("%s %s\n", show(boolTerm(exactEqual(tupleElem(down, 1), ref2))).c_str(),
      show(tupleElem(down, 4)).c_str());
  // an unregistered name: the DOWN names {name, node}
  ath_bif_erlang_monitor(p, ATH_ATOM(process), atom("nobody"));
  down = receiveAny(p);
  say("%s %s\n", show(tupleElem(down, 3)).c_str(), show(tupleElem(down, 4)).c_str());
  // demonitor with :flush drops a DOWN already delivered
  Term c2 = ath_bif_erlang_spawn(p, makeClosure(p, normalBody));
  Term ref3 = ath_bif_erlang_monitor(p, ATH_ATOM(process), c2);
  receiveMatching(p, [](Term) { return false; }, 30); // c2 ends, its DOWN arrives
  Term opts = ath_bif_erlang_tuple_to_list(p, ath_bif_erlang_make_tuple(p, makeSmall(1), ATH_ATOM(flush)));
  say("%s\n", show(ath_bif_erlang_demonitor2(p, ref3, opts)).c_str());
  say("%s\n", show(receiveAny(p, 30)).c_str());
  // demonitor of an active monitor: no DOWN later
  Term c3 = ath_bif_erlang_spawn(p, makeClosure(p, waitForeverBody));
  Term ref4 = ath_bif_erlang_monitor(p, ATH_ATOM(process), c3);
  say("%s\n", show(ath_bif_erlang_demonitor(p, ref4)).c_str());
  ath_bif_erlang_exit2(p, c3, ATH_ATOM(kill));
  say("%s\n", show(receiveAny(p, 30)).c_str());
  // spawn_monitor
  Term pr = ath_bif_erlang_spawn_monitor(p, makeClosure(p, crashBody));
  down = receiveAny(p);
  say("%s %s\n", show(boolTerm(exactEqual(tupleElem(down, 1), tupleElem(pr, 1)))).c_str(),
      show(tupleElem(tupleElem(down, 4), 0)).c_str());
  return ATH_ATOM(ok);
}

TEST(Processes, Monitors) {
  RunResult r = runProgram(monitorsMain);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out,
            "{:monitors, [process: #PID<0.97.0>]}\ntrue\n:DOWN true :process :normal\n"
            "true :noproc\n{:nobody, :nonode@nohost} :noproc\ntrue\n:timeout\ntrue\n:timeout\n"
            "true %RuntimeError{message: \"boom\"}\n");
}

// ---- registry and process_info ----

ath_term registryMain(ath_proc *p, ath_term) {
  Term self = ath_bif_erlang_self(p);
  Term name = atom("server");
  say("%s\n", show(ath_bif_erlang_process_info(p, self, ATH_ATOM(registered_name))).c_str());
  say("%s\n", show(ath_bif_erlang_register(p, name, self)).c_str());
  say("%s\n", show(boolTerm(ath_bif_erlang_whereis(p, name) == self)).c_str());
  say("%s\n", show(ath_bif_erlang_registered(p)).c_str());
  say("%s\n", show(ath_bif_erlang_process_info(p, self, ATH_ATOM(registered_name))).c_str());
  ath_bif_erlang_send(p, name, atom("by_name"));
  ath_bif_erlang_send(p, tuple2(p, name, ATH_ATOM(nonode_at_nohost)), atom("by_tuple"));
  std::string first = show(receiveAny(p)); // (argument evaluation order is unspecified)
  say("%s %s\n", first.c_str(), show(receiveAny(p)).c_str());
  say("%s\n", show(boolTerm(ath_bif_erlang_register(p, atom("other"), self) == ATH_NONVALUE)).c_str());
  say("%s\n", show(ath_bif_erlang_unregister(p, name)).c_str());
  say("%s\n", show(ath_bif_erlang_whereis(p, name)).c_str());
  say("%s\n", show(boolTerm(ath_bif_erlang_send(p, name, ATH_ATOM(ok)) == ATH_NONVALUE)).c_str());
  say("%s\n", test::describeResult(p, ATH_NONVALUE).c_str());
  // a registered process that dies loses its name
  Term child = ath_bif_erlang_spawn(p, makeClosure(p, waitForeverBody));
  ath_bif_erlang_register(p, atom("worker"), child);
  ath_bif_erlang_monitor(p, ATH_ATOM(process), atom("worker"));
  ath_bif_erlang_send(p, atom("worker"), ATH_ATOM(ok));
  Term down = receiveAny(p);
  say("%s %s\n", show(tupleElem(down, 3)).c_str(), show(tupleElem(down, 4)).c_str());
  say("%s\n", show(ath_bif_erlang_whereis(p, atom("worker"))).c_str());
  // process_info
  ath_bif_erlang_send(p, self, ATH_ATOM(ok));
  ath_bif_erlang_send(p, self, ATH_ATOM(ok));
  say("%s\n", show(ath_bif_erlang_process_info(p, self, ATH_ATOM(message_queue_len))).c_str());
  say("%s\n", show(ath_bif_erlang_process_info(p, self, ATH_ATOM(status))).c_str());
  ath_bif_erlang_put(p, ATH_ATOM(key), makeSmall(1));
  say("%s\n", show(ath_bif_erlang_process_info(p, self, ATH_ATOM(dictionary))).c_str());
  Term items = ath_bif_erlang_tuple_to_list(
      p, tuple2(p, ATH_ATOM(message_queue_len), ATH_ATOM(trap_exit)));
  say("%s\n", show(ath_bif_erlang_process_info(p, self, items)).c_str());
  say("%s\n", show(ath_bif_erlang_process_info(p, child, ATH_ATOM(links))).c_str());
  Term w = ath_bif_erlang_spawn(p, makeClosure(p, waitForeverBody));
  receiveMatching(p, [](Term) { return false; }, 10);
  say("%s\n", show(ath_bif_erlang_process_info(p, w, ATH_ATOM(status))).c_str());
  say("%s\n", show(boolTerm(ath_bif_erlang_process_info(p, self, atom("bogus")) == ATH_NONVALUE)).c_str());
  return ATH_ATOM(ok);
}

TEST(Processes, RegistryAndProcessInfo) {
  RunResult r = runProgram(registryMain);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out,
            "{:registered_name, []}\ntrue\ntrue\n[:server]\n{:registered_name, :server}\n"
            ":by_name :by_tuple\ntrue\ntrue\n:undefined\ntrue\n"
            "error ArgumentError \"errors were found at the given arguments:\\n\\n  * 1st argument: "
            "invalid destination\\n\"\n"
            "{:worker, :nonode@nohost} :normal\n:undefined\n{:message_queue_len, 2}\n"
            "{:status, :running}\n{:dictionary, [key: 1]}\n"
            "[message_queue_len: 2, trap_exit: false]\n:undefined\n{:status, :waiting}\ntrue\n");
}

// ---- timers ----

ath_term timersMain(ath_proc *p, ath_term) {
  Term self = ath_bif_erlang_self(p);
  Term t1 = ath_bif_erlang_send_after(p, makeSmall(30), self, atom("late"));
  Term t2 = ath_bif_erlang_send_after(p, makeSmall(10), self, atom("early"));
  Term t3 = ath_bif_erlang_send_after(p, makeSmall(5000), self, atom("never"));
  int64_t left = smallValue(ath_bif_erlang_read_timer(p, t3));
  say("%s\n", left > 4000 && left <= 5000 ? "read ok" : "read bad");
  left = smallValue(ath_bif_erlang_cancel_timer(p, t3));
  say("%s\n", left > 4000 && left <= 5000 ? "cancel ok" : "cancel bad");
  std::string cancelled = show(ath_bif_erlang_cancel_timer(p, t3));
  say("%s %s\n", cancelled.c_str(), show(ath_bif_erlang_read_timer(p, t3)).c_str());
  std::string first = show(receiveAny(p));
  say("%s %s\n", first.c_str(), show(receiveAny(p)).c_str());
  say("%s\n", show(ath_bif_erlang_read_timer(p, t1)).c_str()); // fired
  (void)t2;
  ath_bif_erlang_send_after(p, makeSmall(0), self, atom("zero"));
  say("%s\n", show(receiveAny(p, 1000)).c_str());
  // to a registered name, resolved when the timer fires
  ath_bif_erlang_register(p, atom("me"), self);
  ath_bif_erlang_send_after(p, makeSmall(5), atom("me"), atom("named"));
  say("%s\n", show(receiveAny(p, 1000)).c_str());
  // receive ... after
  Term start = ath_bif_erlang_monotonic_time1(p, ATH_ATOM(millisecond));
  say("%s\n", show(receiveAny(p, 50)).c_str());
  int64_t waited = smallValue(ath_bif_erlang_monotonic_time1(p, ATH_ATOM(millisecond))) - smallValue(start);
  say("%s\n", waited >= 50 && waited < 1000 ? "waited" : "bad wait");
  say("%s\n", show(receiveAny(p, 0)).c_str());
  return ATH_ATOM(ok);
}

TEST(Processes, Timers) {
  RunResult r = runProgram(timersMain);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, "read ok\ncancel ok\nfalse false\n:early :late\nfalse\n:zero\n:named\n"
                   ":timeout\nwaited\n:timeout\n");
}

// ---- spawn/3 ----

ath_term spawnMfaMain(ath_proc *p, ath_term) {
  Term self = ath_bif_erlang_self(p);
  Term args = ath_bif_erlang_tuple_to_list(p, ath_bif_erlang_make_tuple(p, makeSmall(1), self));
  Term child = ath_bif_erlang_spawn3(p, ATH_TEST_ATOM(Elixir_Greeter), ATH_TEST_ATOM(hello), args);
  Term m = receiveAny(p);
  say("%s %s\n", show(tupleElem(m, 0)).c_str(), show(boolTerm(tupleElem(m, 1) == child)).c_str());
  Term pr = ath_bif_erlang_spawn_monitor3(p, ATH_TEST_ATOM(Elixir_Greeter), atom("missing"), ATH_NIL);
  Term down = receiveAny(p);
  (void)pr;
  say("%s\n", show(tupleElem(down, 4)).c_str());
  say("%s\n", show(boolTerm(ath_bif_erlang_spawn3(p, makeSmall(1), ATH_ATOM(ok), ATH_NIL) == ATH_NONVALUE)).c_str());
  return ATH_ATOM(ok);
}

TEST(Processes, SpawnByModuleFunctionArgs) {
  RunResult r = runProgram(spawnMfaMain);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, ":ok true\n{:undef, [{Greeter, :missing, [], []}]}\ntrue\n");
  EXPECT_NE(r.err.find("raised an exception\n** (UndefinedFunctionError) function "
                       "Greeter.missing/0 is undefined or private\n"),
            std::string::npos)
      << r.err;
}

// ---- how the main process ends the program ----

ath_term mainRaises(ath_proc *p, ath_term) {
  say("out first\n");
  return raiseRuntime(p, "boom");
}
ath_term mainThrows(ath_proc *p, ath_term) { return ath_bif_erlang_throw(p, atom("ball")); }
ath_term mainExitsNormal(ath_proc *p, ath_term) { return ath_bif_erlang_exit(p, ATH_ATOM(normal)); }
ath_term mainExitsShutdownTuple(ath_proc *p, ath_term) {
  return ath_bif_erlang_exit(p, tuple2(p, ATH_ATOM(shutdown), makeSmall(1)));
}
ath_term mainExitsOther(ath_proc *p, ath_term) { return ath_bif_erlang_exit(p, atom("foo")); }
ath_term mainBadarith(ath_proc *p, ath_term) { return ath_bif_erlang_add(p, makeSmall(1), ATH_ATOM(ok)); }

TEST(Processes, MainProcessEndings) {
  RunResult r = runProgram(mainRaises);
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(r.out, "out first\n");
  EXPECT_EQ(r.err, "** (RuntimeError) boom\n");
  r = runProgram(mainThrows);
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(r.err, "** (throw) :ball\n");
  r = runProgram(mainExitsNormal);
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_EQ(r.err, "");
  r = runProgram(mainExitsShutdownTuple);
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(r.err, "");
  r = runProgram(mainExitsOther);
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(r.err, "** (exit) :foo\n");
  r = runProgram(mainBadarith);
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(r.err, "** (ArithmeticError) bad argument in arithmetic expression\n");
}

// ---- the collector in a process that suspends ----

ath_term gcAcrossReceiveMain(ath_proc *p, ath_term) {
  Term list = ath_bif_lists_seq(p, makeSmall(1), makeSmall(200000));
  Term self = ath_bif_erlang_self(p);
  for (int round = 0; round < 5; ++round) {
    ath_bif_erlang_send(p, self, list); // copies the list into a message
    Term got = receiveAny(p);
    for (int i = 0; i < 20000; ++i) // garbage: forces collections
      ath_bif_erlang_integer_to_binary(p, makeSmall(i));
    ath_bif_erlang_garbage_collect(p);
    say("%s ", show(ath_bif_lists_sum(p, got)).c_str());
  }
  say("%s\n", show(ath_bif_erlang_length(p, list)).c_str());
  // a hash-trie map as a message: copied node by node, equal on arrival
  Term keys = ath_bif_lists_seq(p, makeSmall(1), makeSmall(5000));
  Term big = ath_bif_maps_from_keys(p, keys, ATH_ATOM(ok));
  ath_bif_erlang_send(p, self, big);
  Term got = receiveAny(p);
  ath_bif_erlang_garbage_collect(p);
  say("%s %s %s\n", show(ath_bif_erlang_map_size(p, got)).c_str(),
      show(ath_bif_erlang_exact_eq(p, got, big)).c_str(),
      show(ath_bif_maps_get(p, makeSmall(4321), got)).c_str());
  return ATH_ATOM(ok);
}

TEST(Processes, CollectorAcrossSuspensions) {
  RunResult r = runProgram(gcAcrossReceiveMain);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, "20000100000 20000100000 20000100000 20000100000 20000100000 200000\n"
                   "5000 true :ok\n");
}

} // namespace
