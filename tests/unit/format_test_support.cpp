// The program tables a runtime expects (atoms, structs) for the formatting tests, plus the
// hand-built term heap and the Elixir term syntax parser of format_test_support.h.
#include "format_test_support.h"

#include "format/TextEscape.h"
#include "term/Atoms.h"
#include "term/Compare.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>
#include <gmp.h>
#include <gtest/gtest.h>

// ---- Program tables: atoms.def first, then the atoms the test structs need ----

namespace {

constexpr ath_term fixedAtom(uint32_t index) { return (ath_term(index) << 3) | ATH_TAG_ATOM; }

#define A(id) fixedAtom(ATH_ATOM_INDEX_##id)
#define X(id) fixedAtom(kAtom_##id)

const ath_term kUserFields[] = {A(name), X(age)};
const ath_term kConfigFields[] = {X(host), X(port), X(options), X(tags)};
const ath_term kMyErrorFields[] = {A(message), X(code)};
const ath_term kMessageFields[] = {A(message)};
const ath_term kKeyErrorFields[] = {A(key), A(term), A(message)};
const ath_term kTermFields[] = {A(term)};
const ath_term kFunctionClauseFields[] = {A(module), A(function), A(arity),
                                          A(kind),   A(args),     A(clauses)};
const ath_term kUndefinedFunctionFields[] = {A(module), A(function), A(arity), A(reason),
                                             A(message)};
const ath_term kBadArityFields[] = {A(function), A(args)};
const ath_term kErlangErrorFields[] = {A(original), A(reason)};
const ath_term kProtocolFields[] = {A(protocol), A(value), A(description)};
const ath_term kBadStructFields[] = {X(struct_), A(term)};
const ath_term kBadBooleanFields[] = {A(term), X(operator_)};
const ath_term kUnicodeFields[] = {X(encoded), A(message)};
const ath_term kRangeFields[] = {A(first), A(last), A(step)};
const ath_term kMapSetFields[] = {A(map), X(version)};

template <size_t N>
constexpr ath_struct_info structEntry(ath_term module, const ath_term (&fields)[N],
                                      bool exception, const ath_term *defaults = nullptr) {
  return ath_struct_info{module, static_cast<uint32_t>(N), exception ? 1u : 0u, fields,
                         defaults, nullptr, 0, 0};
}

// A binary literal in static memory, as the compiler emits them (static terms are never
// copied or collected).
template <size_t N> struct alignas(8) StaticBinary {
  uint64_t header;
  uint64_t size;
  char bytes[(N + 8) / 8 * 8];
  constexpr StaticBinary(const char (&s)[N + 1])
      : header((uint64_t(1 + (N + 7) / 8) << 12) | (uint64_t(ATH_T_BINARY) << 6) |
               (uint64_t(ATH_SUB_HEADER) << 3) | ATH_TAG_IMM),
        size(N), bytes{} {
    for (size_t i = 0; i < N; ++i)
      bytes[i] = s[i];
  }
  ath_term term() const { return reinterpret_cast<ath_term>(this); }
};
template <size_t M> StaticBinary(const char (&)[M]) -> StaticBinary<M - 1>;

constexpr ath_term kNilAtom = fixedAtom(ATH_ATOM_INDEX_nil);
const StaticBinary kRuntimeErrorText("runtime error");
const StaticBinary kArgumentErrorText("argument error");
const StaticBinary kArithmeticErrorText("bad argument in arithmetic expression");
const StaticBinary kSystemLimitText("a system limit has been reached");
const StaticBinary kEmptyErrorText("empty error");
const StaticBinary kOutOfBoundsText("out of bounds error");
const StaticBinary kEmptyText("");
const ath_term kRuntimeErrorDefaults[] = {kRuntimeErrorText.term()};
const ath_term kArgumentErrorDefaults[] = {kArgumentErrorText.term()};
const ath_term kArithmeticErrorDefaults[] = {kArithmeticErrorText.term()};
const ath_term kSystemLimitDefaults[] = {kSystemLimitText.term()};
const ath_term kEmptyErrorDefaults[] = {kEmptyErrorText.term()};
const ath_term kOutOfBoundsDefaults[] = {kOutOfBoundsText.term()};
const ath_term kProtocolDefaults[] = {kNilAtom, kNilAtom, kEmptyText.term()};

} // namespace

