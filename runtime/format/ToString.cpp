// String.Chars.to_string/1 and List.to_string/1 (:unicode.characters_to_binary/1) with the
// Erlang error rules: the list structure is checked first (ArgumentError), then code points
// and UTF-8 bytes are converted in order (UnicodeConversionError at the first bad one;
// "incomplete" when the data ends inside a multi-byte sequence). A UTF-8 sequence may be
// split across consecutive binaries, as Erlang allows.
#include "format/ToString.h"

#include "format/Exceptions.h"
#include "format/Inspect.h"
#include "format/Numbers.h"
#include "format/TextEscape.h"
#include "term/Atoms.h"
#include "term/Map.h"
#include "term/Structs.h"

#include <cstdio>
#include <optional>

#include <vector>

namespace athanor::format {

using namespace athanor::rt;

namespace {

// Calls visit(element) for each integer or binary of a chardata list, depth first, with an
// explicit stack. Returns false as soon as the structure is not chardata, or when visit
// returns false.
template <class Visit> bool forEachChardataElement(Term list, Visit &&visit) {
  std::vector<Term> pending{list}; // lists (or binary tails) still to walk
  while (!pending.empty()) {
    Term t = pending.back();
    pending.pop_back();
    if (isBinary(t)) { // a binary tail
      if (!visit(t))
        return false;
      continue;
    }
    for (; isCons(t); t = consTail(t)) {
      Term e = consHead(t);
      if (isList(e)) {
        if (isCons(e)) { // finish `e` first, then come back to the rest of `t`
          pending.push_back(consTail(t));
          pending.push_back(e);
          break;
        }
      } else if (isInteger(e) || isBinary(e)) {
        if (!visit(e))
          return false;
      } else {
        return false;
      }
    }
    if (!isCons(t) && !isNil(t)) {
      if (!isBinary(t))
        return false;
      if (!visit(t))
        return false;
    }
  }
  return true;
}

size_t utf8SequenceLength(unsigned char lead) {
  if (lead >= 0xC0 && lead <= 0xDF)
    return 2;
  if (lead >= 0xE0 && lead <= 0xEF)
    return 3;
  if (lead >= 0xF0 && lead <= 0xF7)
    return 4;
  return 0;
}

// Converts chardata elements to UTF-8, keeping what is needed to describe a failure.
class Utf8Assembler {
public:
  explicit Utf8Assembler(std::string &out) : out_(out), start_(out.size()) {}

  bool codePoint(Term c) {
    if (!partial_.empty())
      return fail(ToStringError::InvalidUnicode, partialRest_);
    if (!isSmall(c) || !detail::isUnicodeScalar(smallValue(c))) {
      std::string digits;
      appendInteger(c, 10, digits);
      return failWith(ToStringError::InvalidUnicode, "invalid code point " + digits);
    }
    detail::appendUtf8(static_cast<uint32_t>(smallValue(c)), out_);
    return true;
  }

  bool bytes(std::string_view b) {
    size_t i = 0;
    if (!partial_.empty()) { // complete a sequence begun in an earlier binary
      size_t need = utf8SequenceLength(static_cast<unsigned char>(partial_[0]));
      while (partial_.size() < need && i < b.size())
        partial_ += b[i++];
      if (partial_.size() < need)
        return true;
      uint32_t c;
      if (detail::decodeUtf8(partial_, c) != need)
        return fail(ToStringError::InvalidUnicode, partialRest_);
      out_ += partial_;
      partial_.clear();
    }
    while (i < b.size()) {
      uint32_t c;
      size_t n = detail::decodeUtf8(b.substr(i), c);
      if (n > 0) {
        out_.append(b.substr(i, n));
        i += n;
        continue;
      }
      std::string_view rest = b.substr(i);
      if (!isTruncatedSequence(rest))
        return fail(ToStringError::InvalidUnicode, rest);
      partial_.assign(rest); // may continue in the next binary
      partialRest_ = rest;
      break;
    }
    return true;
  }

