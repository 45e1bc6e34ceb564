// Placeholder quoted printer (replaced by the full front end).
#include "ast/QuotedPrinter.h"

namespace athanor::ast {
std::string printQuoted(const Node *) { return {}; }
std::string inspectAtom(const std::string &name) { return ":" + name; }
std::string inspectString(const std::string &bytes) { return "\"" + bytes + "\""; }
} // namespace athanor::ast
