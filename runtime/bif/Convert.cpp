// erlang conversion BIFs between atoms, integers, floats, binaries and lists, iolists, and
// phash2. Text syntaxes are Erlang's (binary_to_integer accepts [+-]digits only,
// binary_to_float requires digits.digits); errors carry Erlang's error_info wording.
#include "bif/Bif.h"
#include "bif/Text.h"
#include "format/Numbers.h"
#include "term/Phash.h"

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

Term atom(const char *name) { return internAtom(name); }

constexpr size_t kMaxAtomChars = 255;

size_t countChars(std::string_view utf8) {
  size_t n = 0;
  for (unsigned char c : utf8)
    n += (c & 0xC0) != 0x80;
  return n;
}

// Atom text as the encoding asks: utf8/unicode as is; latin1 bytes converted to UTF-8.
bool textForAtom(std::string_view bytes, Term encoding, std::string &out) {
  if (encoding == ATH_ATOM(latin1)) {
    for (unsigned char c : bytes)
      appendUtf8(c, out);
    return true;
  }
  if (!validUtf8(bytes))
    return false;
  out.assign(bytes);
  return true;
}

bool isEncoding(Term e) {
  return e == ATH_ATOM(utf8) || e == ATH_ATOM(unicode) || e == ATH_ATOM(latin1);
}

Term binaryToAtom(ath_proc *p, Term b, Term enc, bool existing, const char *fn) {
  if (!isBinary(b))
    return badargErlAt(p, atom(fn), {b, enc}, 1, "not a binary");
  if (!isEncoding(enc))
    return badargErlAt(p, atom(fn), {b, enc}, 2, "is an invalid encoding option");
  std::string text;
  if (!textForAtom(binaryView(b), enc, text))
    return badargErlAt(p, atom(fn), {b, enc}, 1, "not a valid UTF-8 string");
  if (countChars(text) > kMaxAtomChars)
    return raiseBifError(p, ATH_ATOM(system_limit), ATH_ATOM(erlang), atom(fn), {b, enc});
  if (existing) {
    auto a = existingAtom(text);
    if (!a)
      return badargErlAt(p, atom(fn), {b, enc}, 1, "not an already existing atom");
    return *a;
  }
  return internAtom(text);
}

Term atomToBinary(ath_proc *p, Term a, Term enc) {
  if (!isAtom(a))
    return badargErlAt(p, atom("atom_to_binary"), {a, enc}, 1, "not an atom");
  if (!isEncoding(enc))
    return badargErlAt(p, atom("atom_to_binary"), {a, enc}, 2, "is an invalid encoding option");
  std::string_view name = atomName(a);
  if (enc != ATH_ATOM(latin1))
    return makeBinary(P(p), name);
  std::string bytes;
  for (std::string_view s = name; !s.empty();) {
    uint32_t c;
    size_t n = decodeUtf8(s, c);
    if (c > 255)
      return badargErlAt(p, atom("atom_to_binary"), {a, enc}, 1,
                         "contains a character not expressible in latin1");
    bytes += static_cast<char>(c);
    s.remove_prefix(n);
  }
  return makeBinary(P(p), bytes);
}

Term codepointList(Process *p, std::string_view utf8) {
  std::vector<Term> cps;
  while (!utf8.empty()) {
    uint32_t c;
    size_t n = decodeUtf8(utf8, c);
    if (n == 0) { // not UTF-8: bytes as they are
      c = static_cast<unsigned char>(utf8[0]);
      n = 1;
    }
    cps.push_back(makeSmall(c));
    utf8.remove_prefix(n);
  }
  return makeList(p, cps);
}

Term charlistOf(Process *p, std::string_view ascii) {
  HeapBuilder b(p, 0, ascii.size());
  Term list = ATH_NIL;
  for (size_t i = ascii.size(); i-- > 0;)
    list = b.cons(makeSmall(static_cast<unsigned char>(ascii[i])), list);
  return list;
}

bool baseOk(Term base) { return isSmall(base) && smallValue(base) >= 2 && smallValue(base) <= 36; }

