// The Inspect protocol of Elixir 1.14 over runtime terms: one function per protocol
// implementation (Inspect.Integer, .Float, .Atom, .BitString, .List, .Tuple, .Map, .Any for
// structs, .Range, .MapSet, .Function, .PID, .Reference), building Inspect.Algebra
// documents exactly as the Elixir code does (container_doc/6 included), then rendering.
#include "format/Inspect.h"

#include "format/Algebra.h"
#include "format/AtomText.h"
#include "format/Numbers.h"
#include "format/TextEscape.h"
#include "format/ToString.h"
#include "term/Atoms.h"
#include "term/BeamMapOrder.h"
#include "term/Compare.h"
#include "term/Map.h"
#include "term/Structs.h"

#include <cstring>
#include <vector>

namespace athanor::format {

using namespace athanor::rt;

namespace {

int64_t decrementLimit(int64_t limit) { return limit < 0 ? limit : limit - 1; }

int baseRadix(IntegerBase base) {
  switch (base) {
  case IntegerBase::Hex: return 16;
  case IntegerBase::Octal: return 8;
  case IntegerBase::Binary: return 2;
  case IntegerBase::Decimal: break;
  }
  return 10;
}

// Inspect.Integer: Integer.to_string(i, base) with a 0x / 0o / 0b prefix after the sign.
void appendInspectInteger(Term t, IntegerBase base, std::string &out) {
  size_t start = out.size();
  appendInteger(t, baseRadix(base), out);
  const char *prefix = base == IntegerBase::Hex     ? "0x"
                       : base == IntegerBase::Octal  ? "0o"
                       : base == IntegerBase::Binary ? "0b"
                                                     : nullptr;
  if (prefix)
    out.insert(start + (out[start] == '-' ? 1 : 0), prefix);
}

void appendAtomLiteralTerm(Term atom, std::string &out) {
  detail::appendAtomLiteral(atomName(atom), out);
}

// A stable stand-in for the BEAM's per-module "uniq" number of anonymous functions.
uint32_t moduleHash(std::string_view name) {
  uint32_t h = 2166136261u;
  for (unsigned char c : name)
    h = (h ^ c) * 16777619u;
  return h & ((1u << 27) - 1);
}

// Inspect.Function.
void appendFunction(Term fun, std::string &out) {
  const ath_fun_info *info = funInfo(fun);
  std::string_view name = isAtom(info->name) ? atomName(info->name) : std::string_view();
  if (info->is_capture) {
    out += '&';
    appendAtomLiteralTerm(info->module, out);
    out += '.';
    detail::appendAtomRemoteCall(name, out);
    out += '/';
    out += std::to_string(info->arity);
    return;
  }
  out += "#Function<";
  out += std::to_string(info->unique);
  out += '.';
  out += std::to_string(moduleHash(atomName(info->module)));
  out += '/';
  out += std::to_string(info->arity);
  out += " in ";
  appendAtomLiteralTerm(info->module, out);
  if (!name.empty()) {
    out += '.';
    std::string_view parent, parentArity;
    if (detail::extractAnonymousFunParent(name, parent, parentArity)) {
      detail::appendAtomRemoteCall(parent, out);
      out += '/';
      out += parentArity;
    } else {
      detail::appendAtomRemoteCall(name, out);
    }
  }
  out += '>';
}

// The text of terms whose document is a single string (everything but collections and
// non-printable binaries). Returns false for the others.
bool appendSimpleTerm(Term t, const InspectOptions &opts, std::string &out) {
  if (isSmall(t) || isBigint(t)) {
    appendInspectInteger(t, opts.base, out);
    return true;
  }
  if (isAtom(t)) {
    appendAtomLiteralTerm(t, out);
    return true;
  }
  if (isNil(t)) {
    out += "[]";
    return true;
  }
  if (isPid(t)) { // the id is (generation << 27) | slot (proc/ProcessTable.cpp)
    out += "#PID<0.";
    out += std::to_string(ath_pid_id(t) & ((uint64_t(1) << 27) - 1));
    out += '.';
    out += std::to_string(ath_pid_id(t) >> 27);
    out += '>';
    return true;
  }
  if (!isBoxed(t))
    return false;
  switch (boxedType(t)) {
  case ATH_T_FLOAT:
    appendInspectFloat(floatValue(t), out);
    return true;
  case ATH_T_REF:
    out += "#Reference<0.0.";
    out += std::to_string(refWord(t, 0));
    out += '.';
    out += std::to_string(refWord(t, 1));
    out += '>';
    return true;
  case ATH_T_FUN:
    appendFunction(t, out);
    return true;
  case ATH_T_BINARY: {
    // Inspect.BitString: a string when the base is decimal and the binary printable (or
    // :as_strings is asked for).
    std::string_view bytes = binaryView(t);
    bool asString = opts.base == IntegerBase::Decimal &&
                    (opts.binaries == BinariesMode::AsStrings ||
                     (opts.binaries == BinariesMode::Infer &&
                      detail::isPrintableString(bytes, opts.printableLimit)));
    if (!asString)
      return false;
    out += '"';
    bool complete = detail::appendEscaped(bytes, '"', opts.printableLimit, out);
    out += complete ? "\"" : "\" <> ...";
    return true;
  }
  default:
    return false;
  }
}

// The elements of a list: its cons cells, or an array (MapSet's sorted elements).
class ListCursor {
public:
  explicit ListCursor(Term list) : cell_(list) {}
  ListCursor(const Term *begin, const Term *end) : array_(begin), arrayEnd_(end) {}

