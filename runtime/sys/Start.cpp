// The program's entry point: configures stdio and hands control to the scheduler, which
// runs the program's top level (ath_program_main, emitted by the compiler) as the main
// process. The program ends when the main process ends.
#include "sched/Scheduler.h"

#include <clocale>
#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv) {
  // stdout is block-buffered into pipes and files and line-buffered on terminals, as
  // Elixir's output appears; it is flushed when the program ends.
  if (isatty(STDOUT_FILENO))
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
  else
    std::setvbuf(stdout, nullptr, _IOFBF, 1 << 16);
  athanor::rt::runtimeMain(&ath_program_main, argc, argv);
}
