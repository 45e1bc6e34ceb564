// Macro.inspect_atom/2 of Elixir 1.14: classifies an atom's name (alias, identifier,
// operator, other) the way Macro.classify_atom/1 and String.Tokenizer do, then quotes it.
#include "format/AtomText.h"

#include "format/TextEscape.h"

#include <cstdlib>
#include <utf8proc.h>

namespace athanor::format::detail {

namespace {

// Macro's private inner_classify/1 results.
enum class AtomKind { NotCallable, QuotedOperator, UnquotedOperator, Alias, Identifier, Other };

bool isOneOf(std::string_view name, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (name == s)
      return true;
  return false;
}

// Code.Identifier.unary_op/1 and binary_op/1 (minus `//`, which is not an operator name).
bool isOperatorName(std::string_view name) {
  return isOneOf(name, {"&", "!", "^", "not", "+", "-", "~~~", "@"}) ||
         isOneOf(name, {"<-", "\\\\", "when", "::", "|", "=", "||", "|||", "or", "&&", "&&&",
                        "and", "==", "!=", "=~", "===", "!==", "<", "<=", ">=", ">", "|>",
                        "<<<", ">>>", "<~", "~>", "<<~", "~>>", "<~>", "<|>", "in", "^^^",
                        "++", "--", "..", "<>", "+++", "---", "+", "-", "*", "/", "**", "."});
}

bool isAsciiUpper(uint32_t c) { return c >= 'A' && c <= 'Z'; }
bool isAsciiLower(uint32_t c) { return c >= 'a' && c <= 'z'; }
bool isAsciiDigit(uint32_t c) { return c >= '0' && c <= '9'; }
bool isAsciiIdentifierChar(uint32_t c) {
  return isAsciiUpper(c) || isAsciiLower(c) || isAsciiDigit(c) || c == '_';
}

// Macro's valid_alias?/1: "Elixir" followed by zero or more ".Upper[A-Za-z0-9_]*".
bool isValidAlias(std::string_view name) {
  if (!name.starts_with("Elixir"))
    return false;
  size_t i = 6;
  while (i < name.size()) {
    if (name[i] != '.' || i + 1 >= name.size() || !isAsciiUpper(name[i + 1]))
      return false;
    i += 2;
    while (i < name.size() && isAsciiIdentifierChar(static_cast<unsigned char>(name[i])))
      ++i;
  }
  return true;
}

// Unicode classes of String.Tokenizer (UAX #31 identifiers), approximated by category.
bool isUnicodeUpper(uint32_t c) {
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}
bool isUnicodeStart(uint32_t c) {
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LM ||
         cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_NL;
}
bool isUnicodeContinue(uint32_t c) {
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC ||
         cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_PC;
}

// A coarse script of a letter, for the tokenizer's mixed-script rejection. 0 = common.
enum Script : int { kCommon = 0, kLatin, kGreek, kCyrillic, kCjk, kOtherBase };
int scriptOf(uint32_t c) {
  if (isAsciiUpper(c) || isAsciiLower(c) || c == 0xAA || c == 0xBA ||
      (c >= 0xC0 && c <= 0x2AF && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF))
    return kLatin;
  if ((c >= 0x370 && c <= 0x3FF) || (c >= 0x1F00 && c <= 0x1FFF))
    return kGreek;
  if (c >= 0x400 && c <= 0x52F)
    return kCyrillic;
  if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3040 && c <= 0x312F) ||
      (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
      (c >= 0xAC00 && c <= 0xD7AF))
    return kCjk;
  if (c < 0x80 || isUnicodeContinue(c))
    return kCommon;
  return kOtherBase + static_cast<int>(c >> 7); // one pseudo-script per 128-code-point block
}

// Letters of scripts that Unicode's identifier profile (UTS #39) excludes, which Elixir's
// tokenizer rejects in identifiers: Coptic (also inside the Greek block), Runic, Ogham,
// Gothic and the other historic scripts of the supplementary planes below CJK.
bool isExcludedScript(uint32_t c) {
  return (c >= 0x3E2 && c <= 0x3EF) || (c >= 0x2C80 && c <= 0x2CFF) ||
         (c >= 0x1680 && c <= 0x16FF) || (c >= 0x10000 && c <= 0x1FFFF);
}

// Highly restrictive identifiers: one script, or Latin together with CJK scripts.
bool scriptsAreAllowed(int a, int b) {
  return a == kCommon || b == kCommon || a == b || (a == kLatin && b == kCjk) ||
         (a == kCjk && b == kLatin);
}

bool isNfcNormalized(std::string_view name) {
  utf8proc_uint8_t *nfc = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t *>(
      std::string(name).c_str()));
  if (!nfc)
    return false;
  bool same = name == reinterpret_cast<const char *>(nfc);
  free(nfc);
  return same;
}