Term integerToText(ath_proc *p, Term i, Term base, bool asList, const char *fn) {
  if (!isInteger(i))
    return badargErlAt(p, atom(fn), {i, base}, 1, "not an integer");
  if (!baseOk(base))
    return badargErlAt(p, atom(fn), {i, base}, 2, "not an integer in the range 2 through 36");
  std::string s;
  athanor::format::appendInteger(i, static_cast<int>(smallValue(base)), s);
  return asList ? charlistOf(P(p), s) : makeBinary(P(p), s);
}

Term textToInteger(ath_proc *p, Term src, std::string_view text, Term base, const char *fn) {
  if (!baseOk(base))
    return badargErlAt(p, atom(fn), {src, base}, 2, "not an integer in the range 2 through 36");
  Mpz z;
  if (!parseIntegerText(text, static_cast<int>(smallValue(base)), z))
    return badargErlAt(p, atom(fn), {src, base}, 1, "not a textual representation of an integer");
  return makeInteger(P(p), z);
}

// The text of a charlist of ASCII characters (list_to_integer / list_to_float).
bool charlistText(Term l, std::string &out) {
  for (; isCons(l); l = consTail(l)) {
    Term c = consHead(l);
    if (!isSmall(c) || smallValue(c) < 0 || smallValue(c) > 0x10FFFF)
      return false;
    if (smallValue(c) > 127) {
      out += '\x01'; // never valid in a number: fails the parse below
      continue;
    }
    out += static_cast<char>(smallValue(c));
  }
  return isNil(l);
}

Term floatToBinary(ath_proc *p, Term f, Term opts, bool asList) {
  const char *fn = asList ? "float_to_list" : "float_to_binary";
  if (!isFloat(f))
    return badargErlAt(p, atom(fn), {f, opts}, 1, "not a float");
  double d = floatValue(f);
  // Options: the last of decimals/scientific/short wins; compact only affects decimals.
  enum { Scientific, Decimals, Short } mode = Scientific;
  int digits = 20;
  bool compact = false;
  Term l = opts;
  for (; isCons(l); l = consTail(l)) {
    Term o = consHead(l);
    if (o == ATH_ATOM(compact)) {
      compact = true;
    } else if (o == ATH_ATOM(short)) {
      mode = Short;
    } else if (isTuple(o) && tupleArity(o) == 2 && isSmall(tupleElem(o, 1)) &&
               (tupleElem(o, 0) == ATH_ATOM(decimals) || tupleElem(o, 0) == ATH_ATOM(scientific))) {
      int64_t n = smallValue(tupleElem(o, 1));
      bool dec = tupleElem(o, 0) == ATH_ATOM(decimals);
      if (n < 0 || n > (dec ? 253 : 249))
        return badargErlAt(p, atom(fn), {f, opts}, 2, "invalid option in list");
      mode = dec ? Decimals : Scientific;
      digits = static_cast<int>(n);
    } else {
      return badargErlAt(p, atom(fn), {f, opts}, 2, "invalid option in list");
    }
  }
  if (!isNil(l))
    return badargErlAt(p, atom(fn), {f, opts}, 2, "not a list");
  std::string s;
  if (mode == Short) {
    athanor::format::appendShortestFloat(d, s);
  } else if (mode == Scientific) {
    s = floatToScientific(d, digits);
  } else {
    auto text = floatToDecimals(d, digits, compact);
    if (!text)
      return badargErlAt(p, atom(fn), {f, opts}, 2, "invalid option in list");
    s = std::move(*text);
  }
  return asList ? charlistOf(P(p), s) : makeBinary(P(p), s);
}

Term phash2(ath_proc *p, Term t, Term range) {
  if (!isSmall(range) || smallValue(range) <= 0 || smallValue(range) > (int64_t(1) << 32))
    return badargErlAt(p, atom("phash2"), {t, range}, 1, "out of range");
  return makeSmall(static_cast<int64_t>(athanor::rt::phash2(t) % static_cast<uint64_t>(smallValue(range))));
}

} // namespace