  bool atEnd() const { return array_ ? array_ == arrayEnd_ : !isCons(cell_); }
  Term head() const { return array_ ? *array_ : consHead(cell_); }
  /// The current element is the last one and the list ends in a non-list tail.
  bool improperNext() const { return !array_ && !isList(consTail(cell_)); }
  Term improperTail() const { return consTail(cell_); }
  void advance() {
    if (array_)
      ++array_;
    else
      cell_ = consTail(cell_);
  }

private:
  Term cell_ = ATH_NIL;
  const Term *array_ = nullptr;
  const Term *arrayEnd_ = nullptr;
};

// Inspect.List.keyword?/1.
bool isKeywordList(ListCursor c) {
  for (; !c.atEnd(); c.advance()) {
    if (c.improperNext())
      return false;
    Term pair = c.head();
    if (!isTuple(pair) || tupleArity(pair) != 2 || !isAtom(tupleElem(pair, 0)) ||
        detail::isElixirAliasName(atomName(tupleElem(pair, 0))))
      return false;
  }
  return true;
}

// List.ascii_printable?(list, limit).
bool isAsciiPrintableList(Term list, int64_t limit) {
  for (; isCons(list); list = consTail(list)) {
    if (limit == 0)
      return true;
    Term c = consHead(list);
    if (!isSmall(c) || !detail::isAsciiPrintableChar(smallValue(c)))
      return false;
    limit = decrementLimit(limit);
  }
  return isNil(list);
}

enum class BreakStyle { Maybe, Strict, Flex };

// Inspect.Algebra.container_each/6 and container_doc/6: collects element documents while
// counting down the limit (each element is inspected with the limit left after it), then
// joins them with the separator and lays them out.
class ContainerDoc {
public:
  ContainerDoc(DocArena &arena, const InspectOptions &opts, BreakStyle style)
      : arena_(arena), opts_(opts), limit_(opts.limit), style_(style),
        simple_(style == BreakStyle::Maybe) {}

  /// Adds the next element, built by `makeDoc(const InspectOptions &)`. Returns false once
  /// the limit is used up: "..." has been added and no more elements are wanted.
  template <class MakeDoc> bool add(MakeDoc &&makeDoc) {
    if (limit_ == 0) {
      docs_.push_back(arena_.text("..."));
      return false;
    }
    InspectOptions inner = opts_;
    inner.limit = decrementLimit(limit_);
    DocId doc = makeDoc(inner);
    if (doc != DocArena::empty())
      limit_ = inner.limit;
    simple_ = simple_ && arena_.isSimple(doc);
    docs_.push_back(doc);
    return true;
  }

  /// The last cell of an improper list, `[head | tail]`, printed as "head | tail".
  template <class MakeDoc> void addImproper(Term head, Term tail, MakeDoc &&makeDoc) {
    if (limit_ == 0) {
      docs_.push_back(arena_.text("..."));
      return;
    }
    InspectOptions inner = opts_;
    inner.limit = decrementLimit(limit_);
    DocId left = makeDoc(head, inner);
    DocId right = makeDoc(tail, inner);
    simple_ = simple_ && arena_.isSimple(left) && arena_.isSimple(right);
    docs_.push_back(join(left, right, simple_, " |"));
  }

