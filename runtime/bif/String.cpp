// Elixir 1.14's String module over UTF-8 binaries: graphemes (UAX #29 extended grapheme
// clusters, from utf8proc's break rules), case mapping and normalization (utf8proc's
// tables), whitespace (Unicode White_Space, from utf8proc's categories), splitting,
// replacing, slicing, padding and trimming, with Elixir's edge cases (split("abc", "") is
// ["", "a", "b", "c", ""], negative indices count from the end, ...).
//
// Invalid UTF-8 is not an error for these functions, as in Elixir: every byte that does
// not start a valid sequence is a code point and a grapheme of its own, and case mapping
// leaves it alone. Non-binary arguments raise FunctionClauseError (Elixir's guards);
// bad options raise ArgumentError. Regex patterns are stdlib/string.ex's business (split,
// replace, match? there send a %Regex{} to stdlib/regex.ex and the rest here).
//
// Results are computed as byte ranges or std::strings first and built on the heap in one
// reservation at the end; ranges into an argument keep that argument alive (keepAlive).
#include "bif/Bif.h"
#include "bif/Text.h"
#include "format/Inspect.h"
#include "format/Quote.h"
#include "term/Compare.h"
#include "term/Map.h"
#include "term/Structs.h"

#include <cstring>

#include <utf8proc.h>

#include <algorithm>

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

Term atom(const char *name) { return internAtom(name); }

Term stringClause(ath_proc *p, const char *fn, std::initializer_list<Term> args) {
  return functionClause(p, ATH_ATOM(Elixir_String), atom(fn), args);
}

// ---- code points and graphemes ----

// The code point at the start of s and its length; an invalid byte is a unit of its own
// (cp = -1 for it).
size_t nextCodepoint(std::string_view s, int32_t &cp) {
  uint32_t c;
  size_t n = decodeUtf8(s, c);
  if (n == 0) {
    cp = -1;
    return 1;
  }
  cp = static_cast<int32_t>(c);
  return n;
}

// Length in bytes of the first grapheme of s (s non-empty).
size_t nextGrapheme(std::string_view s) {
  int32_t prev;
  size_t i = nextCodepoint(s, prev);
  if (prev < 0)
    return i;
  utf8proc_int32_t state = 0;
  while (i < s.size()) {
    int32_t cp;
    size_t n = nextCodepoint(s.substr(i), cp);
    if (cp < 0 || utf8proc_grapheme_break_stateful(prev, cp, &state))
      break;
    prev = cp;
    i += n;
  }
  return i;
}

std::vector<std::string_view> graphemes(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    size_t n = nextGrapheme(s);
    out.push_back(s.substr(0, n));
    s.remove_prefix(n);
  }
  return out;
}

size_t graphemeCount(std::string_view s) {
  size_t n = 0;
  while (!s.empty()) {
    s.remove_prefix(nextGrapheme(s));
    ++n;
  }
  return n;
}

// Unicode White_Space: the Zs/Zl/Zp categories plus the C0 controls \t..\r and NEL.
bool isWhitespace(int32_t cp) {
  if (cp < 0)
    return false;
  if ((cp >= 0x09 && cp <= 0x0D) || cp == 0x85)
    return true;
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}
// String.split/1 does not break at non-breaking spaces.
bool isBreakingWhitespace(int32_t cp) {
  return isWhitespace(cp) && cp != 0xA0 && cp != 0x2007 && cp != 0x202F;
}

// ---- case mapping ----

void appendCodepoint(int32_t cp, std::string &out) { appendUtf8(static_cast<uint32_t>(cp), out); }

// Full case folding of one code point (for the special casings below).
int casefold(int32_t cp, utf8proc_int32_t *buf, int cap) {
  int last = 0;
  auto n = utf8proc_decompose_char(cp, buf, cap, UTF8PROC_CASEFOLD, &last);
  return n < 0 ? 0 : static_cast<int>(n);
}

// Uppercase (title = false) or titlecase of one code point with Unicode's unconditional
// special casing: lowercase letters whose full case folding expands (ß, ﬁ, ŉ, ǰ, ΐ, ᾳ ...)
// map to the upper case of their folding ("SS", "FI", "ΑΙ", ...; title case: "Ss", "Fi").
void appendUpper(int32_t cp, bool title, std::string &out) {
  int32_t simple = title ? utf8proc_totitle(cp) : utf8proc_toupper(cp);
  if (cp >= 0xDF && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL) {
    utf8proc_int32_t buf[8];
    int n = casefold(cp, buf, 8);
    if (n > 1) {
      for (int i = 0; i < n; ++i) {
        int32_t u = (title && i > 0) ? buf[i] : utf8proc_toupper(buf[i]);
        appendCodepoint(u, out);
      }
      return;
    }
  }
  appendCodepoint(simple, out);
}