extern "C" {

const ath_atom_entry ath_static_atoms[] = {
#define ATOM(id, text) {text, sizeof(text) - 1},
#include "athanor/atoms.def"
#undef ATOM
#define ATH_EXTRA_ENTRY(id, text) {text, sizeof(text) - 1},
    ATH_TEST_EXTRA_ATOMS(ATH_EXTRA_ENTRY)
#undef ATH_EXTRA_ENTRY
};
const uint32_t ath_static_atom_count = sizeof(ath_static_atoms) / sizeof(ath_static_atoms[0]);

const ath_struct_info ath_struct_table[] = {
    structEntry(X(Elixir_User), kUserFields, false),
    structEntry(X(Elixir_Config), kConfigFields, false),
    structEntry(X(Elixir_MyError), kMyErrorFields, true),
    structEntry(A(Elixir_RuntimeError), kMessageFields, true, kRuntimeErrorDefaults),
    structEntry(A(Elixir_ArgumentError), kMessageFields, true, kArgumentErrorDefaults),
    structEntry(A(Elixir_ArithmeticError), kMessageFields, true, kArithmeticErrorDefaults),
    structEntry(A(Elixir_SystemLimitError), kMessageFields, true, kSystemLimitDefaults),
    structEntry(A(Elixir_Enum_EmptyError), kMessageFields, true, kEmptyErrorDefaults),
    structEntry(A(Elixir_Enum_OutOfBoundsError), kMessageFields, true, kOutOfBoundsDefaults),
    structEntry(A(Elixir_KeyError), kKeyErrorFields, true),
    structEntry(A(Elixir_MatchError), kTermFields, true),
    ath_struct_info{A(Elixir_CondClauseError), 0, 1, nullptr, nullptr, nullptr, 0, 0},
    structEntry(A(Elixir_CaseClauseError), kTermFields, true),
    structEntry(A(Elixir_WithClauseError), kTermFields, true),
    structEntry(A(Elixir_TryClauseError), kTermFields, true),
    structEntry(A(Elixir_BadMapError), kTermFields, true),
    structEntry(A(Elixir_BadFunctionError), kTermFields, true),
    structEntry(A(Elixir_FunctionClauseError), kFunctionClauseFields, true),
    structEntry(A(Elixir_UndefinedFunctionError), kUndefinedFunctionFields, true),
    structEntry(A(Elixir_BadArityError), kBadArityFields, true),
    structEntry(A(Elixir_ErlangError), kErlangErrorFields, true),
    structEntry(A(Elixir_Protocol_UndefinedError), kProtocolFields, true, kProtocolDefaults),
    structEntry(A(Elixir_BadStructError), kBadStructFields, true),
    structEntry(X(Elixir_BadBooleanError), kBadBooleanFields, true),
    structEntry(A(Elixir_UnicodeConversionError), kUnicodeFields, true),
    structEntry(A(Elixir_Range), kRangeFields, false),
    structEntry(A(Elixir_MapSet), kMapSetFields, false),
};
const uint32_t ath_struct_count = sizeof(ath_struct_table) / sizeof(ath_struct_table[0]);

} // extern "C"

#undef A
#undef X