  bool finish() {
    if (!partial_.empty())
      return fail(ToStringError::IncompleteUnicode, partialRest_);
    return true;
  }

  ToStringFailure failure;

private:
  // A lead byte followed by fewer continuation bytes than it announces, up to the end.
  static bool isTruncatedSequence(std::string_view rest) {
    size_t need = utf8SequenceLength(static_cast<unsigned char>(rest[0]));
    if (need == 0 || rest.size() >= need)
      return false;
    for (size_t i = 1; i < rest.size(); ++i)
      if ((static_cast<unsigned char>(rest[i]) & 0xC0) != 0x80)
        return false;
    return true;
  }

  bool fail(ToStringError error, std::string_view rest) {
    // The message inspects the rest of the binary holding the bad sequence.
    std::string restTerm = inspectBytes(rest);
    return failWith(error, std::string(error == ToStringError::IncompleteUnicode ? "incomplete"
                                                                                 : "invalid") +
                               " encoding starting at " + restTerm);
  }

  static std::string inspectBytes(std::string_view bytes) {
    std::string s = "<<";
    for (size_t i = 0; i < bytes.size(); ++i) {
      if (i > 0)
        s += ", ";
      s += std::to_string(static_cast<unsigned char>(bytes[i]));
    }
    return s + ">>";
  }

  bool failWith(ToStringError error, std::string message) {
    failure.error = error;
    failure.message = std::move(message);
    failure.encoded.assign(out_, start_);
    return false;
  }

  std::string &out_;
  size_t start_;
  std::string partial_;         // bytes of an unfinished sequence
  std::string_view partialRest_; // from its lead byte to the end of its binary
};

void setFailure(ToStringFailure *failure, ToStringFailure &&f) {
  if (failure)
    *failure = std::move(f);
}

} // namespace

bool chardataToString(Term list, std::string &out, ToStringFailure *failure) {
  if (!forEachChardataElement(list, [](Term) { return true; })) {
    ToStringFailure f;
    f.error = ToStringError::NotChardata;
    f.message = "cannot convert the given list to a string.\n\n"
                "To be converted to a string, a list must either be empty or only\n"
                "contain the following elements:\n\n"
                "  * strings\n"
                "  * integers representing Unicode code points\n"
                "  * a list containing one of these three elements\n\n"
                "Please check the given list or call inspect/1 to get the list "
                "representation, got:\n\n" +
                inspect(list) + "\n";
    setFailure(failure, std::move(f));
    return false;
  }
  size_t start = out.size();
  Utf8Assembler assembler(out);
  bool ok = forEachChardataElement(list, [&](Term e) {
    return isBinary(e) ? assembler.bytes(binaryView(e)) : assembler.codePoint(e);
  });
  if (ok && assembler.finish())
    return true;
  out.resize(start);
  setFailure(failure, std::move(assembler.failure));
  return false;
}

bool isoDateText(Term t, std::string &out) {
  if (!isMap(t) || structModule(t) == 0 || atomName(structModule(t)) != "Elixir.Date")
    return false;
  auto year = mapGet(t, internAtom("year")), month = mapGet(t, internAtom("month")),
       day = mapGet(t, internAtom("day")), calendar = mapGet(t, internAtom("calendar"));
  if (!year || !month || !day || !calendar || !isSmall(*year) || !isSmall(*month) ||
      !isSmall(*day) || !isAtom(*calendar) || atomName(*calendar) != "Elixir.Calendar.ISO" ||
      mapSize(t) != 5)
    return false;
  int64_t y = smallValue(*year);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s%04lld-%02lld-%02lld", y < 0 ? "-" : "",
                static_cast<long long>(y < 0 ? -y : y), static_cast<long long>(smallValue(*month)),
                static_cast<long long>(smallValue(*day)));
  out += buf;
  return true;
}

