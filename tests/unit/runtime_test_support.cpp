// Runtime test support (see runtime_test_support.h).
#include "runtime_test_support.h"

#include "format/Inspect.h"
#include "mem/Builder.h"
#include "sched/Scheduler.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>

namespace athanor::test {

using namespace athanor::rt;

namespace {

std::string readFile(const std::string &path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const ath_fun_info kClosureInfo = {0, 0, ATH_ATOM(Elixir_Kernel), ATH_ATOM(ok), 0, 1};

} // namespace

RunResult runProgram(MainFn main, int schedulers, int timeoutSec) {
  char outPath[] = "/tmp/athanor_test_outXXXXXX";
  char errPath[] = "/tmp/athanor_test_errXXXXXX";
  int outFd = mkstemp(outPath), errFd = mkstemp(errPath);
  std::fflush(stdout);
  std::fflush(stderr);
  pid_t child = fork();
  if (child == 0) {
    dup2(outFd, STDOUT_FILENO);
    dup2(errFd, STDERR_FILENO);
    setenv("ATHANOR_SCHEDULERS", std::to_string(schedulers).c_str(), 1);
    std::setvbuf(stdout, nullptr, _IOFBF, 1 << 16); // as sys/Start.cpp does for pipes
    char name[] = "athanor_test";
    char *argv[] = {name, nullptr};
    runtimeMain(reinterpret_cast<Process::EntryFn>(main), 1, argv);
  }
  RunResult r;
  int status = 0;
  for (int waited = 0;; waited += 10) {
    pid_t done = waitpid(child, &status, WNOHANG);
    if (done == child)
      break;
    if (waited > timeoutSec * 1000) {
      kill(child, SIGKILL);
      waitpid(child, &status, 0);
      r.err = "timed out\n";
      status = -1;
      break;
    }
    timespec ts{0, 10 * 1000 * 1000};
    nanosleep(&ts, nullptr);
  }
  if (status != -1 && WIFEXITED(status))
    r.exitCode = WEXITSTATUS(status);
  r.out = readFile(outPath);
  r.err += readFile(errPath);
  close(outFd);
  close(errFd);
  unlink(outPath);
  unlink(errPath);
  return r;
}

Term makeClosure(ath_proc *p, ClosureCode code, std::initializer_list<Term> free) {
  std::vector<Term> f(free);
  HeapBuilder b(asProcess(p), 3 + f.size(), 0);
  uint64_t *w = b.words(3 + f.size());
  w[0] = ath_make_header(ATH_T_FUN, 2 + f.size());
  w[1] = reinterpret_cast<uint64_t>(code);
  w[2] = reinterpret_cast<uint64_t>(&kClosureInfo);
  for (size_t i = 0; i < f.size(); ++i)
    w[3 + i] = f[i];
  return ath_make_boxed(w);
}

Term receiveAny(ath_proc *p, int64_t timeoutMs) {
  return receiveMatching(p, [](Term) { return true; }, timeoutMs);
}

void say(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::vprintf(fmt, ap);
  va_end(ap);
}

std::string show(Term t) { return format::inspect(t); }

} // namespace athanor::test