namespace athanor::format::test {

// ---- TermHeap ----

uint64_t *TermHeap::allocate(size_t words) {
  blocks_.push_back(std::make_unique<uint64_t[]>(words));
  return blocks_.back().get();
}

Term TermHeap::integer(int64_t v) {
  if (ath_fits_small(v))
    return ath_make_small(v);
  return bigInteger(std::to_string(v));
}

Term TermHeap::bigInteger(std::string_view digits) {
  mpz_t z;
  mpz_init_set_str(z, std::string(digits).c_str(), 10);
  if (mpz_fits_slong_p(z) && ath_fits_small(mpz_get_si(z))) {
    Term t = ath_make_small(mpz_get_si(z));
    mpz_clear(z);
    return t;
  }
  size_t limbs = mpz_size(z);
  uint64_t *p = allocate(1 + limbs);
  p[0] = ath_make_header(mpz_sgn(z) < 0 ? ATH_T_BIGNEG : ATH_T_BIGPOS, limbs);
  for (size_t i = 0; i < limbs; ++i)
    p[1 + i] = mpz_getlimbn(z, static_cast<mp_size_t>(i));
  mpz_clear(z);
  return ath_make_boxed(p);
}

Term TermHeap::floating(double v) {
  uint64_t *p = allocate(2);
  p[0] = ath_make_header(ATH_T_FLOAT, 1);
  std::memcpy(p + 1, &v, sizeof v);
  return ath_make_boxed(p);
}

Term TermHeap::atom(std::string_view name) { return rt::internAtom(name); }

Term TermHeap::binary(std::string_view bytes) {
  size_t words = 1 + (bytes.size() + 7) / 8;
  uint64_t *p = allocate(1 + words);
  p[0] = ath_make_header(ATH_T_BINARY, words);
  p[1] = bytes.size();
  std::memcpy(p + 2, bytes.data(), bytes.size());
  return ath_make_boxed(p);
}

Term TermHeap::tuple(const std::vector<Term> &elements) {
  uint64_t *p = allocate(1 + elements.size());
  p[0] = ath_make_header(ATH_T_TUPLE, elements.size());
  std::copy(elements.begin(), elements.end(), p + 1);
  return ath_make_boxed(p);
}

Term TermHeap::list(const std::vector<Term> &elements, Term tail) {
  if (elements.empty())
    return tail;
  uint64_t *cells = allocate(2 * elements.size());
  for (size_t i = 0; i < elements.size(); ++i) {
    cells[2 * i] = elements[i];
    cells[2 * i + 1] =
        i + 1 < elements.size() ? ath_make_cons_ptr(cells + 2 * (i + 1)) : tail;
  }
  return ath_make_cons_ptr(cells);
}

Term TermHeap::map(std::vector<std::pair<Term, Term>> entries) {
  std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
    return rt::compareExact(a.first, b.first) < 0;
  });
  size_t n = entries.size();
  uint64_t *p = allocate(1 + 2 * n);
  p[0] = ath_make_header(ATH_T_MAP, 2 * n);
  for (size_t i = 0; i < n; ++i) {
    p[1 + i] = entries[i].first;
    p[1 + n + i] = entries[i].second;
  }
  return ath_make_boxed(p);
}

Term TermHeap::reference(uint64_t a, uint64_t b) {
  uint64_t *p = allocate(3);
  p[0] = ath_make_header(ATH_T_REF, 2);
  p[1] = a;
  p[2] = b;
  return ath_make_boxed(p);
}

Term TermHeap::function(const ath_fun_info *info) {
  uint64_t *p = allocate(3);
  p[0] = ath_make_header(ATH_T_FUN, 2);
  p[1] = 0;
  p[2] = reinterpret_cast<uint64_t>(info);
  return ath_make_boxed(p);
}

// ---- Parser ----

namespace {

class Parser {
public:
  Parser(TermHeap &heap, std::string_view text) : heap_(heap), s_(text) {}

  Term parseAll() {
    Term t = value();
    skipSpace();
    if (i_ != s_.size())
      fail("trailing text");
    return t;
  }

private:
  [[noreturn]] void fail(const char *what) {
    ADD_FAILURE() << "term parse error (" << what << ") at " << i_ << " in: " << s_;
    throw std::runtime_error("parse error");
  }

  void skipSpace() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n'))
      ++i_;
  }
  bool startsWith(std::string_view p) const { return s_.substr(i_).starts_with(p); }
  bool accept(std::string_view p) {
    skipSpace();
    if (!startsWith(p))
      return false;
    i_ += p.size();
    return true;
  }
  void expect(std::string_view p) {
    if (!accept(p))
      fail("expected punctuation");
  }
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  static bool isDelimiter(char c) {
    return c == ',' || c == ' ' || c == ']' || c == '}' || c == '\n' || c == '\0';
  }