namespace {

std::optional<int64_t> smallField(Term map, const char *name) {
  auto v = mapGet(map, internAtom(name));
  if (!v || !isSmall(*v))
    return std::nullopt;
  return smallValue(*v);
}

// "HH:MM:SS" plus the fraction digits the precision asks for; false unless every field is
// in range.
bool appendClock(Term t, std::string &out) {
  auto h = smallField(t, "hour"), mi = smallField(t, "minute"), s = smallField(t, "second");
  auto us = mapGet(t, internAtom("microsecond"));
  if (!h || !mi || !s || !us || !isTuple(*us) || tupleArity(*us) != 2 ||
      !isSmall(tupleElem(*us, 0)) || !isSmall(tupleElem(*us, 1)))
    return false;
  int64_t micro = smallValue(tupleElem(*us, 0)), precision = smallValue(tupleElem(*us, 1));
  if (*h < 0 || *h > 23 || *mi < 0 || *mi > 59 || *s < 0 || *s > 59 || micro < 0 ||
      micro > 999999 || precision < 0 || precision > 6)
    return false;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", static_cast<long long>(*h),
                static_cast<long long>(*mi), static_cast<long long>(*s));
  out += buf;
  if (precision > 0) {
    std::snprintf(buf, sizeof buf, "%06lld", static_cast<long long>(micro));
    out += '.';
    out.append(buf, static_cast<size_t>(precision));
  }
  return true;
}

bool isoCalendar(Term t) {
  auto calendar = mapGet(t, internAtom("calendar"));
  return calendar && isAtom(*calendar) && atomName(*calendar) == "Elixir.Calendar.ISO";
}

// "YYYY-MM-DD" of a map's year/month/day fields.
bool appendDay(Term t, std::string &out) {
  auto y = smallField(t, "year"), m = smallField(t, "month"), d = smallField(t, "day");
  if (!y || !m || !d)
    return false;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s%04lld-%02lld-%02lld", *y < 0 ? "-" : "",
                static_cast<long long>(*y < 0 ? -*y : *y), static_cast<long long>(*m),
                static_cast<long long>(*d));
  out += buf;
  return true;
}

} // namespace

bool isoTimeText(Term t, std::string &out, char &sigil) {
  if (!isMap(t) || structModule(t) == 0 || !isoCalendar(t))
    return false;
  std::string_view module = atomName(structModule(t));
  std::string text;
  if (module == "Elixir.Time" && mapSize(t) == 6) {
    sigil = 'T';
  } else if (module == "Elixir.NaiveDateTime" && mapSize(t) == 9) {
    sigil = 'N';
    if (!appendDay(t, text))
      return false;
    text += ' ';
  } else if (module == "Elixir.DateTime" && mapSize(t) == 13) {
    auto zone = mapGet(t, internAtom("time_zone"));
    if (!zone || !isBinary(*zone) || binaryView(*zone) != "Etc/UTC")
      return false;
    sigil = 'U';
    if (!appendDay(t, text))
      return false;
    text += ' ';
  } else {
    return false;
  }
  if (!appendClock(t, text))
    return false;
  if (sigil == 'U')
    text += 'Z';
  out += text;
  return true;
}

bool toString(Term t, std::string &out, ToStringFailure *failure) {
  if (char sigil; isoDateText(t, out) || isoTimeText(t, out, sigil))
    return true;
  if (isBinary(t)) {
    out.append(binaryView(t));
    return true;
  }
  if (isAtom(t)) {
    if (t != ATH_ATOM(nil))
      out.append(atomName(t));
    return true;
  }
  if (isInteger(t)) {
    appendInteger(t, 10, out);
    return true;
  }
  if (isFloat(t)) {
    appendShortestFloat(floatValue(t), out);
    return true;
  }
  if (isList(t))
    return chardataToString(t, out, failure);
  ToStringFailure f;
  f.error = ToStringError::NotImplemented;
  f.message = protocolUndefinedMessage(ATH_ATOM(Elixir_String_Chars), t, "");
  setFailure(failure, std::move(f));
  return false;
}

} // namespace athanor::format
