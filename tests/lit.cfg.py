# lit configuration for Athanor's golden tests.
# Each test is one small source file with its `RUN:` and `CHECK:` lines in comments.
# Substitutions: %athanor (the driver), %conformance (../shared/conformance, if present).
import os
import lit.formats

config.name = "athanor"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".exs", ".ex", ".test"]
config.excludes = ["Inputs", "inputs", "unit", "fuzz", "tools", "lit.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = lit_config.params.get(
    "exec_root", os.path.join(config.test_source_root, "..", "build", "lit-out"))

athanor = lit_config.params.get("athanor")
if not athanor:
    lit_config.fatal("pass --param athanor=PATH/TO/athanor")
config.substitutions.append(("%athanor", athanor))
repo_root = os.path.abspath(os.path.join(config.test_source_root, ".."))
config.substitutions.append(("%repo", repo_root))
config.substitutions.append(("%shared", os.path.abspath(os.path.join(repo_root, "..", "shared"))))

llvm_bin = lit_config.params.get("llvm_bin", "/usr/lib/llvm-19/bin")
config.environment["PATH"] = os.pathsep.join([llvm_bin, os.environ.get("PATH", "")])
for var in ["HOME", "TMPDIR", "ATHANOR_SCHEDULERS"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]
