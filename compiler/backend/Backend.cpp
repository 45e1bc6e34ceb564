// The LLVM back end (see Backend.h). Objects are position independent: Debian's linkers
// build PIE executables by default.
#include "backend/Backend.h"

#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/Module.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Target/TargetOptions.h>
#include <llvm/TargetParser/Host.h>

#include <memory>
#include <mutex>

namespace athanor::backend {

using namespace llvm;

namespace {

std::unique_ptr<TargetMachine> hostMachine(int optLevel, std::string &error) {
  static std::once_flag once;
  std::call_once(once, [] {
    InitializeNativeTarget();
    InitializeNativeTargetAsmPrinter();
  });
  std::string triple = sys::getDefaultTargetTriple();
  const Target *target = TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return nullptr;
  CodeGenOptLevel level = optLevel == 0   ? CodeGenOptLevel::None
                          : optLevel == 1 ? CodeGenOptLevel::Less
                          : optLevel == 2 ? CodeGenOptLevel::Default
                                          : CodeGenOptLevel::Aggressive;
  TargetOptions options;
  return std::unique_ptr<TargetMachine>(target->createTargetMachine(
      triple, "x86-64", "", options, Reloc::PIC_, std::nullopt, level));
}

} // namespace

bool prepareModule(Module &m, std::string &error) {
  auto tm = hostMachine(2, error);
  if (!tm)
    return false;
  m.setTargetTriple(tm->getTargetTriple().str());
  m.setDataLayout(tm->createDataLayout());
  return true;
}

void optimize(Module &m, int optLevel) {
  std::string error;
  auto tm = hostMachine(optLevel, error);
  LoopAnalysisManager lam;
  FunctionAnalysisManager fam;
  CGSCCAnalysisManager cgam;
  ModuleAnalysisManager mam;
  PassBuilder pb(tm.get());
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  OptimizationLevel level = optLevel == 0   ? OptimizationLevel::O0
                            : optLevel == 1 ? OptimizationLevel::O1
                            : optLevel == 2 ? OptimizationLevel::O2
                                            : OptimizationLevel::O3;
  ModulePassManager mpm = optLevel == 0 ? pb.buildO0DefaultPipeline(level)
                                        : pb.buildPerModuleDefaultPipeline(level);
  mpm.run(m, mam);
}

bool emit(Module &m, OutputKind kind, int optLevel, const std::string &path, std::string &error) {
  auto tm = hostMachine(optLevel, error);
  if (!tm)
    return false;
  std::error_code ec;
  raw_fd_ostream out(path, ec, sys::fs::OF_None);
  if (ec) {
    error = "cannot write " + path + ": " + ec.message();
    return false;
  }
  legacy::PassManager pm;
  CodeGenFileType type = kind == OutputKind::Object ? CodeGenFileType::ObjectFile
                                                    : CodeGenFileType::AssemblyFile;
  if (tm->addPassesToEmitFile(pm, out, nullptr, type)) {
    error = "the target cannot emit this file type";
    return false;
  }
  pm.run(m);
  out.flush();
  return true;
}

std::string printModule(const Module &m) {
  std::string s;
  raw_string_ostream os(s);
  m.print(os, nullptr);
  return os.str();
}

} // namespace athanor::backend