  DocId finish(std::string_view open, std::string_view close, std::string_view separator) {
    DocId openDoc = arena_.text(open);
    DocId closeDoc = arena_.text(close);
    if (docs_.empty())
      return arena_.concat(openDoc, closeDoc);
    bool flex = simple_ || style_ == BreakStyle::Flex;
    DocId body = docs_.back();
    for (size_t i = docs_.size() - 1; i-- > 0;)
      body = join(docs_[i], body, flex, separator);
    if (flex)
      return arena_.group(arena_.concat({openDoc, arena_.nest(body, 1), closeDoc}));
    return arena_.group(
        arena_.glue(arena_.nest(arena_.glue(openDoc, "", body), 2), "", closeDoc));
  }

private:
  // Inspect.Algebra's private join/4.
  DocId join(DocId left, DocId right, bool flex, std::string_view separator) {
    if (right == DocArena::empty())
      return left;
    if (left == DocArena::empty())
      return right;
    DocId withSeparator = arena_.concat(left, arena_.text(separator));
    return flex ? arena_.flexGlue(withSeparator, " ", right)
                : arena_.glue(withSeparator, " ", right);
  }

  DocArena &arena_;
  const InspectOptions &opts_;
  int64_t limit_;
  BreakStyle style_;
  bool simple_;
  std::vector<DocId> docs_;
};

class Inspector {
public:
  explicit Inspector(DocArena &arena) : arena_(arena) {}

  // Inspect.Algebra.to_doc/2.
  DocId toDoc(Term t, const InspectOptions &opts) {
    scratch_.clear();
    if (appendSimpleTerm(t, opts, scratch_))
      return arena_.text(scratch_);
    if (isCons(t))
      return listDoc(ListCursor(t), t, opts);
    switch (boxedType(t)) {
    case ATH_T_TUPLE:
      return tupleDoc(t, opts);
    case ATH_T_MAP:
    case ATH_T_HAMT:
      return mapOrStructDoc(t, opts);
    case ATH_T_BINARY:
      return bitstringDoc(binaryView(t), opts);
    default:
      return arena_.text("#<unknown term>");
    }
  }

private:
  DocId text(std::string_view s) { return arena_.text(s); }

  // Inspect.List.keyword/2: `key: value`.
  DocId keywordPairDoc(Term key, Term value, const InspectOptions &opts) {
    std::string keyText;
    detail::appendAtomKey(atomName(key), keyText);
    return arena_.concat({text(keyText), text(" "), toDoc(value, opts)});
  }

  // Inspect.List.inspect/2. `list` is the list term when there is one (charlists need it).
  DocId listDoc(ListCursor elements, Term list, const InspectOptions &opts) {
    if (elements.atEnd())
      return text("[]");
    if (list != ATH_NIL && opts.charlists != CharlistsMode::AsLists &&
        (opts.charlists == CharlistsMode::AsCharlists ||
         isAsciiPrintableList(list, opts.printableLimit))) {
      std::string chars;
      if (chardataToString(list, chars)) {
        std::string quoted = "'";
        bool complete = detail::appendEscaped(chars, '\'', opts.printableLimit, quoted);
        quoted += complete ? "'" : "' ++ ...";
        return text(quoted);
      }
      // Not chardata: Elixir raises here; we fall back to printing a list.
    }
    if (isKeywordList(elements)) {
      ContainerDoc container(arena_, opts, BreakStyle::Strict);
      for (ListCursor c = elements; !c.atEnd(); c.advance()) {
        Term pair = c.head();
        if (!container.add([&](const InspectOptions &o) {
              return keywordPairDoc(tupleElem(pair, 0), tupleElem(pair, 1), o);
            }))
          break;
      }
      return container.finish("[", "]", ",");
    }
    ContainerDoc container(arena_, opts, BreakStyle::Maybe);
    auto elementDoc = [&](Term e, const InspectOptions &o) { return toDoc(e, o); };
    for (ListCursor c = elements; !c.atEnd(); c.advance()) {
      if (c.improperNext()) {
        container.addImproper(c.head(), c.improperTail(), elementDoc);
        break;
      }
      Term e = c.head();
      if (!container.add([&](const InspectOptions &o) { return toDoc(e, o); }))
        break;
    }
    return container.finish("[", "]", ",");
  }

  // Inspect.Tuple.
  DocId tupleDoc(Term t, const InspectOptions &opts) {
    ContainerDoc container(arena_, opts, BreakStyle::Flex);
    for (uint64_t i = 0, n = tupleArity(t); i < n; ++i) {
      Term e = tupleElem(t, i);
      if (!container.add([&](const InspectOptions &o) { return toDoc(e, o); }))
        break;
    }
    return container.finish("{", "}", ",");
  }

