// String.Chars of Elixir 1.14 (to_string/1 and string interpolation) over runtime terms,
// and List.to_string/1 (chardata to UTF-8), with the exceptions Elixir raises on failure
// described precisely enough for the caller to raise them.
#pragma once

#include "term/Term.h"

#include <string>

namespace athanor::format {

enum class ToStringError {
  None,
  /// No String.Chars implementation (tuples, maps, structs, pids, references, funs):
  /// raise Protocol.UndefinedError, protocol String.Chars, value = the term.
  NotImplemented,
  /// A list that is not chardata (atoms, improper tails, ...): raise ArgumentError.
  NotChardata,
  /// Chardata holding an invalid code point or invalid UTF-8: UnicodeConversionError.
  InvalidUnicode,
  /// Chardata ending in a truncated UTF-8 sequence: UnicodeConversionError.
  IncompleteUnicode,
};

struct ToStringFailure {
  ToStringError error = ToStringError::None;
  /// Exception.message/1 of the exception Elixir raises.
  std::string message;
  /// UnicodeConversionError's `encoded` field: the text converted before the bad part.
  std::string encoded;
};

/// to_string(t) appended to `out`: binaries as they are, atoms by name (nil -> ""),
/// integers, floats (shortest round-trip digits), lists as chardata. On failure returns
/// false, leaves `out` as it was and fills `failure` if given.
bool toString(rt::Term t, std::string &out, ToStringFailure *failure = nullptr);

/// A %Date{} of Calendar.ISO (integer year, month, day): its ISO 8601 text ("2024-01-31"),
/// as String.Chars and inspect (~D[...]) print it. False for anything else.
bool isoDateText(rt::Term t, std::string &out);

/// A %Time{}, %NaiveDateTime{} or UTC %DateTime{} of Calendar.ISO: the text String.Chars
/// prints ("10:30:00.123", "2024-01-31 10:30:00", "2024-01-31 10:30:00Z") and the letter of
/// the sigil inspect wraps it in (T, N, U). False for anything else (other fields, zones).
bool isoTimeText(rt::Term t, std::string &out, char &sigil);

/// List.to_string/1 (:unicode.characters_to_binary/1): integers are code points, binaries
/// must be UTF-8, lists nest, and the tail may be a binary. Same failure contract.
bool chardataToString(rt::Term list, std::string &out, ToStringFailure *failure = nullptr);

} // namespace athanor::format
