#include "unforkedmemory.h"

#include <algorithm>
#include <bit>
#include <mutex>
#include <vector>

#include <sys/mman.h>
#include <unistd.h>

namespace sockscope {

std::size_t roundUpToPages(std::size_t bytes)
{
    static const auto page = std::size_t(::sysconf(_SC_PAGESIZE));
    return (bytes + page - 1) / page * page;
}

namespace unforked {

namespace {

// The length of the block that holds `bytes`: a power of two, whole pages.
std::size_t blockLength(std::size_t bytes)
{
    return std::bit_ceil(std::max(bytes, roundUpToPages(1)));
}

struct Block
{
    void *data = nullptr;
    std::size_t length = 0;
};

// Released blocks kept mapped (see the header), newest last: the one reused first is the one
// most likely still in a cache.
struct BlockCache
{
    std::mutex mutex;
    std::vector<Block> blocks;
    std::size_t bytes = 0;
};

BlockCache &blockCache()
{
    // Never destroyed: a recorder destroyed during static destruction may still release.
    static auto *cache = [] {
        auto *made = new BlockCache;
        // release() never allocates (it runs in deallocate(), which must not throw): a block
        // beyond this many is unmapped. As many as the smallest blocks a vector puts here fill.
        made->blocks.reserve(kMaxCachedBytes / UnforkedAllocator<char>::kMinBytes);
        return made;
    }();
    return *cache;
}

} // namespace

void *allocate(std::size_t bytes)
{
    const std::size_t length = blockLength(bytes);
    if (length <= kMaxCachedBlockBytes) {
        BlockCache &cache = blockCache();
        std::lock_guard lock(cache.mutex);
        const auto found = std::find_if(cache.blocks.rbegin(), cache.blocks.rend(),
                                        [length](const Block &b) { return b.length == length; });
        if (found != cache.blocks.rend()) {
            void *block = found->data;
            cache.bytes -= length;
            cache.blocks.erase(std::next(found).base());
            return block;
        }
    }
    void *block =
        ::mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (block == MAP_FAILED)
        throw std::bad_alloc();
    keepFromChildren(block, length);
    return block;
}

void release(void *block, std::size_t bytes)
{
    if (!block)
        return;
    const std::size_t length = blockLength(bytes);
    if (length <= kMaxCachedBlockBytes) {
        BlockCache &cache = blockCache();
        std::lock_guard lock(cache.mutex);
        if (cache.bytes + length <= kMaxCachedBytes &&
            cache.blocks.size() < cache.blocks.capacity()) {
            cache.blocks.push_back({block, length});
            cache.bytes += length;
            return;
        }
    }
    ::munmap(block, length);
}

std::size_t cachedBytes()
{
    BlockCache &cache = blockCache();
    std::lock_guard lock(cache.mutex);
    return cache.bytes;
}

void dropCached()
{
    BlockCache &cache = blockCache();
    std::lock_guard lock(cache.mutex);
    for (const Block &b : cache.blocks)
        ::munmap(b.data, b.length);
    cache.blocks.clear();
    cache.bytes = 0;
}

void keepFromChildren(void *block, std::size_t bytes)
{
    // Advice, not a promise: where the kernel refuses it, a fork copies the pages as before.
    ::madvise(block, roundUpToPages(bytes), MADV_DONTFORK);
}

} // namespace unforked
} // namespace sockscope
