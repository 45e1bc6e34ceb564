// Document construction and Elixir 1.14's Inspect.Algebra.format/2 renderer (format/3 and
// fits?/4), run on explicit stacks. Comments quote the Elixir clauses each branch mirrors.
#include "format/Algebra.h"

#include <cassert>

namespace athanor::format {

DocArena::DocArena() {
  nodes_.reserve(64);
  nodes_.push_back(Node{Kind::Nil, false, true, 0, 0}); // DocId 0 is empty()
}

DocId DocArena::add(Node n) {
  nodes_.push_back(n);
  return static_cast<DocId>(nodes_.size() - 1);
}

DocId DocArena::text(std::string_view s) {
  assert(text_.size() + s.size() <= UINT32_MAX);
  uint32_t offset = static_cast<uint32_t>(text_.size());
  text_.append(s);
  return add(Node{Kind::Text, false, true, offset, s.size()});
}

DocId DocArena::concat(DocId a, DocId b) {
  // :doc_nil renders as nothing and is simple, so dropping it changes neither the output
  // nor simple?/1.
  if (a == empty())
    return b;
  if (b == empty())
    return a;
  return add(Node{Kind::Cons, false, nodes_[a].simple && nodes_[b].simple, a, b});
}

DocId DocArena::concat(std::initializer_list<DocId> docs) {
  DocId result = empty();
  for (DocId d : docs)
    result = concat(result, d);
  return result;
}

DocId DocArena::nest(DocId doc, int64_t indent) {
  if (indent == 0) // nest(doc, 0) returns doc
    return doc;
  return add(Node{Kind::Nest, false, false, doc, static_cast<uint64_t>(indent)});
}

DocId DocArena::addBreak(std::string_view s, bool flex) {
  DocId id = text(s);
  nodes_[id].kind = Kind::Break;
  nodes_[id].flex = flex;
  nodes_[id].simple = false;
  return id;
}

DocId DocArena::strictBreak(std::string_view s) { return addBreak(s, false); }
DocId DocArena::flexBreak(std::string_view s) { return addBreak(s, true); }

DocId DocArena::glue(DocId a, std::string_view s, DocId b) {
  return concat(a, concat(strictBreak(s), b));
}

DocId DocArena::flexGlue(DocId a, std::string_view s, DocId b) {
  return concat(a, concat(flexBreak(s), b));
}

DocId DocArena::group(DocId doc) { return add(Node{Kind::Group, false, false, doc, 0}); }

DocId DocArena::line() { return add(Node{Kind::Line, false, false, 0, 0}); }

// fits?(w, k, b?, entries): does the text up to the next possible line break fit in `w`
// columns? `scratch` holds the entries to examine first (top at the back); when it runs out,
// the entries of `rest` (the renderer's own stack, top at the back) follow. `sawBreak` is
// Elixir's b?: going past the width only fails once a break has been passed.
bool DocArena::fits(int64_t w, int64_t k, bool sawBreak, std::vector<Frame> &scratch,
                    const std::vector<Frame> *rest) const {
  size_t restLeft = rest ? rest->size() : 0;
  for (;;) {
    if (k > w && sawBreak) // fits?(w, k, b?, _) when k > w and b? -> false
      return false;
    Frame f;
    if (!scratch.empty()) {
      f = scratch.back();
      scratch.pop_back();
    } else if (restLeft > 0) {
      f = (*rest)[--restLeft];
    } else {
      return true; // fits?(_, _, _, []) -> true
    }
    if (f.restoreMarker) { // fits?(w, k, _, {:tail, b?, t}) -> fits?(w, k, b?, t)
      sawBreak = f.savedSawBreak;
      continue;
    }
    const Node &n = nodes_[f.doc];
    switch (n.kind) {
    case Kind::Nil:
      break;
    case Kind::Line:
      if (f.mode == Mode::Break) // [{_, :break, :doc_line} | _] -> true
        return true;
      k = f.indent; // [{i, _, :doc_line} | t] -> fits?(w, i, false, t)
      sawBreak = false;
      break;
    case Kind::Text:
      k += static_cast<int64_t>(n.b);
      break;
    case Kind::Break:
      if (f.mode == Mode::Break) // [{_, :break, {:doc_break, _, _}} | _] -> true
        return true;
      k += static_cast<int64_t>(n.b);
      sawBreak = true;
      break;
    case Kind::Nest:
      scratch.push_back(Frame{f.indent + static_cast<int64_t>(n.b), f.mode, false, false, n.a});
      break;
    case Kind::Cons:
      scratch.push_back(Frame{f.indent, f.mode, false, false, static_cast<DocId>(n.b)});
      scratch.push_back(Frame{f.indent, f.mode, false, false, n.a});
      break;
    case Kind::Group:
      // Both [{i, :break, group} | t] and [{i, :flat, group} | t] continue with
      // [{i, :flat, x} | {:tail, b?, t}].
      scratch.push_back(Frame{0, Mode::Flat, true, sawBreak, 0});
      scratch.push_back(Frame{f.indent, Mode::Flat, false, false, n.a});
      break;
    }
  }
}

void DocArena::renderTo(DocId doc, int64_t width, std::string &out) const {
  const bool infinite = width < 0;
  std::vector<Frame> stack;
  std::vector<Frame> scratch;
  stack.push_back(Frame{0, Mode::Flat, false, false, doc}); // format(doc, w): {0, :flat, doc}
  int64_t k = 0;
  auto newline = [&](int64_t indent) {
    out += '\n';
    out.append(static_cast<size_t>(indent), ' ');
    k = indent;
  };
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    const Node &n = nodes_[f.doc];
    switch (n.kind) {
    case Kind::Nil:
      break;
    case Kind::Line:
      newline(f.indent);
      break;
    case Kind::Text:
      out.append(textOf(n));
      k += static_cast<int64_t>(n.b);
      break;
    case Kind::Break:
      if (n.flex) {
        // k = k + byte_size(s); if w == :infinity or m == :flat or fits?(w, k, true, t)
        k += static_cast<int64_t>(n.b);
        scratch.clear();
        if (infinite || f.mode == Mode::Flat || fits(width, k, true, scratch, &stack))
          out.append(textOf(n));
        else
          newline(f.indent);
      } else if (f.mode == Mode::Break) {
        newline(f.indent);
      } else {
        out.append(textOf(n));
        k += static_cast<int64_t>(n.b);
      }
      break;
    case Kind::Nest:
      stack.push_back(Frame{f.indent + static_cast<int64_t>(n.b), f.mode, false, false, n.a});
      break;
    case Kind::Cons:
      stack.push_back(Frame{f.indent, f.mode, false, false, static_cast<DocId>(n.b)});
      stack.push_back(Frame{f.indent, f.mode, false, false, n.a});
      break;
    case Kind::Group: {
      // w == :infinity or fits?(w, k, false, [{i, :flat, x}]): flat, else break.
      bool flat = infinite;
      if (!flat) {
        scratch.clear();
        scratch.push_back(Frame{f.indent, Mode::Flat, false, false, n.a});
        flat = fits(width, k, false, scratch, nullptr);
      }
      stack.push_back(Frame{f.indent, flat ? Mode::Flat : Mode::Break, false, false, n.a});
      break;
    }
    }
  }
}

std::string DocArena::render(DocId doc, int64_t width) const {
  std::string out;
  renderTo(doc, width, out);
  return out;
}

} // namespace athanor::format