  // Inspect.Map.inspect/2: `%{a: 1}` when every key is a keyword key, else `%{k => v}`.
  DocId mapDoc(Term map, const InspectOptions &opts) {
    auto entries = mapEntriesListOrder(map);
    bool keywordKeys = true;
    for (auto &[key, value] : entries)
      if (!isAtom(key) || detail::isElixirAliasName(atomName(key))) {
        keywordKeys = false;
        break;
      }
    ContainerDoc container(arena_, opts, BreakStyle::Strict);
    for (auto &[key, value] : entries) {
      Term k = key, v = value;
      bool more = container.add([&](const InspectOptions &o) {
        if (keywordKeys)
          return keywordPairDoc(k, v, o);
        return arena_.concat({toDoc(k, o), text(" => "), toDoc(v, o)});
      });
      if (!more)
        break;
    }
    return container.finish("%{", "}", ",");
  }

  DocId mapOrStructDoc(Term map, const InspectOptions &opts) {
    Term module = structModule(map);
    if (module == 0 || !opts.structs)
      return mapDoc(map, opts);
    if (module == ATH_ATOM(Elixir_Range)) {
      if (DocId d = rangeDoc(map, opts); d != DocArena::empty())
        return d;
    } else if (module == ATH_ATOM(Elixir_MapSet)) {
      if (DocId d = mapSetDoc(map, opts); d != DocArena::empty())
        return d;
    } else if (module == ATH_ATOM(Elixir_Regex)) {
      if (DocId d = regexDoc(map); d != DocArena::empty())
        return d;
    } else if (std::string date; isoDateText(map, date)) {
      return text("~D[" + date + "]");
    } else if (char sigil; isoTimeText(map, date, sigil)) {
      return text(std::string("~") + sigil + "[" + date + "]");
    } else if (atomName(module) == "Elixir.Date.Range") {
      // Date.range(~D[...], ~D[...]), with the step when it is not 1
      auto first = mapGet(map, internAtom("first")), last = mapGet(map, internAtom("last")),
           step = mapGet(map, internAtom("step"));
      std::string a, b;
      if (first && last && step && isSmall(*step) && isoDateText(*first, a) &&
          isoDateText(*last, b) && mapSize(map) == 6) {
        std::string out = "Date.range(~D[" + a + "], ~D[" + b + "]";
        int64_t s = smallValue(*step);
        if (s != 1)
          out += ", " + std::to_string(s);
        return text(out + ")");
      }
    }
    if (DocId d = structDoc(map, module, opts); d != DocArena::empty())
      return d;
    return mapDoc(map, opts);
  }

  // Inspect.Range: `first..last` when step is 1 and last >= first, else
  // `first..last//step` (a range without a step gets 1 or -1).
  DocId rangeDoc(Term range, const InspectOptions &opts) {
    auto first = mapGet(range, ATH_ATOM(first));
    auto last = mapGet(range, ATH_ATOM(last));
    if (!first || !last)
      return DocArena::empty();
    auto step = mapGet(range, ATH_ATOM(step));
    Term stepValue = step ? *step : makeSmall(compareTerms(*first, *last) <= 0 ? 1 : -1);
    DocId doc = arena_.concat({toDoc(*first, opts), text(".."), toDoc(*last, opts)});
    if (stepValue == makeSmall(1) && compareTerms(*last, *first) >= 0)
      return doc;
    return arena_.concat({doc, text("//"), toDoc(stepValue, opts)});
  }

  // Inspect.Regex: `~r/source/opts`, with `/` and control characters escaped.
  DocId regexDoc(Term re) {
    auto source = mapGet(re, ATH_ATOM(source));
    auto reOpts = mapGet(re, ATH_ATOM(opts));
    if (!source || !reOpts || !isBinary(*source) || !isBinary(*reOpts))
      return DocArena::empty();
    std::string_view src = binaryView(*source);
    std::string out = "~r/";
    for (size_t i = 0; i < src.size(); ++i) {
      char c = src[i];
      if (c == '\\' && i + 1 < src.size() && src[i + 1] == '/') {
        out += "\\/";
        ++i;
      } else if (c == '/') {
        out += "\\/";
      } else if (const char *e = std::strchr("\n\t\r\v\f\a", c); e && c) {
        out += '\\';
        out += "ntrvfa"[e - "\n\t\r\v\f\a"];
      } else {
        out += c;
      }
    }
    out += '/';
    out += binaryView(*reOpts);
    return text(out);
  }

