// Process aliases (Erlang/OTP 24+): a reference that, while active, forwards every
// message sent to it to the process that created it; once deactivated, messages sent to
// it are silently dropped. GenServer.call and Task.async use them so that a reply that
// arrives after the caller gave up never reaches its mailbox.
//
//   :erlang.alias()                  an alias (deactivated only by unalias/1)
//   :erlang.alias([:reply])          deactivated by the first message delivered through it
//   :erlang.unalias(alias)           deactivates; true if it was an active alias of ours
//   :erlang.monitor(:process, target, [alias: mode])
//       a monitor whose reference is also an alias; mode is :explicit_unalias,
//       :demonitor (deactivated when the monitor goes: demonitor/1,2 or its DOWN) or
//       :reply_demonitor (as :demonitor, and also by the first message delivered)
//
// Sending to a reference (`send(ref, msg)`) delivers through the alias table; a
// reference that is not an active alias swallows the message, as in Erlang.
#pragma once

#include "athanor/rt.h"

#include <cstdint>

namespace athanor::rt {

struct Process;

/// send(ref, msg) from process p: delivers msg to the alias's owner if active.
void aliasSend(Process *p, ath_term ref, ath_term msg);

/// erlang:monitor(type, target) for process p, whose reference is also an alias in mode
/// `aliasMode` (an AliasMode) unless it is -1. A monitor of a dead process gets its
/// :noproc DOWN at once; its alias is then born inactive in the modes that end with the
/// monitor, as in Erlang. (bif/Processes.cpp)
ath_term monitorProcess(ath_proc *p, ath_term type, ath_term target, int aliasMode);

/// The monitor with reference id `ref` is gone (demonitor or DOWN sent): deactivates an
/// alias made with it in :demonitor / :reply_demonitor mode. Cheap when no alias exists.
void aliasMonitorGone(uint64_t ref);

} // namespace athanor::rt