ATH_BIF ath_bif_erlang_atom_to_binary(ath_proc *p, ath_term a) { return atomToBinary(p, a, ATH_ATOM(utf8)); }
ATH_BIF ath_bif_erlang_atom_to_binary2(ath_proc *p, ath_term a, ath_term e) { return atomToBinary(p, a, e); }

ATH_BIF ath_bif_erlang_binary_to_atom(ath_proc *p, ath_term b) {
  return binaryToAtom(p, b, ATH_ATOM(utf8), false, "binary_to_atom");
}
ATH_BIF ath_bif_erlang_binary_to_atom2(ath_proc *p, ath_term b, ath_term e) {
  return binaryToAtom(p, b, e, false, "binary_to_atom");
}
ATH_BIF ath_bif_erlang_binary_to_existing_atom(ath_proc *p, ath_term b) {
  return binaryToAtom(p, b, ATH_ATOM(utf8), true, "binary_to_existing_atom");
}
ATH_BIF ath_bif_erlang_binary_to_existing_atom2(ath_proc *p, ath_term b, ath_term e) {
  return binaryToAtom(p, b, e, true, "binary_to_existing_atom");
}

ATH_BIF ath_bif_erlang_atom_to_list(ath_proc *p, ath_term a) {
  if (!isAtom(a))
    return badargErlAt(p, atom("atom_to_list"), {a}, 1, "not an atom");
  return codepointList(P(p), atomName(a));
}

namespace {
Term listToAtom(ath_proc *p, Term l, bool existing) {
  const char *fn = existing ? "list_to_existing_atom" : "list_to_atom";
  std::string text;
  if (!isCons(l) && !isNil(l))
    return badargErlAt(p, atom(fn), {l}, 1, "not a list");
  if (!charlistToUtf8(l, text))
    return badargErlAt(p, atom(fn), {l}, 1, "not a list of characters");
  if (countChars(text) > kMaxAtomChars)
    return raiseBifError(p, ATH_ATOM(system_limit), ATH_ATOM(erlang), atom(fn), {l});
  if (existing) {
    auto a = existingAtom(text);
    if (!a)
      return badargErlAt(p, atom(fn), {l}, 1, "not an already existing atom");
    return *a;
  }
  return internAtom(text);
}
} // namespace

ATH_BIF ath_bif_erlang_list_to_atom(ath_proc *p, ath_term l) { return listToAtom(p, l, false); }
ATH_BIF ath_bif_erlang_list_to_existing_atom(ath_proc *p, ath_term l) { return listToAtom(p, l, true); }

ATH_BIF ath_bif_erlang_integer_to_binary(ath_proc *p, ath_term i) {
  return integerToText(p, i, makeSmall(10), false, "integer_to_binary");
}
ATH_BIF ath_bif_erlang_integer_to_binary2(ath_proc *p, ath_term i, ath_term base) {
  return integerToText(p, i, base, false, "integer_to_binary");
}
ATH_BIF ath_bif_erlang_integer_to_list(ath_proc *p, ath_term i) {
  return integerToText(p, i, makeSmall(10), true, "integer_to_list");
}
ATH_BIF ath_bif_erlang_integer_to_list2(ath_proc *p, ath_term i, ath_term base) {
  return integerToText(p, i, base, true, "integer_to_list");
}