void appendLower(int32_t cp, std::string &out) {
  if (cp == 0x130) { // İ: the one unconditional special lowercase mapping (i + dot above)
    out += "i\xCC\x87";
    return;
  }
  appendCodepoint(utf8proc_tolower(cp), out);
}

enum class Case { Upper, Lower };

std::string mapCase(std::string_view s, Case c) {
  std::string out;
  out.reserve(s.size());
  while (!s.empty()) {
    int32_t cp;
    size_t n = nextCodepoint(s, cp);
    if (cp < 0)
      out.append(s.substr(0, n));
    else if (c == Case::Upper)
      appendUpper(cp, false, out);
    else
      appendLower(cp, out);
    s.remove_prefix(n);
  }
  return out;
}

// ---- patterns (a binary or a list of binaries) ----

struct Patterns {
  std::vector<std::string_view> list;
  bool hasEmpty = false;
};

bool readPatterns(Term t, Patterns &out) {
  if (isBinary(t)) {
    out.list.push_back(binaryView(t));
  } else {
    if (!isList(t))
      return false;
    for (; isCons(t); t = consTail(t)) {
      if (!isBinary(consHead(t)))
        return false;
      out.list.push_back(binaryView(consHead(t)));
    }
    if (!isNil(t))
      return false;
  }
  for (auto p : out.list)
    out.hasEmpty |= p.empty();
  return true;
}

// The leftmost match at or after `from` (the longest pattern among those starting there),
// as :binary.match does. Non-empty patterns only.
bool findMatch(std::string_view s, size_t from, const Patterns &pats, size_t &at, size_t &len) {
  at = std::string_view::npos;
  len = 0;
  for (auto p : pats.list) {
    if (p.empty())
      continue;
    size_t i = s.find(p, from);
    if (i == std::string_view::npos)
      continue;
    if (i < at || (i == at && p.size() > len)) {
      at = i;
      len = p.size();
    }
  }
  return at != std::string_view::npos;
}

// ---- option lists ----

bool readSplitOptions(ath_proc *p, Term opts, int64_t &parts, bool &trim) {
  parts = 0; // infinity
  trim = false;
  if (!isList(opts))
    return false;
  Term v = keywordGet(opts, ATH_ATOM(parts), ATH_ATOM(infinity));
  if (v != ATH_ATOM(infinity)) {
    if (!isSmall(v) || smallValue(v) <= 0)
      return false;
    parts = smallValue(v);
  }
  trim = truthy(keywordGet(opts, ATH_ATOM(trim), ATH_ATOM(false)));
  return true;
}

// ---- slicing helpers ----

// Bytes of the first `n` graphemes of s (all of it if shorter).
size_t graphemeBytes(std::string_view s, size_t n) {
  size_t bytes = 0;
  for (size_t i = 0; i < n && bytes < s.size(); ++i)
    bytes += nextGrapheme(s.substr(bytes));
  return bytes;
}

Term binaryOf(ath_proc *p, std::string_view bytes, Term owner) {
  Term r = makeBinary(P(p), bytes);
  keepAlive(owner);
  return r;
}

Term tupleOfBinaries(ath_proc *p, std::string_view a, std::string_view b, Term owner) {
  HeapBuilder hb(P(p), HeapBuilder::binaryWords(a.size()) + HeapBuilder::binaryWords(b.size()) + 3, 0);
  Term x = hb.binary(a);
  Term y = hb.binary(b);
  Term t = hb.tuple({x, y});
  keepAlive(owner);
  return t;
}

} // namespace

// ---- length, case, graphemes ----

ATH_BIF ath_bif_string_length(ath_proc *p, ath_term s) {
  if (!isBinary(s))
    return stringClause(p, "length", {s});
  return makeSmall(static_cast<int64_t>(graphemeCount(binaryView(s))));
}

ATH_BIF ath_bif_string_upcase(ath_proc *p, ath_term s) {
  if (!isBinary(s))
    return stringClause(p, "upcase", {s, ATH_ATOM(default_)});
  return makeBinary(P(p), mapCase(binaryView(s), Case::Upper));
}

