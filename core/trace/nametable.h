#pragma once

#include <QByteArrayView>
#include <QtEndian>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <type_traits>

namespace sockscope {

namespace nametable {

// What tells the names of one table apart: a name's first four bytes, its last four and its
// length (all of its bytes when it is shorter than four).
constexpr std::uint64_t shapeOf(std::string_view name)
{
    const std::size_t n = name.size();
    const auto byte = [&](std::size_t i) { return std::uint64_t(std::uint8_t(name[i])); };
    std::uint64_t first = 0;
    std::uint64_t last = 0;
    if (n >= 4) {
        if (std::is_constant_evaluated()) {
            for (std::size_t i = 0; i < 4; ++i) {
                first |= byte(i) << (8 * i);
                last |= byte(n - 4 + i) << (8 * i);
            }
        } else {
            std::uint32_t f;
            std::uint32_t l;
            std::memcpy(&f, name.data(), 4);
            std::memcpy(&l, name.data() + n - 4, 4);
            first = qFromLittleEndian(f);
            last = qFromLittleEndian(l);
        }
    } else if (n > 0) {
        first = byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16;
    }
    return (first << 32 | last) ^ n;
}

// splitmix64: the candidate multipliers, tried in turn.
constexpr std::uint64_t candidate(std::uint64_t k)
{
    std::uint64_t z = (k + 1) * 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return (z ^ (z >> 31)) | 1;
}

} // namespace nametable

// The names a trace file gives the values of one enumeration (or the keys of its objects),
// found by a perfect hash made when the program is compiled: a name's shape multiplied into
// one of 256 slots that no other name of the table shares, then one comparison. A trace file
// names a kind, a line and several keys per event, a million times; a hash of every byte and a
// probe, or a comparison with each name in turn, took a fifth of a load. An empty name is
// never found; a table whose names cannot be told apart by their shapes does not compile.
template <std::size_t N> class NameTable
{
    static_assert(N < 128, "a slot holds a name's number in a signed byte");

public:
    consteval explicit NameTable(const std::array<std::string_view, N> &names) : m_names(names)
    {
        for (std::uint64_t k = 0; k < 100000; ++k) {
            m_multiplier = nametable::candidate(k);
            if (place())
                return;
        }
        throw "no multiplier puts these names in slots of their own";
    }
    consteval explicit NameTable(const std::array<const char *, N> &names) : NameTable(views(names))
    {
    }

    // The name's number, or -1.
    constexpr int find(std::string_view name) const
    {
        if (name.empty())
            return -1;
        const int i = m_slots[slotOf(name)];
        if (i < 0)
            return -1;
        // Compared here: a call to memcmp for a few bytes costs more than the comparison.
        const std::string_view known = m_names[std::size_t(i)];
        if (known.size() != name.size())
            return -1;
        for (std::size_t k = 0; k < name.size(); ++k)
            if (known[k] != name[k])
                return -1;
        return i;
    }

    template <typename Enum> std::optional<Enum> lookup(QByteArrayView name) const
    {
        const int i = find(std::string_view(name.data(), std::size_t(name.size())));
        return i < 0 ? std::nullopt : std::optional<Enum>(static_cast<Enum>(i));
    }

private:
    static constexpr std::array<std::string_view, N> views(const std::array<const char *, N> &in)
    {
        std::array<std::string_view, N> out{};
        for (std::size_t i = 0; i < N; ++i)
            out[i] = in[i];
        return out;
    }
    constexpr std::size_t slotOf(std::string_view name) const
    {
        return std::size_t((nametable::shapeOf(name) * m_multiplier) >> 56);
    }
    constexpr bool place()
    {
        for (auto &s : m_slots)
            s = -1;
        for (std::size_t i = 0; i < N; ++i) {
            if (m_names[i].empty())
                continue;
            std::int8_t &s = m_slots[slotOf(m_names[i])];
            if (s >= 0)
                return false;
            s = std::int8_t(i);
        }
        return true;
    }

    std::array<std::string_view, N> m_names;
    std::array<std::int8_t, 256> m_slots{};
    std::uint64_t m_multiplier = 1;
};

} // namespace sockscope