// String.Tokenizer.tokenize/1 followed by inner_classify's interpretation of its result.
AtomKind classifyByTokenizer(std::string_view name) {
  uint32_t c;
  size_t n = decodeUtf8(name, c);
  if (n == 0)
    return AtomKind::Other;
  bool identifierKind; // the tokenizer's :identifier, as opposed to :alias / :atom
  if (isAsciiUpper(c))
    identifierKind = false;
  else if (isAsciiLower(c) || c == '_')
    identifierKind = true;
  else if (c >= 0x80 && isUnicodeUpper(c))
    identifierKind = false;
  else if (c >= 0x80 && isUnicodeStart(c))
    identifierKind = true;
  else
    return AtomKind::Other;
  if (isExcludedScript(c))
    return AtomKind::Other;

  bool asciiOnly = c < 0x80;
  bool sawAt = false;
  int script = scriptOf(c);
  size_t i = n;
  while (i < name.size()) {
    n = decodeUtf8(name.substr(i), c);
    if (n == 0)
      return AtomKind::Other;
    if (c == '!' || c == '?') {
      i += n;
      break; // punctuation ends the identifier: anything after it is left over
    }
    if (c == '@') {
      sawAt = true;
    } else if (c < 0x80) {
      if (!isAsciiIdentifierChar(c))
        break;
    } else if (isExcludedScript(c)) {
      return AtomKind::Other;
    } else if (isUnicodeStart(c) || isUnicodeUpper(c) || isUnicodeContinue(c)) {
      asciiOnly = false;
    } else {
      return AtomKind::Other;
    }
    int s = scriptOf(c);
    if (!scriptsAreAllowed(script, s))
      return AtomKind::Other; // mixed-script identifiers are rejected by the tokenizer
    if (script == kCommon || (script == kCjk && s == kLatin))
      script = s;
    i += n;
  }
  if (i < name.size())
    return AtomKind::Other;
  if (!identifierKind || sawAt)
    return AtomKind::NotCallable;
  if (!asciiOnly && !isNfcNormalized(name))
    return AtomKind::Other;
  return AtomKind::Identifier;
}

// Macro's inner_classify/1.
AtomKind classify(std::string_view name) {
  if (isOneOf(name, {"%", "%{}", "{}", "<<>>", "...", "..", ".", "..//", "->"}))
    return AtomKind::NotCallable;
  if (isOneOf(name, {"::", "^^^", "~~~", "<|>"}))
    return AtomKind::QuotedOperator;
  if (isOperatorName(name))
    return AtomKind::UnquotedOperator;
  if (isValidAlias(name))
    return AtomKind::Alias;
  return classifyByTokenizer(name);
}

void appendQuoted(std::string_view name, std::string &out) {
  out += '"';
  appendEscaped(name, '"', kNoLimit, out);
  out += '"';
}

} // namespace

void appendAtomLiteral(std::string_view name, std::string &out) {
  if (name == "nil" || name == "true" || name == "false") {
    out += name;
    return;
  }
  switch (classify(name)) {
  case AtomKind::Alias:
    if (name == "Elixir" || name == "Elixir.Elixir" || name.starts_with("Elixir.Elixir."))
      out += name;
    else
      out += name.substr(7); // drop "Elixir."
    return;
  case AtomKind::Identifier:
  case AtomKind::UnquotedOperator:
  case AtomKind::NotCallable:
    out += ':';
    out += name;
    return;
  case AtomKind::QuotedOperator:
  case AtomKind::Other:
    out += ':';
    appendQuoted(name, out);
    return;
  }
}

void appendAtomKey(std::string_view name, std::string &out) {
  switch (classify(name)) {
  case AtomKind::Alias:
    out += '"';
    out += name;
    out += '"';
    break;
  case AtomKind::Identifier:
  case AtomKind::UnquotedOperator:
  case AtomKind::NotCallable:
    out += name;
    break;
  case AtomKind::QuotedOperator:
  case AtomKind::Other:
    appendQuoted(name, out);
    break;
  }
  out += ':';
}

void appendAtomRemoteCall(std::string_view name, std::string &out) {
  switch (classify(name)) {
  case AtomKind::Identifier:
  case AtomKind::UnquotedOperator:
  case AtomKind::QuotedOperator:
    out += name;
    return;
  case AtomKind::NotCallable:
  case AtomKind::Alias:
    out += '"';
    out += name;
    out += '"';
    return;
  case AtomKind::Other:
    appendQuoted(name, out);
    return;
  }
}

bool extractAnonymousFunParent(std::string_view name, std::string_view &parent,
                               std::string_view &arity) {
  if (!name.starts_with('-'))
    return false;
  name.remove_prefix(1);
  size_t slash = name.rfind('/');
  if (slash == std::string_view::npos)
    return false;
  // The part after the last '/' must split on '-' into [arity, inner, count, ""].
  std::string_view trailing = name.substr(slash + 1);
  size_t first = trailing.find('-');
  size_t second = first == std::string_view::npos ? first : trailing.find('-', first + 1);
  size_t third = second == std::string_view::npos ? second : trailing.find('-', second + 1);
  if (third == std::string_view::npos || third + 1 != trailing.size())
    return false;
  parent = name.substr(0, slash);
  arity = trailing.substr(0, first);
  return true;
}

} // namespace athanor::format::detail