ATH_BIF ath_bif_string_downcase(ath_proc *p, ath_term s) {
  if (!isBinary(s))
    return stringClause(p, "downcase", {s, ATH_ATOM(default_)});
  return makeBinary(P(p), mapCase(binaryView(s), Case::Lower));
}

ATH_BIF ath_bif_string_capitalize(ath_proc *p, ath_term s) {
  if (!isBinary(s))
    return stringClause(p, "capitalize", {s, ATH_ATOM(default_)});
  std::string_view v = binaryView(s);
  if (v.empty())
    return s;
  size_t first = nextGrapheme(v);
  std::string out;
  std::string_view g = v.substr(0, first);
  bool titled = false;
  while (!g.empty()) { // titlecase the first code point of the grapheme, keep the marks
    int32_t cp;
    size_t n = nextCodepoint(g, cp);
    if (cp < 0)
      out.append(g.substr(0, n));
    else if (!titled)
      appendUpper(cp, true, out);
    else
      appendLower(cp, out);
    titled = true;
    g.remove_prefix(n);
  }
  out += mapCase(v.substr(first), Case::Lower);
  return makeBinary(P(p), out);
}

ATH_BIF ath_bif_string_graphemes(ath_proc *p, ath_term s) {
  if (!isBinary(s))
    return stringClause(p, "graphemes", {s});
  return makeBinaryList(P(p), graphemes(binaryView(s)), s);
}

ATH_BIF ath_bif_string_codepoints(ath_proc *p, ath_term s) {
  if (!isBinary(s))
    return stringClause(p, "codepoints", {s});
  std::vector<std::string_view> cps;
  for (std::string_view v = binaryView(s); !v.empty();) {
    int32_t cp;
    size_t n = nextCodepoint(v, cp);
    cps.push_back(v.substr(0, n));
    v.remove_prefix(n);
  }
  return makeBinaryList(P(p), cps, s);
}

ATH_BIF ath_bif_string_reverse(ath_proc *p, ath_term s) {
  if (!isBinary(s))
    return stringClause(p, "reverse", {s});
  auto gs = graphemes(binaryView(s));
  std::string out;
  out.reserve(binarySize(s));
  for (size_t i = gs.size(); i-- > 0;)
    out.append(gs[i]);
  return makeBinary(P(p), out);
}

ATH_BIF ath_bif_string_first(ath_proc *p, ath_term s) {
  if (!isBinary(s))
    return stringClause(p, "first", {s});
  std::string_view v = binaryView(s);
  if (v.empty())
    return ATH_ATOM(nil);
  return binaryOf(p, v.substr(0, nextGrapheme(v)), s);
}

ATH_BIF ath_bif_string_last(ath_proc *p, ath_term s) {
  if (!isBinary(s))
    return stringClause(p, "last", {s});
  auto gs = graphemes(binaryView(s));
  if (gs.empty())
    return ATH_ATOM(nil);
  return binaryOf(p, gs.back(), s);
}

ATH_BIF ath_bif_string_at(ath_proc *p, ath_term s, ath_term i) {
  if (!isBinary(s) || !isInteger(i))
    return stringClause(p, "at", {s, i});
  auto gs = graphemes(binaryView(s));
  int64_t n = static_cast<int64_t>(gs.size());
  if (!isSmall(i))
    return ATH_ATOM(nil);
  int64_t k = smallValue(i);
  if (k < 0)
    k += n;
  if (k < 0 || k >= n)
    return ATH_ATOM(nil);
  return binaryOf(p, gs[static_cast<size_t>(k)], s);
}

// ---- slicing ----

ATH_BIF ath_bif_string_slice(ath_proc *p, ath_term s, ath_term start, ath_term len) {
  if (!isBinary(s) || !isInteger(start) || !isInteger(len) || integerSign(len) < 0)
    return stringClause(p, "slice", {s, start, len});
  std::string_view v = binaryView(s);
  if (!isSmall(start) || !isSmall(len))
    return makeBinary(P(p), {});
  int64_t b = smallValue(start), n = smallValue(len);
  if (b < 0) {
    int64_t count = static_cast<int64_t>(graphemeCount(v));
    b += count;
    if (b < 0)
      b = 0;
  }
  size_t from = graphemeBytes(v, static_cast<size_t>(b));
  std::string_view rest = v.substr(from);
  return binaryOf(p, rest.substr(0, graphemeBytes(rest, static_cast<size_t>(n))), s);
}