  // Inspect.MapSet: `MapSet.new([...])`, the elements being the keys of the `map` field,
  // printed as a list with charlists: :as_lists.
  DocId mapSetDoc(Term set, const InspectOptions &opts) {
    auto elementsMap = mapGet(set, ATH_ATOM(map));
    if (!elementsMap || !isMap(*elementsMap))
      return DocArena::empty();
    std::vector<Term> elements;
    for (auto &[key, value] : mapEntriesListOrder(*elementsMap))
      elements.push_back(key);
    InspectOptions listOpts = opts;
    listOpts.charlists = CharlistsMode::AsLists;
    DocId list = listDoc(ListCursor(elements.data(), elements.data() + elements.size()),
                         ATH_NIL, listOpts);
    return arena_.concat({text("MapSet.new("), list, text(")")});
  }

  // Inspect.Any for structs: `%Name{field: value, ...}` in definition order, provided the
  // map has exactly the struct's keys; empty() means "print it as a map".
  DocId structDoc(Term map, Term module, const InspectOptions &opts) {
    const ath_struct_info *info = structInfo(module);
    if (!info)
      return DocArena::empty();
    if (info->inspect_derived) {
      // Inspect derived with only:/except: `#Name<shown: value, ..., ...>`, used for any
      // map of this struct (as the protocol implementation is), whatever its keys
      std::string open = "#";
      appendAtomLiteralTerm(module, open);
      open += '<';
      ContainerDoc container(arena_, opts, BreakStyle::Strict);
      bool complete = true;
      for (uint32_t i = 0; i < info->inspect_count && complete; ++i) {
        Term field = info->inspect_fields[i];
        auto found = mapGet(map, field);
        Term value = found ? *found : ATH_ATOM(nil);
        complete = container.add(
            [&](const InspectOptions &o) { return keywordPairDoc(field, value, o); });
      }
      if (complete)
        container.add([&](const InspectOptions &) { return text("..."); });
      return container.finish(open, ">", ",");
    }
    uint64_t expectedKeys = 1 + info->field_count + (info->is_exception ? 1 : 0);
    if (mapSize(map) != expectedKeys ||
        (info->is_exception && !mapGet(map, ATH_ATOM(__exception__))))
      return DocArena::empty();
    std::vector<Term> values(info->field_count);
    for (uint32_t i = 0; i < info->field_count; ++i) {
      auto v = mapGet(map, info->fields[i]);
      if (!v)
        return DocArena::empty();
      values[i] = *v;
    }
    std::string open = "%";
    appendAtomLiteralTerm(module, open);
    open += '{';
    ContainerDoc container(arena_, opts, BreakStyle::Strict);
    for (uint32_t i = 0; i < info->field_count; ++i) {
      Term field = info->fields[i], value = values[i];
      if (!container.add(
              [&](const InspectOptions &o) { return keywordPairDoc(field, value, o); }))
        break;
    }
    return container.finish(open, "}", ",");
  }

  // Inspect.BitString for binaries shown as bytes: `<<1, 2, ...>>`, at most `limit` bytes.
  DocId bitstringDoc(std::string_view bytes, const InspectOptions &opts) {
    if (bytes.empty())
      return text("<<>>");
    bool truncated = opts.limit >= 0 && static_cast<uint64_t>(opts.limit) < bytes.size();
    size_t shown = truncated ? static_cast<size_t>(opts.limit) : bytes.size();
    auto byteDoc = [&](size_t i) {
      std::string digits;
      appendInspectInteger(makeSmall(static_cast<unsigned char>(bytes[i])), opts.base, digits);
      return text(digits);
    };
    // each_bit/3 nests to the right: flex_glue(concat(byte, ","), rest).
    DocId inner = truncated ? text("...") : byteDoc(--shown);
    while (shown-- > 0)
      inner = arena_.flexGlue(arena_.concat(byteDoc(shown), text(",")), " ", inner);
    return arena_.group(arena_.concat({text("<<"), arena_.nest(inner, 2), text(">>")}));
  }

  DocArena &arena_;
  std::string scratch_;
};

} // namespace

void inspectTo(Term t, const InspectOptions &opts, std::string &out) {
  if (appendSimpleTerm(t, opts, out))
    return;
  DocArena arena;
  Inspector inspector(arena);
  DocId doc = arena.group(inspector.toDoc(t, opts));
  arena.renderTo(doc, opts.pretty ? opts.width : kInfiniteWidth, out);
}

std::string inspect(Term t, const InspectOptions &opts) {
  std::string out;
  inspectTo(t, opts, out);
  return out;
}

} // namespace athanor::format
