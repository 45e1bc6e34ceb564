// erlang:phash2/1,2: Erlang's portable term hash (OTP's make_hash2), reproduced so that
// programs that print or bucket by :erlang.phash2 get BEAM's numbers. Covered exactly:
// integers (small and big), floats, atoms, [], lists (with the byte-string shortcut),
// tuples, binaries, maps (flat and tries: pairs are combined order-independently) and
// external funs (&Mod.fun/arity). Pids, references and anonymous funs hash by their own
// identity: their BEAM hashes depend on node-local numbering Athanor does not share.
#pragma once

#include "term/Term.h"

#include <string_view>

namespace athanor::rt {

/// The full 32-bit value (phash2(t, 2^32)); phash2/1 is this & (2^27 - 1) and phash2/2
/// this % range.
uint32_t phash2(Term t);

/// The hash BEAM's atom table keeps for an atom name (hashpjw over the name's bytes,
/// with two-byte UTF-8 sequences of Latin-1 characters folded into one).
uint32_t atomTableHash(std::string_view name);

} // namespace athanor::rt