ATH_BIF ath_bif_string_slice2(ath_proc *p, ath_term s, ath_term range) {
  auto field = [&](Term key) -> Term {
    if (!isMap(range))
      return 0;
    auto v = mapGet(range, key);
    return v && isSmall(*v) ? *v : 0;
  };
  Term first = field(ATH_ATOM(first)), last = field(ATH_ATOM(last)), step = field(ATH_ATOM(step));
  if (!isBinary(s) || !first || !last || !step || structModule(range) != ATH_ATOM(Elixir_Range))
    return stringClause(p, "slice", {s, range});
  int64_t f = smallValue(first), l = smallValue(last), k = smallValue(step);
  // Elixir 1.14 still slices `first..last` with first > last (a step of -1, such as
  // 1..-1) forwards; other negative steps are an error.
  if (k == -1 && f > l)
    k = 1;
  if (k < 0)
    return argumentError(p, "String.slice/2 does not accept ranges with negative steps, got: " +
                                athanor::format::inspect(range));
  std::string_view v = binaryView(s);
  if (v.empty())
    return makeBinary(P(p), {});
  if (f < 0 || l < 0) {
    int64_t count = static_cast<int64_t>(graphemeCount(v));
    if (f < 0)
      f = std::max<int64_t>(f + count, 0);
    if (l < 0)
      l += count;
  }
  if (f > l)
    return makeBinary(P(p), {});
  auto gs = graphemes(v);
  int64_t n = static_cast<int64_t>(gs.size());
  std::string out;
  for (int64_t i = f; i <= l && i < n; i += k)
    out.append(gs[static_cast<size_t>(i)]);
  return makeBinary(P(p), out);
}

ATH_BIF ath_bif_string_split_at(ath_proc *p, ath_term s, ath_term pos) {
  if (!isBinary(s) || !isInteger(pos))
    return stringClause(p, "split_at", {s, pos});
  std::string_view v = binaryView(s);
  int64_t k = isSmall(pos) ? smallValue(pos) : (integerSign(pos) < 0 ? INT64_MIN / 2 : INT64_MAX / 2);
  if (k < 0)
    k = std::max<int64_t>(static_cast<int64_t>(graphemeCount(v)) + k, 0);
  size_t at = graphemeBytes(v, static_cast<size_t>(k));
  return tupleOfBinaries(p, v.substr(0, at), v.substr(at), s);
}

// ---- split ----

ATH_BIF ath_bif_string_split1(ath_proc *p, ath_term s) {
  if (!isBinary(s)) // Elixir's String.split/1 has no guard: the BIF under it raises
    return badargAt(p, ATH_ATOM(binary), atom("split"), {s}, 1, "not a binary");
  std::vector<std::string_view> pieces;
  std::string_view v = binaryView(s);
  size_t i = 0, start = std::string_view::npos;
  while (i < v.size()) {
    int32_t cp;
    size_t n = nextCodepoint(v.substr(i), cp);
    if (isBreakingWhitespace(cp)) {
      if (start != std::string_view::npos) {
        pieces.push_back(v.substr(start, i - start));
        start = std::string_view::npos;
      }
    } else if (start == std::string_view::npos) {
      start = i;
    }
    i += n;
  }
  if (start != std::string_view::npos)
    pieces.push_back(v.substr(start));
  return makeBinaryList(P(p), pieces, s);
}

