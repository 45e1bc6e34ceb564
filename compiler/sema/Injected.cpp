// Injected definitions (see Injected.h). The callbacks' default bodies follow Elixir
// 1.14's GenServer/Supervisor/Agent/Task `__using__` and Kernel.defexception.
#include "sema/Injected.h"

#include <algorithm>

namespace athanor::sema {

namespace {

const char *const kGenServer = R"(
def child_spec(init_arg) do
  Supervisor.child_spec(%{id: __MODULE__, start: {__MODULE__, :start_link, [init_arg]}}, __use_opts__)
end
def init(init_arg) do
  GenServer.__default_init__(__MODULE__, init_arg)
end
def handle_call(msg, from, state) do
  GenServer.__default_handle_call__(msg, from, state)
end
def handle_info(msg, state) do
  GenServer.__default_handle_info__(msg, state)
end
def handle_cast(msg, state) do
  GenServer.__default_handle_cast__(msg, state)
end
def terminate(_reason, _state) do
  :ok
end
def code_change(_old, state, _extra) do
  {:ok, state}
end
)";

const char *const kSupervisor = R"(
def child_spec(init_arg) do
  Supervisor.child_spec(%{id: __MODULE__, start: {__MODULE__, :start_link, [init_arg]}, type: :supervisor}, __use_opts__)
end
)";

const char *const kAgent = R"(
def child_spec(arg) do
  Supervisor.child_spec(%{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}}, __use_opts__)
end
)";

const char *const kTask = R"(
def child_spec(arg) do
  Supervisor.child_spec(%{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}, restart: :temporary}, __use_opts__)
end
)";

const char *const kDynamicSupervisor = R"(
def child_spec(arg) do
  Supervisor.child_spec(%{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}, type: :supervisor}, __use_opts__)
end
)";

} // namespace

std::string useInjection(const std::string &module) {
  if (module == "Elixir.GenServer")
    return kGenServer;
  if (module == "Elixir.Supervisor")
    return kSupervisor;
  if (module == "Elixir.Agent")
    return kAgent;
  if (module == "Elixir.Task")
    return kTask;
  if (module == "Elixir.DynamicSupervisor")
    return kDynamicSupervisor;
  return {};
}

std::string structInjection(bool isException, const std::vector<std::string> &fields) {
  std::string s = "def __struct__(), do: %__MODULE__{}\n"
                  "def __struct__(kv), do: Kernel.struct!(__MODULE__, kv)\n";
  if (!isException)
    return s;
  s += "def exception(msg) when is_binary(msg), do: exception(message: msg)\n"
       "def exception(args) when is_list(args), do: Kernel.struct!(%__MODULE__{}, args)\n";
  if (std::find(fields.begin(), fields.end(), "message") != fields.end())
    s += "def message(exception), do: exception.message\n";
  return s;
}

} // namespace athanor::sema
