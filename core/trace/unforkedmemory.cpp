#include "unforkedmemory.h"

#include <sys/mman.h>
#include <unistd.h>

namespace sockscope {

std::size_t roundUpToPages(std::size_t bytes)
{
    static const auto page = std::size_t(::sysconf(_SC_PAGESIZE));
    return (bytes + page - 1) / page * page;
}

namespace unforked {

void *allocate(std::size_t bytes)
{
    const std::size_t length = roundUpToPages(bytes == 0 ? 1 : bytes);
    void *block =
        ::mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (block == MAP_FAILED)
        throw std::bad_alloc();
    keepFromChildren(block, length);
    return block;
}

void release(void *block, std::size_t bytes)
{
    if (block)
        ::munmap(block, roundUpToPages(bytes == 0 ? 1 : bytes));
}

void keepFromChildren(void *block, std::size_t bytes)
{
    // Advice, not a promise: where the kernel refuses it, a fork copies the pages as before.
    ::madvise(block, roundUpToPages(bytes), MADV_DONTFORK);
}

} // namespace unforked
} // namespace sockscope