namespace {

// String.split/3 with binary patterns (Elixir's split_each/do_splitter).
std::vector<std::string_view> splitBinary(std::string_view s, const Patterns &pats,
                                          bool trim, int64_t parts) {
  std::vector<std::string_view> out;
  std::string_view rest = s;
  bool more = true; // false once the rest is :nomatch
  int64_t count = parts;
  for (;;) {
    if (count == 1) {
      if (more && !(trim && rest.empty()))
        out.push_back(rest);
      return out;
    }
    if (!more)
      return out;
    // do_splitter
    for (;;) {
      if (rest.empty()) {
        if (!trim)
          out.push_back(rest);
        return out;
      }
      size_t at, len;
      if (!findMatch(rest, 0, pats, at, len)) {
        out.push_back(rest);
        more = false;
        break;
      }
      std::string_view first = rest.substr(0, at);
      rest.remove_prefix(at + len);
      if (trim && first.empty())
        continue;
      out.push_back(first);
      break;
    }
    --count;
  }
}

// String.split/3 with the empty pattern: graphemes, with the leading and trailing "".
std::vector<std::string_view> splitEmpty(std::string_view s, bool trim, int64_t parts) {
  std::vector<std::string_view> out;
  int64_t count = parts;
  if (!trim && count != 1) {
    out.push_back(s.substr(0, 0));
    --count;
  }
  std::string_view rest = s;
  for (;;) {
    if (count == 1) {
      if (!(trim && rest.empty()))
        out.push_back(rest);
      return out;
    }
    if (rest.empty()) {
      count = 1;
      continue;
    }
    size_t n = nextGrapheme(rest);
    out.push_back(rest.substr(0, n));
    rest.remove_prefix(n);
    if (rest.empty())
      count = 1;
    else
      --count;
  }
}

Term split(ath_proc *p, Term s, Term pattern, Term opts, bool three) {
  Patterns pats;
  int64_t parts;
  bool trim;
  if (!isBinary(s) || (three && !isList(opts)))
    return three ? stringClause(p, "split", {s, pattern, opts}) : stringClause(p, "split", {s, pattern, ATH_NIL});
  if (!readPatterns(pattern, pats))
    return argumentErrorAt(p, 2, "not a valid pattern"); // :binary.split's complaint
  if (!readSplitOptions(p, opts, parts, trim))
    return functionClause(p, ATH_ATOM(Elixir_String), atom("parts_to_index"),
                          {keywordGet(opts, ATH_ATOM(parts), ATH_ATOM(nil))});
  std::string_view v = binaryView(s);
  std::vector<std::string_view> pieces;
  if (pats.list.size() == 1 && pats.hasEmpty)
    pieces = splitEmpty(v, trim, parts);
  else if (pats.list.empty())
    pieces = trim && v.empty() ? std::vector<std::string_view>{} : std::vector<std::string_view>{v};
  else
    pieces = splitBinary(v, pats, trim, parts);
  return makeBinaryList(P(p), pieces, s);
}

} // namespace

ATH_BIF ath_bif_string_split3(ath_proc *p, ath_term s, ath_term pattern, ath_term opts) {
  return split(p, s, pattern, opts, true);
}

// ---- replace ----

namespace {
Term replace(ath_proc *p, Term s, Term pattern, Term repl, Term opts, bool four) {
  Patterns pats;
  if (!isBinary(s) || !readPatterns(pattern, pats) || !isBinary(repl) || (four && !isList(opts)))
    return stringClause(p, "replace", {s, pattern, repl, opts});
  bool global = truthy(keywordGet(opts, ATH_ATOM(global), ATH_ATOM(true)));
  std::string_view v = binaryView(s), r = binaryView(repl);
  std::string out;
  if (pats.list.size() == 1 && pats.hasEmpty) {
    // The empty pattern matches before every grapheme and at the end.
    out.append(r);
    if (!global) {
      out.append(v);
      return makeBinary(P(p), out);
    }
    for (auto g : graphemes(v)) {
      out.append(g);
      out.append(r);
    }
    return makeBinary(P(p), out);
  }
  size_t pos = 0, at, len;
  while (findMatch(v, pos, pats, at, len)) {
    out.append(v.substr(pos, at - pos));
    out.append(r);
    pos = at + len;
    if (!global)
      break;
  }
  out.append(v.substr(pos));
  return makeBinary(P(p), out);
}
} // namespace

ATH_BIF ath_bif_string_replace4(ath_proc *p, ath_term s, ath_term pattern, ath_term repl, ath_term opts) {
  return replace(p, s, pattern, repl, opts, true);
}

ATH_BIF ath_bif_string_replace_prefix(ath_proc *p, ath_term s, ath_term match, ath_term repl) {
  if (!isBinary(s) || !isBinary(match) || !isBinary(repl))
    return stringClause(p, "replace_prefix", {s, match, repl});
  std::string_view v = binaryView(s);
  if (!v.starts_with(binaryView(match)))
    return s;
  std::string out(binaryView(repl));
  out.append(v.substr(binarySize(match)));
  return makeBinary(P(p), out);
}

ATH_BIF ath_bif_string_replace_suffix(ath_proc *p, ath_term s, ath_term match, ath_term repl) {
  if (!isBinary(s) || !isBinary(match) || !isBinary(repl))
    return stringClause(p, "replace_suffix", {s, match, repl});
  std::string_view v = binaryView(s);
  if (!v.ends_with(binaryView(match)))
    return s;
  std::string out(v.substr(0, v.size() - binarySize(match)));
  out.append(binaryView(repl));
  return makeBinary(P(p), out);
}

// ---- trim ----