  Term value() {
    skipSpace();
    char c = peek();
    if (c == '[')
      return listValue();
    if (c == '{')
      return tupleValue();
    if (startsWith("%{"))
      return mapValue();
    if (startsWith("<<"))
      return binaryValue();
    if (c == '"')
      return heap_.binary(quoted());
    if (c == ':')
      return atomValue();
    if (startsWith("#PID<"))
      return pidValue();
    if (startsWith("#Reference<"))
      return referenceValue();
    if (c == '-' || (c >= '0' && c <= '9'))
      return numberValue();
    return bareWordAtom();
  }

  // `true`, `nil`, `Foo.Bar` (an alias: the atom "Elixir.Foo.Bar").
  Term bareWordAtom() {
    size_t start = i_;
    while (!isDelimiter(peek()) && peek() != ':')
      ++i_;
    std::string_view word = s_.substr(start, i_ - start);
    if (word.empty())
      fail("unexpected character");
    if (word[0] >= 'A' && word[0] <= 'Z' && word != "Elixir")
      return heap_.atom("Elixir." + std::string(word));
    return heap_.atom(word);
  }

  Term atomValue() {
    ++i_; // ':'
    if (peek() == '"')
      return heap_.atom(quoted());
    size_t start = i_;
    while (!isDelimiter(peek()))
      ++i_;
    return heap_.atom(s_.substr(start, i_ - start));
  }

  Term numberValue() {
    size_t start = i_;
    if (peek() == '-')
      ++i_;
    bool isFloat = false;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '.' && i_ + 1 < s_.size() && s_[i_ + 1] >= '0' && s_[i_ + 1] <= '9')
        isFloat = true;
      else if (c == 'e' && isFloat)
        ;
      else if (c == '-' && s_[i_ - 1] == 'e')
        ;
      else if (!(c >= '0' && c <= '9'))
        break;
      ++i_;
    }
    std::string text(s_.substr(start, i_ - start));
    if (isFloat)
      return heap_.floating(std::strtod(text.c_str(), nullptr));
    return heap_.bigInteger(text);
  }

  uint64_t decimal() {
    skipSpace();
    uint64_t v = 0;
    auto r = std::from_chars(s_.data() + i_, s_.data() + s_.size(), v);
    if (r.ec != std::errc())
      fail("expected a number");
    i_ = static_cast<size_t>(r.ptr - s_.data());
    return v;
  }

  Term pidValue() {
    i_ += 5;
    decimal();
    expect(".");
    uint64_t id = decimal();
    expect(".");
    decimal();
    expect(">");
    return ath_make_pid(id);
  }

  Term referenceValue() {
    i_ += 11;
    decimal();
    expect(".");
    decimal();
    expect(".");
    uint64_t a = decimal();
    expect(".");
    uint64_t b = decimal();
    expect(">");
    return heap_.reference(a, b);
  }

  unsigned hexValue(std::string_view digits) {
    unsigned v = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), v, 16);
    return v;
  }

  // A double-quoted string with Elixir's escapes; returns its bytes.
  std::string quoted() {
    ++i_; // opening quote
    std::string out;
    for (;;) {
      if (i_ >= s_.size())
        fail("unterminated string");
      char c = s_[i_++];
      if (c == '"')
        return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      char e = s_[i_++];
      switch (e) {
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'd': out += '\x7f'; break;
      case 'e': out += '\x1b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 's': out += ' '; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': out += '\0'; break;
      case 'x':
        if (peek() == '{') {
          size_t close = s_.find('}', i_);
          detail::appendUtf8(hexValue(s_.substr(i_ + 1, close - i_ - 1)), out);
          i_ = close + 1;
        } else {
          out += static_cast<char>(hexValue(s_.substr(i_, 2)));
          i_ += 2;
        }
        break;
      case 'u':
        detail::appendUtf8(hexValue(s_.substr(i_, 4)), out);
        i_ += 4;
        break;
      default: out += e; break; // \" \\ \# \'
      }
    }
  }

  Term binaryValue() {
    i_ += 2;
    std::string bytes;
    if (!accept(">>")) {
      do
        bytes += static_cast<char>(decimal());
      while (accept(","));
      expect(">>");
    }
    return heap_.binary(bytes);
  }

  // A keyword key (`name: ` or `"quoted": `) at the current position, if there is one.
  bool keywordKey(Term &key) {
    skipSpace();
    size_t save = i_;
    std::string name;
    if (peek() == '"') {
      name = quoted();
    } else {
      while (!isDelimiter(peek()) && peek() != ':' && peek() != '"')
        ++i_;
      name = std::string(s_.substr(save, i_ - save));
    }
    bool identifier = !name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) ||
                                        name[0] == '_' || s_[save] == '"');
    if (identifier && startsWith(": ")) {
      i_ += 2;
      key = heap_.atom(name);
      return true;
    }
    i_ = save;
    return false;
  }

  Term listValue() {
    expect("[");
    std::vector<Term> elements;
    Term tail = ATH_NIL;
    if (!accept("]")) {
      do {
        Term key;
        if (keywordKey(key))
          elements.push_back(heap_.tuple({key, value()}));
        else
          elements.push_back(value());
        if (accept("|")) {
          tail = value();
          break;
        }
      } while (accept(","));
      expect("]");
    }
    return heap_.list(elements, tail);
  }

  Term tupleValue() {
    expect("{");
    std::vector<Term> elements;
    if (!accept("}")) {
      do
        elements.push_back(value());
      while (accept(","));
      expect("}");
    }
    return heap_.tuple(elements);
  }

  Term mapValue() {
    expect("%{");
    std::vector<std::pair<Term, Term>> entries;
    if (!accept("}")) {
      do {
        Term key;
        if (keywordKey(key)) {
          entries.emplace_back(key, value());
        } else {
          key = value();
          expect("=>");
          entries.emplace_back(key, value());
        }
      } while (accept(","));
      expect("}");
    }
    return heap_.map(std::move(entries));
  }

  TermHeap &heap_;
  std::string_view s_;
  size_t i_ = 0;
};

} // namespace

