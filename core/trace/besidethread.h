#pragma once

#include <future>
#include <system_error>
#include <type_traits>
#include <utility>

namespace sockscope {

// Starts `work` on a thread of its own, beside the caller's, when one is to be had. With none
// (a limit on threads or memory: std::async throws then) the future returned is empty, and the
// caller does the work itself or goes without it; a program at its limit slows, never aborts.
template <typename Work> std::future<std::invoke_result_t<Work>> startBeside(Work &&work)
{
    try {
        return std::async(std::launch::async, std::forward<Work>(work));
    } catch (const std::system_error &) {
        return {};
    }
}

} // namespace sockscope