namespace {

enum Side { kLeading = 1, kTrailing = 2 };

std::string_view trimWhitespace(std::string_view v, int sides) {
  if (sides & kLeading) {
    while (!v.empty()) {
      int32_t cp;
      size_t n = nextCodepoint(v, cp);
      if (!isWhitespace(cp))
        break;
      v.remove_prefix(n);
    }
  }
  if (sides & kTrailing) {
    // Walk forward remembering where the trailing run of whitespace starts.
    size_t i = 0, cut = v.size();
    bool inRun = false;
    while (i < v.size()) {
      int32_t cp;
      size_t n = nextCodepoint(v.substr(i), cp);
      if (isWhitespace(cp)) {
        if (!inRun) {
          cut = i;
          inRun = true;
        }
      } else {
        inRun = false;
        cut = v.size();
      }
      i += n;
    }
    v = v.substr(0, inRun ? cut : v.size());
  }
  return v;
}

std::string_view trimString(std::string_view v, std::string_view t, int sides) {
  if (t.empty())
    return v;
  if (sides & kLeading)
    while (v.starts_with(t))
      v.remove_prefix(t.size());
  if (sides & kTrailing)
    while (v.ends_with(t))
      v.remove_suffix(t.size());
  return v;
}

Term trim1(ath_proc *p, Term s, int sides, const char *fn) {
  if (!isBinary(s))
    return stringClause(p, fn, {s});
  std::string_view r = trimWhitespace(binaryView(s), sides);
  if (r.size() == binarySize(s))
    return s;
  return binaryOf(p, r, s);
}

Term trim2(ath_proc *p, Term s, Term t, int sides, const char *fn) {
  if (!isBinary(s) || !isBinary(t))
    return stringClause(p, fn, {s, t});
  if (binarySize(t) == 0)
    return argumentError(p, "cannot use an empty string as the match to replace");
  std::string_view r = trimString(binaryView(s), binaryView(t), sides);
  if (r.size() == binarySize(s))
    return s;
  return binaryOf(p, r, s);
}

} // namespace

ATH_BIF ath_bif_string_trim(ath_proc *p, ath_term s) { return trim1(p, s, kLeading | kTrailing, "trim"); }
ATH_BIF ath_bif_string_trim2(ath_proc *p, ath_term s, ath_term t) { return trim2(p, s, t, kLeading | kTrailing, "trim"); }
ATH_BIF ath_bif_string_trim_leading(ath_proc *p, ath_term s) { return trim1(p, s, kLeading, "trim_leading"); }
ATH_BIF ath_bif_string_trim_leading2(ath_proc *p, ath_term s, ath_term t) { return trim2(p, s, t, kLeading, "trim_leading"); }
ATH_BIF ath_bif_string_trim_trailing(ath_proc *p, ath_term s) { return trim1(p, s, kTrailing, "trim_trailing"); }
ATH_BIF ath_bif_string_trim_trailing2(ath_proc *p, ath_term s, ath_term t) { return trim2(p, s, t, kTrailing, "trim_trailing"); }

// ---- predicates ----

ATH_BIF ath_bif_string_contains(ath_proc *p, ath_term s, ath_term pattern) {
  Patterns pats;
  if (!isBinary(s) || !readPatterns(pattern, pats))
    return stringClause(p, "contains?", {s, pattern});
  if (pats.hasEmpty)
    return ATH_ATOM(true);
  size_t at, len;
  return boolTerm(findMatch(binaryView(s), 0, pats, at, len));
}

ATH_BIF ath_bif_string_starts_with(ath_proc *p, ath_term s, ath_term prefix) {
  Patterns pats;
  if (!isBinary(s) || !readPatterns(prefix, pats))
    return stringClause(p, "starts_with?", {s, prefix});
  for (auto x : pats.list)
    if (binaryView(s).starts_with(x))
      return ATH_ATOM(true);
  return ATH_ATOM(false);
}

ATH_BIF ath_bif_string_ends_with(ath_proc *p, ath_term s, ath_term suffix) {
  Patterns pats;
  if (!isBinary(s) || !readPatterns(suffix, pats))
    return stringClause(p, "ends_with?", {s, suffix});
  for (auto x : pats.list)
    if (binaryView(s).ends_with(x))
      return ATH_ATOM(true);
  return ATH_ATOM(false);
}

ATH_BIF ath_bif_string_valid(ath_proc *p, ath_term s) {
  if (!isBinary(s))
    return stringClause(p, "valid?", {s});
  return boolTerm(validUtf8(binaryView(s)));
}

ATH_BIF ath_bif_string_printable(ath_proc *p, ath_term s) {
  if (!isBinary(s))
    return ATH_ATOM(false);
  return boolTerm(athanor::format::isPrintable(binaryView(s)));
}

