// Differential tests of the pure BIFs: every line of tests/unit/cases/*.cases is a call
// in Elixir syntax whose result real Elixir 1.14 computed into the matching .expected line
// (cases/gen_expected.exs). Each file runs in one test process, so the collector runs
// between calls as the heap grows.
#include "bif_test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace {

using namespace athanor;

std::vector<std::string> readLines(const std::filesystem::path &path, bool casesFile) {
  std::ifstream in(path);
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    if (casesFile) {
      size_t start = line.find_first_not_of(' ');
      if (start == std::string::npos || line[start] == '#')
        continue;
    }
    out.push_back(line);
  }
  return out;
}

class CaseFile : public ::testing::TestWithParam<std::string> {};

TEST_P(CaseFile, MatchesElixir) {
  std::filesystem::path cases = std::filesystem::path(ATH_CASES_DIR) / (GetParam() + ".cases");
  std::filesystem::path expected = cases;
  expected.replace_extension(".expected");
  auto lines = readLines(cases, true);
  auto want = readLines(expected, false);
  ASSERT_EQ(lines.size(), want.size()) << "regenerate " << expected;
  test::TestProcess proc;
  format::test::TermHeap heap;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string got;
    try {
      got = test::runCase(proc.proc(), heap, lines[i]);
    } catch (const std::exception &) {
      got = "parse error";
    }
    EXPECT_EQ(got, want[i]) << "  case: " << lines[i];
  }
}

std::vector<std::string> caseFiles() {
  std::vector<std::string> names;
  for (auto &e : std::filesystem::directory_iterator(ATH_CASES_DIR))
    if (e.path().extension() == ".cases")
      names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Bifs, CaseFile, ::testing::ValuesIn(caseFiles()),
                         [](const auto &info) { return info.param; });

} // namespace
