#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace TheEye {

// A value or the reason there is none. Errors are data: nothing in the domain throws across an
// event loop. E is a translated message by default; the client uses a typed error.
template<typename T, typename E = QString>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}

    static Result failure(E error) { return Result(std::in_place_index<1>, std::move(error)); }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const E &error() const { return std::get<1>(m_data); }

private:
    template<std::size_t I, typename V>
    Result(std::in_place_index_t<I> index, V &&v)
        : m_data(index, std::forward<V>(v))
    {}

    std::variant<T, E> m_data;
};

} // namespace TheEye