// ---- padding, duplication ----

namespace {
Term pad(ath_proc *p, Term s, Term count, Term padding, bool leading, const char *fn) {
  // The padding: a string (its graphemes are used in turn) or a list of strings (the
  // elements are used in turn).
  std::vector<std::string_view> pads;
  if (isBinary(padding)) {
    pads = graphemes(binaryView(padding));
  } else {
    Term l = padding;
    for (; isCons(l) && isBinary(consHead(l)); l = consTail(l))
      pads.push_back(binaryView(consHead(l)));
    if (!isNil(l))
      pads.clear();
  }
  if (!isBinary(s) || !isSmall(count) || smallValue(count) < 0)
    return stringClause(p, fn, {s, count, padding});
  if (pads.empty()) // Elixir's guard requires a non-empty padding
    return stringClause(p, fn, {s, count, padding});
  int64_t have = static_cast<int64_t>(graphemeCount(binaryView(s)));
  int64_t need = smallValue(count) - have;
  if (need <= 0)
    return s;
  std::string fill;
  for (int64_t i = 0; i < need; ++i)
    fill.append(pads[static_cast<size_t>(i) % pads.size()]);
  std::string out = leading ? fill + std::string(binaryView(s)) : std::string(binaryView(s)) + fill;
  return makeBinary(P(p), out);
}
} // namespace

ATH_BIF ath_bif_string_pad_leading2(ath_proc *p, ath_term s, ath_term n) {
  Term space = makeBinary(P(p), " ");
  return pad(p, s, n, space, true, "pad_leading");
}
ATH_BIF ath_bif_string_pad_leading(ath_proc *p, ath_term s, ath_term n, ath_term padding) {
  return pad(p, s, n, padding, true, "pad_leading");
}
ATH_BIF ath_bif_string_pad_trailing2(ath_proc *p, ath_term s, ath_term n) {
  Term space = makeBinary(P(p), " ");
  return pad(p, s, n, space, false, "pad_trailing");
}
ATH_BIF ath_bif_string_pad_trailing(ath_proc *p, ath_term s, ath_term n, ath_term padding) {
  return pad(p, s, n, padding, false, "pad_trailing");
}

ATH_BIF ath_bif_string_duplicate(ath_proc *p, ath_term s, ath_term n) {
  if (!isBinary(s) || !isInteger(n))
    return stringClause(p, "duplicate", {s, n});
  if (!isSmall(n) || smallValue(n) < 0)
    return badargAt(p, ATH_ATOM(binary), atom("copy"), {s, n}, 2, "out of range"); // raw :badarg, as :binary.copy
  uint64_t k = static_cast<uint64_t>(smallValue(n)), len = binarySize(s);
  if (k * len > (uint64_t(1) << 40))
    return ath_error(p, ATH_ATOM(system_limit));
  HeapBuilder hb(P(p), HeapBuilder::binaryWords(k * len), 0);
  uint64_t *w = hb.words(HeapBuilder::binaryWords(k * len));
  w[0] = ath_make_header(ATH_T_BINARY, 1 + (k * len + 7) / 8);
  w[1] = k * len;
  if (k * len != 0)
    w[1 + (k * len + 7) / 8] = 0;
  char *d = reinterpret_cast<char *>(w + 2);
  for (uint64_t i = 0; i < k; ++i)
    std::memcpy(d + i * len, binaryData(s), len);
  return ath_make_boxed(w);
}

// ---- conversions ----

extern "C" ath_term ath_bif_erlang_binary_to_integer(ath_proc *, ath_term);
extern "C" ath_term ath_bif_erlang_binary_to_integer2(ath_proc *, ath_term, ath_term);
extern "C" ath_term ath_bif_erlang_binary_to_float(ath_proc *, ath_term);
extern "C" ath_term ath_bif_erlang_binary_to_atom2(ath_proc *, ath_term, ath_term);
extern "C" ath_term ath_bif_erlang_binary_to_existing_atom2(ath_proc *, ath_term, ath_term);

ATH_BIF ath_bif_string_to_integer(ath_proc *p, ath_term s) {
  return ath_bif_erlang_binary_to_integer(p, s);
}
ATH_BIF ath_bif_string_to_integer2(ath_proc *p, ath_term s, ath_term base) {
  return ath_bif_erlang_binary_to_integer2(p, s, base);
}
ATH_BIF ath_bif_string_to_float(ath_proc *p, ath_term s) {
  return ath_bif_erlang_binary_to_float(p, s);
}
ATH_BIF ath_bif_string_to_atom(ath_proc *p, ath_term s) {
  return ath_bif_erlang_binary_to_atom2(p, s, ATH_ATOM(utf8));
}
ATH_BIF ath_bif_string_to_existing_atom(ath_proc *p, ath_term s) {
  return ath_bif_erlang_binary_to_existing_atom2(p, s, ATH_ATOM(utf8));
}

