// main() of the unit test executables. Defined here rather than taken from gtest_main so
// that the runtime library's own main (sys/Start.cpp, which starts the scheduler) is never
// pulled out of the archive.
#include <gtest/gtest.h>

int main(int argc, char **argv) {
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
