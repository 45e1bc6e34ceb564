// Child processes and temporary directories for the driver (linking, `athanor run`).
#pragma once

#include <string>
#include <vector>

namespace athanor::driver {

/// Runs argv[0] (searched in PATH) with the given arguments, inheriting stdio, and waits.
/// Returns its exit code, 128 + N if signal N killed it, or 127 if it could not start.
int runProcess(const std::vector<std::string> &argv);

/// A private directory under $TMPDIR (or /tmp), removed with its contents on destruction.
class TempDir {
public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir &) = delete;
  TempDir &operator=(const TempDir &) = delete;
  bool ok() const { return !path_.empty(); }
  const std::string &path() const { return path_; }

private:
  std::string path_;
};

} // namespace athanor::driver