ATH_BIF ath_bif_string_to_charlist(ath_proc *p, ath_term s) {
  if (!isBinary(s))
    return stringClause(p, "to_charlist", {s});
  std::vector<Term> cps;
  std::string_view v = binaryView(s);
  while (!v.empty()) {
    int32_t cp;
    size_t n = nextCodepoint(v, cp);
    if (cp < 0) {
      std::string done(binaryView(s).substr(0, binarySize(s) - v.size()));
      Term enc = makeBinary(P(p), done);
      Term msg = makeBinary(P(p), "invalid encoding starting at " +
                                      athanor::format::inspectString(v));
      return raiseException(p, ATH_ATOM(Elixir_UnicodeConversionError),
                            {internAtom("encoded"), enc, ATH_ATOM(message), msg});
    }
    cps.push_back(makeSmall(cp));
    v.remove_prefix(n);
  }
  return makeList(P(p), cps);
}

// ---- normalization ----

namespace {
bool normalize(std::string_view s, int options, std::string &out) {
  utf8proc_uint8_t *dst = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t *>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &dst,
                                    static_cast<utf8proc_option_t>(options | UTF8PROC_STABLE));
  if (n < 0)
    return false;
  out.assign(reinterpret_cast<char *>(dst), static_cast<size_t>(n));
  std::free(dst);
  return true;
}

int formOptions(Term form) {
  switch (ath_atom_index(form)) {
  case ATH_ATOM_INDEX_nfd:
    return UTF8PROC_DECOMPOSE;
  case ATH_ATOM_INDEX_nfc:
    return UTF8PROC_COMPOSE;
  case ATH_ATOM_INDEX_nfkd:
    return UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT;
  case ATH_ATOM_INDEX_nfkc:
    return UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
  }
  return -1;
}
} // namespace

ATH_BIF ath_bif_string_normalize(ath_proc *p, ath_term s, ath_term form) {
  int options = isAtom(form) ? formOptions(form) : -1;
  if (!isBinary(s) || options < 0)
    return stringClause(p, "normalize", {s, form});
  std::string out;
  if (!normalize(binaryView(s), options, out))
    return s; // invalid UTF-8: Erlang's normalizer returns an error tuple; keep the input
  return makeBinary(P(p), out);
}

ATH_BIF ath_bif_athanor_unicode_category(ath_proc *p, ath_term cp) {
  if (!isSmall(cp) || smallValue(cp) < 0 || smallValue(cp) > 0x10FFFF)
    return badargAt(p, ATH_ATOM(athanor), atom("unicode_category"), {cp}, 1, "not a code point");
  const char *name = utf8proc_category_string(static_cast<utf8proc_int32_t>(smallValue(cp)));
  return makeBinary(P(p), std::string_view(name, std::strlen(name)));
}

ATH_BIF ath_bif_string_equivalent(ath_proc *p, ath_term a, ath_term b) {
  if (!isBinary(a) || !isBinary(b))
    return stringClause(p, "equivalent?", {a, b});
  std::string x, y;
  if (!normalize(binaryView(a), UTF8PROC_DECOMPOSE, x) || !normalize(binaryView(b), UTF8PROC_DECOMPOSE, y))
    return boolTerm(binaryView(a) == binaryView(b));
  return boolTerm(x == y);
}

// ---- iteration ----

ATH_BIF ath_bif_string_next_grapheme(ath_proc *p, ath_term s) {
  if (!isBinary(s))
    return stringClause(p, "next_grapheme", {s});
  std::string_view v = binaryView(s);
  if (v.empty())
    return ATH_ATOM(nil);
  size_t n = nextGrapheme(v);
  return tupleOfBinaries(p, v.substr(0, n), v.substr(n), s);
}

ATH_BIF ath_bif_string_next_codepoint(ath_proc *p, ath_term s) {
  if (!isBinary(s))
    return stringClause(p, "next_codepoint", {s});
  std::string_view v = binaryView(s);
  if (v.empty())
    return ATH_ATOM(nil);
  int32_t cp;
  size_t n = nextCodepoint(v, cp);
  return tupleOfBinaries(p, v.substr(0, n), v.substr(n), s);
}

