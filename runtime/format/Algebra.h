// Document algebra for the pretty printer: a re-implementation of the subset of Elixir
// 1.14's Inspect.Algebra that Kernel.inspect/IO.inspect use (strings, concat, nest,
// strict and flex breaks, groups, forced lines) and its Wadler/Lindig-style `format/2`
// renderer, with the same fitting rules, so layouts match Elixir's byte for byte.
//
// Documents live in a DocArena and are referred to by DocId; building a document never
// copies sub-documents, and rendering is iterative (no recursion on document depth).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace athanor::format {

using DocId = uint32_t;

/// A width of kInfiniteWidth renders every group flat (Elixir's `:infinity`).
inline constexpr int64_t kInfiniteWidth = -1;

class DocArena {
public:
  DocArena();

  /// `:doc_nil`, the empty document.
  static constexpr DocId empty() { return 0; }
  /// A string; its width is its byte size, as in Elixir (not its grapheme count).
  DocId text(std::string_view s);
  /// `concat(a, b)`.
  DocId concat(DocId a, DocId b);
  DocId concat(std::initializer_list<DocId> docs);
  /// `nest(doc, indent)` (mode :always).
  DocId nest(DocId doc, int64_t indent);
  /// `break(s)`: a newline when its group is broken, else `s`.
  DocId strictBreak(std::string_view s = " ");
  /// `flex_break(s)`: a newline only if the text up to the next break does not fit.
  DocId flexBreak(std::string_view s = " ");
  /// `glue(a, s, b)` = concat(a, break(s), b); `flex_glue` likewise with a flex break.
  DocId glue(DocId a, std::string_view s, DocId b);
  DocId flexGlue(DocId a, std::string_view s, DocId b);
  /// `group(doc)` (mode :self).
  DocId group(DocId doc);
  /// `line()`, a forced newline.
  DocId line();

  /// Inspect.Algebra's private `simple?/1`: strings, empty and concatenations of those.
  bool isSimple(DocId d) const { return nodes_[d].simple; }
  bool isEmpty(DocId d) const { return d == empty(); }

  /// `Inspect.Algebra.format(doc, width)` rendered to a string (the top level is flat,
  /// as in Elixir; callers wrap the document in a group).
  std::string render(DocId doc, int64_t width) const;
  void renderTo(DocId doc, int64_t width, std::string &out) const;

private:
  enum class Kind : uint8_t { Nil, Text, Cons, Nest, Break, Group, Line };
  struct Node {
    Kind kind;
    bool flex;   // Break: flex (true) or strict
    bool simple; // see isSimple
    uint32_t a;  // Text/Break: offset in text_; Cons: left; Nest/Group: child
    uint64_t b;  // Text/Break: byte length; Cons: right; Nest: indent
  };
  enum class Mode : uint8_t { Flat, Break };
  struct Frame {
    int64_t indent;
    Mode mode;
    bool restoreMarker; // fits?'s {:tail, b?, t}: restores `sawBreak` when popped
    bool savedSawBreak;
    DocId doc;
  };

  DocId add(Node n);
  DocId addBreak(std::string_view s, bool flex);
  std::string_view textOf(const Node &n) const { return {text_.data() + n.a, n.b}; }
  bool fits(int64_t width, int64_t column, bool sawBreak, std::vector<Frame> &scratch,
            const std::vector<Frame> *rest) const;

  std::vector<Node> nodes_;
  std::string text_;
};

} // namespace athanor::format