ATH_BIF ath_bif_erlang_binary_to_integer(ath_proc *p, ath_term b) {
  if (!isBinary(b))
    return badargErlAt(p, atom("binary_to_integer"), {b}, 1, "not a binary");
  return textToInteger(p, b, binaryView(b), makeSmall(10), "binary_to_integer");
}
ATH_BIF ath_bif_erlang_binary_to_integer2(ath_proc *p, ath_term b, ath_term base) {
  if (!isBinary(b))
    return badargErlAt(p, atom("binary_to_integer"), {b, base}, 1, "not a binary");
  return textToInteger(p, b, binaryView(b), base, "binary_to_integer");
}
ATH_BIF ath_bif_erlang_list_to_integer(ath_proc *p, ath_term l) {
  std::string text;
  if (!charlistText(l, text))
    return badargErlAt(p, atom("list_to_integer"), {l}, 1, "not a list");
  return textToInteger(p, l, text, makeSmall(10), "list_to_integer");
}
ATH_BIF ath_bif_erlang_list_to_integer2(ath_proc *p, ath_term l, ath_term base) {
  std::string text;
  if (!charlistText(l, text))
    return badargErlAt(p, atom("list_to_integer"), {l, base}, 1, "not a list");
  return textToInteger(p, l, text, base, "list_to_integer");
}

ATH_BIF ath_bif_erlang_float_to_binary(ath_proc *p, ath_term f) { return floatToBinary(p, f, ATH_NIL, false); }
ATH_BIF ath_bif_erlang_float_to_binary2(ath_proc *p, ath_term f, ath_term o) { return floatToBinary(p, f, o, false); }
ATH_BIF ath_bif_erlang_float_to_list(ath_proc *p, ath_term f) { return floatToBinary(p, f, ATH_NIL, true); }

ATH_BIF ath_bif_erlang_binary_to_float(ath_proc *p, ath_term b) {
  if (!isBinary(b))
    return badargErlAt(p, atom("binary_to_float"), {b}, 1, "not a binary");
  auto d = parseErlangFloat(binaryView(b));
  if (!d)
    return badargErlAt(p, atom("binary_to_float"), {b}, 1, "not a textual representation of a float");
  return makeFloat(P(p), *d);
}

ATH_BIF ath_bif_erlang_list_to_float(ath_proc *p, ath_term l) {
  std::string text;
  if (!charlistText(l, text))
    return badargErlAt(p, atom("list_to_float"), {l}, 1, "not a list");
  auto d = parseErlangFloat(text);
  if (!d)
    return badargErlAt(p, atom("list_to_float"), {l}, 1, "not a textual representation of a float");
  return makeFloat(P(p), *d);
}

ATH_BIF ath_bif_erlang_binary_to_list(ath_proc *p, ath_term b) {
  if (!isBinary(b))
    return badargErlAt(p, atom("binary_to_list"), {b}, 1, "not a binary");
  uint64_t n = binarySize(b);
  HeapBuilder hb(P(p), 0, n);
  const unsigned char *d = reinterpret_cast<const unsigned char *>(binaryData(b));
  Term list = ATH_NIL;
  for (uint64_t i = n; i-- > 0;)
    list = hb.cons(makeSmall(d[i]), list);
  return list;
}

ATH_BIF ath_bif_erlang_list_to_binary(ath_proc *p, ath_term l) {
  std::string bytes;
  if (!isList(l) || !iolistToBytes(l, bytes))
    return badargErlAt(p, atom("list_to_binary"), {l}, 1, "not an iolist term");
  return makeBinary(P(p), bytes);
}

ATH_BIF ath_bif_erlang_iolist_to_binary(ath_proc *p, ath_term l) {
  if (isBinary(l))
    return l;
  std::string bytes;
  if (!iolistToBytes(l, bytes))
    return badargErlAt(p, atom("iolist_to_binary"), {l}, 1, "not an iodata term");
  return makeBinary(P(p), bytes);
}

ATH_BIF ath_bif_erlang_iolist_size(ath_proc *p, ath_term l) {
  std::string bytes;
  if (!iolistToBytes(l, bytes))
    return badargErlAt(p, atom("iolist_size"), {l}, 1, "not an iodata term");
  return makeSmall(static_cast<int64_t>(bytes.size()));
}

ATH_BIF ath_bif_erlang_phash2(ath_proc *p, ath_term t) {
  return makeSmall(athanor::rt::phash2(t) & ((1u << 27) - 1));
}
ATH_BIF ath_bif_erlang_phash2_2(ath_proc *p, ath_term t, ath_term r) { return phash2(p, t, r); }