Term TermHeap::parse(std::string_view text) { return Parser(*this, text).parseAll(); }

InspectOptions parseInspectOptions(std::string_view text) {
  InspectOptions o;
  auto number = [](std::string_view v) {
    if (v == ":infinity")
      return kInfinity;
    int64_t n = 0;
    std::from_chars(v.data(), v.data() + v.size(), n);
    return n;
  };
  while (!text.empty()) {
    size_t comma = text.find(',');
    std::string_view item = text.substr(0, comma);
    text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    while (item.starts_with(' '))
      item.remove_prefix(1);
    size_t colon = item.find(": ");
    std::string_view key = item.substr(0, colon), value = item.substr(colon + 2);
    if (key == "pretty")
      o.pretty = value == "true";
    else if (key == "width")
      o.width = number(value);
    else if (key == "limit")
      o.limit = number(value);
    else if (key == "printable_limit")
      o.printableLimit = number(value);
    else if (key == "structs")
      o.structs = value == "true";
    else if (key == "charlists")
      o.charlists = value == ":as_lists"        ? CharlistsMode::AsLists
                    : value == ":as_charlists" ? CharlistsMode::AsCharlists
                                               : CharlistsMode::Infer;
    else if (key == "binaries")
      o.binaries = value == ":as_strings"    ? BinariesMode::AsStrings
                   : value == ":as_binaries" ? BinariesMode::AsBinaries
                                             : BinariesMode::Infer;
    else if (key == "base")
      o.base = value == ":hex"      ? IntegerBase::Hex
               : value == ":octal"  ? IntegerBase::Octal
               : value == ":binary" ? IntegerBase::Binary
                                    : IntegerBase::Decimal;
    else
      ADD_FAILURE() << "unknown inspect option " << key;
  }
  return o;
}

} // namespace athanor::format::test
