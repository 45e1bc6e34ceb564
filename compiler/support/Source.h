// Source files and positions.
//
// A SourceManager owns the text of every file the compiler reads (the driver loads them;
// the compiler core never does I/O). A SourceLoc names a file by index plus a 1-based
// line and column (columns count bytes, as Elixir's tokenizer reports them for ASCII).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace athanor {

struct SourceLoc {
  uint32_t file = 0;
  uint32_t line = 0; // 1-based; 0 = unknown
  uint32_t col = 0;  // 1-based
};

class SourceManager {
public:
  /// Registers a file's contents under a display name; returns its index.
  uint32_t add(std::string name, std::string text);

  const std::string &name(uint32_t file) const { return files_[file].name; }
  const std::string &text(uint32_t file) const { return files_[file].text; }
  size_t fileCount() const { return files_.size(); }

  /// The text of line `line` (1-based) without its newline; empty if out of range.
  std::string_view lineText(uint32_t file, uint32_t line) const;

private:
  struct File {
    std::string name;
    std::string text;
    std::vector<size_t> lineStarts; // byte offset of each line's first byte
  };
  std::vector<File> files_;
};

} // namespace athanor
