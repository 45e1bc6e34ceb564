// Options helpers.
#include "driver/Options.h"

namespace athanor::driver {

std::optional<EmitStage> parseEmitStage(const std::string &name) {
  if (name == "tokens") return EmitStage::Tokens;
  if (name == "quoted") return EmitStage::Quoted;
  if (name == "ast") return EmitStage::Ast;
  if (name == "core") return EmitStage::Core;
  if (name == "llvm") return EmitStage::Llvm;
  if (name == "asm") return EmitStage::Asm;
  if (name == "obj") return EmitStage::Obj;
  return std::nullopt;
}

} // namespace athanor::driver
