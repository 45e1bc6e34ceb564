// QuotedPrinter: the AST as Elixir's `inspect/2` prints the quoted term (metadata stripped,
// `limit: :infinity, printable_limit: :infinity, charlists: :as_lists`, not pretty, so on
// one line). Atom, string and float spelling come from runtime/format/Quote (shared with
// the runtime's `inspect`); this file only knows the shapes of terms:
//   * a call is the 3-tuple `{head, [], args}` (`nil` args for variables);
//   * a 2-tuple prints literally, any other tuple as the call `{:{}, [], elems}`;
//   * a list whose elements are all `{atom, value}` with a non-alias atom is a keyword list
//     (`[do: x]`, `["a b": 1]`); every other list prints element by element.
// Iterative over an explicit stack, so a deep AST cannot overflow the C++ stack.
#include "ast/QuotedPrinter.h"

#include "format/Quote.h"

#include <string>
#include <vector>

namespace athanor::ast {

namespace {

bool isKeywordList(const Node *list) {
  for (const Node *e : list->items) {
    if (e->kind != Kind::Tuple || e->items.size() != 2 || e->items[0]->kind != Kind::Atom ||
        !format::isKeywordKey(e->items[0]->text))
      return false;
  }
  return true;
}

/// Work items: either a node to print or literal text to emit.
struct Work {
  const Node *node = nullptr;
  const char *text = nullptr;
  std::string owned; // text built on the fly (keyword keys)
};

} // namespace

std::string printQuoted(const Node *root) {
  std::string out;
  std::vector<Work> stack;
  stack.push_back({root, nullptr, {}});
  auto pushText = [&](const char *t) { stack.push_back({nullptr, t, {}}); };
  auto pushOwned = [&](std::string t) { stack.push_back({nullptr, nullptr, std::move(t)}); };
  // Items are pushed in reverse so they pop in order.
  auto pushSeq = [&](const std::vector<Node *> &items, bool keyword) {
    for (size_t k = items.size(); k-- > 0;) {
      if (keyword) {
        stack.push_back({items[k]->items[1], nullptr, {}});
        pushOwned(format::inspectAtomKey(items[k]->items[0]->text) + " ");
      } else {
        stack.push_back({items[k], nullptr, {}});
      }
      if (k > 0)
        pushText(", ");
    }
  };

  while (!stack.empty()) {
    Work w = std::move(stack.back());
    stack.pop_back();
    if (!w.node) {
      out += w.text ? w.text : w.owned.c_str();
      continue;
    }
    const Node *n = w.node;
    switch (n->kind) {
    case Kind::Integer:
      out += n->isBig ? n->text : std::to_string(n->ival);
      break;
    case Kind::Float:
      out += format::inspectFloat(n->fval);
      break;
    case Kind::Atom:
      out += format::inspectAtom(n->text);
      break;
    case Kind::String:
      out += format::inspectString(n->text);
      break;
    case Kind::List:
      out += '[';
      pushText("]");
      pushSeq(n->items, isKeywordList(n));
      break;
    case Kind::Tuple:
      if (n->items.size() == 2) {
        out += '{';
        pushText("}");
        pushSeq(n->items, false);
      } else {
        out += "{:{}, [], [";
        pushText("]}");
        pushSeq(n->items, false);
      }
      break;
    case Kind::Call:
      out += '{';
      pushText("}");
      if (n->argsNil) {
        pushText(", [], nil");
      } else {
        pushText("]");
        pushSeq(n->items, isKeywordList(n));
        pushText(", [], [");
      }
      if (n->callee)
        stack.push_back({n->callee, nullptr, {}});
      else
        out += format::inspectAtom(n->text);
      break;
    }
  }
  return out;
}

std::string inspectAtom(const std::string &name) { return format::inspectAtom(name); }

std::string inspectString(const std::string &bytes) { return format::inspectString(bytes); }

} // namespace athanor::ast
